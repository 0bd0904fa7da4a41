package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.util.List;
import org.fazhi.governance.model.service.NotificationCommitmentItem;

/** PERMIT: 告知承诺制 / notification and commitment. */
final class NotificationCommitmentRules {
    private NotificationCommitmentRules() {}

    static List<Rule> all() {
        return List.of(notifyCommit(), exclusions());
    }

    /**
     * 告知承诺制：书面告知责任并开展事中事后核查 / Notification and commitment: liability notified, commitments verified
     * (《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）二、三 / Guiding Opinions on the notification-and-commitment
     * system (国办发〔2020〕42号), §§2-3).
     */
    static Rule notifyCommit() {
        RuleDescriptor d = RuleTexts.describe("PERMIT-NOTIFY-COMMIT", RuleGroup.NOTIFICATION_COMMITMENT,
                Severity.WARNING, LegalSources.NOTIFICATION_COMMITMENT_OPINIONS.cite("二、三", "§§2-3", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/notificationCommitmentItems", r.notificationCommitmentItems(), (i, x) -> {
                SubjectRef s = SubjectRef.of(NotificationCommitmentItem.class, x.id());
                if (!x.liabilityNotified()) {
                    out.fail(path("notificationCommitmentItems", i, "liabilityNotified"), s,
                            Evidence.of("itemId", x.id()).and("name", x.name())
                            .and("problem", Problem.LIABILITY_NOT_STATED));
                } else if (x.commitmentsAccepted() > 0 && x.commitmentsVerified() == 0) {
                    out.fail(path("notificationCommitmentItems", i, "commitmentsVerified"), s,
                            Evidence.of("itemId", x.id()).and("name", x.name())
                            .and("problem", Problem.COMMITMENTS_NOT_VERIFIED)
                            .and("commitmentsAccepted", x.commitmentsAccepted()));
                } else {
                    out.pass(path("notificationCommitmentItems", i), s, Evidence.of("itemId", x.id()));
                }
            });
        });
    }

    /**
     * 不得对排除情形适用告知承诺制 / No notification and commitment for excluded matters
     * (《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）二（一） / Guiding Opinions on the notification-and-commitment
     * system (国办发〔2020〕42号), §2(1)).
     */
    static Rule exclusions() {
        RuleDescriptor d = RuleTexts.describe("PERMIT-EXCLUSIONS", RuleGroup.NOTIFICATION_COMMITMENT, Severity.ERROR,
                LegalSources.NOTIFICATION_COMMITMENT_OPINIONS.cite("二（一）", "§2(1)", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/notificationCommitmentItems", r.notificationCommitmentItems(), (i, x) -> {
                SubjectRef s = SubjectRef.of(NotificationCommitmentItem.class, x.id());
                if (x.exclusionsTouched().isEmpty()) {
                    out.pass(path("notificationCommitmentItems", i), s, Evidence.of("itemId", x.id()));
                } else {
                    out.fail(path("notificationCommitmentItems", i, "exclusionsTouched"), s,
                            Evidence.of("itemId", x.id()).and("name", x.name())
                            .and("categories", Wording.list(x.exclusionsTouched(), ", ")));
                }
            });
        });
    }
}
