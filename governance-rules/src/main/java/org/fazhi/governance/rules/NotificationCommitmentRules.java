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
        RuleDescriptor d = RuleDescriptor.builder().id("PERMIT-NOTIFY-COMMIT").group(RuleGroup.NOTIFICATION_COMMITMENT)
                .nameZh("告知承诺制：书面告知责任并开展事中事后核查")
                .nameEn("Notification and commitment: liability notified, commitments verified")
                .severity(Severity.WARNING)
                .subjectZh("告知承诺事项")
                .subjectEn("notification-and-commitment items")
                .failZh("告知承诺事项 {itemId}（{name}）{problem}")
                .failEn("notification-and-commitment item {itemId} ({name}) {problem}")
                .remediationZh("书面告知证明义务、内容和虚假承诺的法律责任，并对承诺内容开展事中事后核查。")
                .remediationEn("State in writing the obligation, content and liability for false commitments, and "
                        + "verify commitments during and after approval.")
                .exampleZh("接受 50 件承诺而未核查任何一件。")
                .exampleEn("50 commitments accepted, none verified.")
                .citation(LegalSources.NOTIFICATION_COMMITMENT_OPINIONS.cite("二、三", "§§2-3", Confidence.B))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("PERMIT-EXCLUSIONS").group(RuleGroup.NOTIFICATION_COMMITMENT)
                .nameZh("不得对排除情形适用告知承诺制")
                .nameEn("No notification and commitment for excluded matters")
                .severity(Severity.ERROR)
                .subjectZh("告知承诺事项")
                .subjectEn("notification-and-commitment items")
                .failZh("告知承诺事项 {itemId}（{name}）涉及不适用情形：{categories}")
                .failEn("notification-and-commitment item {itemId} ({name}) touches excluded matters: {categories}")
                .remediationZh("直接涉及国家安全、国家秘密、公共安全、金融业审慎监管、生态环境保护和人身健康、生命财产安全等的证明事项，不适用告知承诺制。")
                .remediationEn("Do not use notification and commitment for matters of national security, secrets, "
                        + "public safety, prudential finance, ecology or personal health and safety.")
                .exampleZh("危险化学品经营许可适用告知承诺。")
                .exampleEn("A hazardous-chemicals licence by commitment.")
                .citation(LegalSources.NOTIFICATION_COMMITMENT_OPINIONS.cite("二（一）", "§2(1)", Confidence.B))
                .build();
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
