package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.penaltyCase;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.LegalReview;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Test;

/** ENF rules: one passing and one failing record each, with the exact path and message. */
class EnforcementRulesTest {
    private static RuleOfLawRecord withPenalty(EnforcementCase c) {
        return clean().enforcementCases(List.of(c, coercionCase())).build();
    }

    @Test
    void delegation_fails_when_the_item_was_published_after_the_decision() {
        // the clean township passes for a published penalty item
        assertPasses("ENF-TOWNSHIP-DELEGATION", clean().build());
        RuleOfLawRecord r = clean().powerList(List.of(
                clean().build().powerList().get(0).withPublishedOn(LocalDate.of(2023, 6, 1)),
                clean().build().powerList().get(1))).build();
        assertOnlyFailure("ENF-TOWNSHIP-DELEGATION", r).at("/enforcementCases/0/powerItemId")
                .saysZh("案件 c1 行使的权责清单事项 pw1 在执法时尚未公布")
                .saysEn("case c1 exercises power-list item pw1, which was not published when the case was decided");
    }

    @Test
    void delegation_fails_when_a_penalty_uses_a_non_penalty_item() {
        assertOnlyFailure("ENF-TOWNSHIP-DELEGATION", withPenalty(penaltyCase().withPowerItemId("pw2")))
                .saysEn("case c1 exercises power-list item pw2, which is not a penalty item (category coercion)");
    }

    @Test
    void qualified_officer_fails_when_a_certificate_expired_before_the_decision() {
        assertPasses("ENF-QUALIFIED-OFFICER", clean().build()); // the clean township passes with valid certificates
        RuleOfLawRecord base = clean().build();
        EnforcementCertificate expired = base.enforcementOfficers().get(1).certificates().get(0).withValidUntil(LocalDate.of(2023, 3, 31));
        RuleOfLawRecord r = clean().enforcementOfficers(List.of(base.enforcementOfficers().get(0),
                base.enforcementOfficers().get(1).withCertificates(expired)))
                .enforcementCases(List.of(penaltyCase())).build();
        Finding f = onlyFailure("ENF-QUALIFIED-OFFICER", r);
        assertThat(f.path()).isEqualTo("/enforcementCases/0/officers/1");
        assertThat(f.messageZh()).isEqualTo("案件 c1 的执法人员 o2 在 2023-04-03 没有有效的行政执法证件");
        assertThat(f.messageEn()).isEqualTo("officer o2 of case c1 held no valid enforcement certificate on 2023-04-03");
        assertThat(f.subject()).isEqualTo(SubjectRef.of(EnforcementCase.class, "c1"));
    }

    @Test
    void qualified_officer_fails_when_the_certificate_is_suspended() {
        RuleOfLawRecord base = clean().build();
        EnforcementCertificate suspended = base.enforcementOfficers().get(0).certificates().get(0).withStatus(CertificateStatus.SUSPENDED);
        RuleOfLawRecord r = clean().enforcementOfficers(List.of(base.enforcementOfficers().get(0).withCertificates(suspended),
                base.enforcementOfficers().get(1))).enforcementCases(List.of(penaltyCase())).build();
        assertThat(onlyFailure("ENF-QUALIFIED-OFFICER", r).path()).isEqualTo("/enforcementCases/0/officers/0");
    }

    @Test
    void two_officers_fails_with_one_and_no_legal_exception() {
        assertPasses("ENF-TWO-OFFICERS", clean().build()); // the clean township passes with two
        EnforcementCase alone = penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build());
        assertOnlyFailure("ENF-TWO-OFFICERS", withPenalty(alone)).at("/enforcementCases/0/officers")
                .saysZh("案件 c1 只有 1 名执法人员出场，少于 2 名，且未载明法律另有规定的依据")
                .saysEn("case c1 had 1 officer(s) present, fewer than 2, and names no legal exception");
    }

    @Test
    void two_officers_accepts_one_with_a_stated_legal_exception() {
        EnforcementCase alone = penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build())
                .withFewerOfficersBasis("《某法》第X条允许一人执法");
        assertPasses("ENF-TWO-OFFICERS", withPenalty(alone));
    }

    private static EnforcementCase inspection(OfficerPresence... officers) {
        return EnforcementCase.builder().id("i1").kind(org.fazhi.governance.model.enforcement.CaseKind.INSPECTION).powerItemId("pw2")
                .addOfficers(officers).filedOn(LocalDate.of(2023, 7, 3)).build();
    }

    @Test
    void qualified_officer_covers_inspections_by_uncertified_people() {
        RuleOfLawRecord base = clean().build();
        EnforcementCertificate expired = base.enforcementOfficers().get(1).certificates().get(0).withValidUntil(LocalDate.of(2023, 3, 31));
        RuleOfLawRecord r = clean().enforcementOfficers(List.of(base.enforcementOfficers().get(0),
                base.enforcementOfficers().get(1).withCertificates(expired)))
                .enforcementCases(List.of(inspection(OfficerPresence.builder().officerId("o1").certificateShown(true).build(),
                        OfficerPresence.builder().officerId("o2").certificateShown(true).build()))).build();
        assertOnlyFailure("ENF-QUALIFIED-OFFICER", r).at("/enforcementCases/0/officers/1")
                .saysZh("案件 i1 的执法人员 o2 在 2023-07-03 没有有效的行政执法证件")
                .saysEn("officer o2 of case i1 held no valid enforcement certificate on 2023-07-03");
        assertThat(RuleAssertions.findings("ENF-SHOW-CERT", r)).extracting(Finding::outcome).containsOnly(Outcome.PASS);
    }

    @Test
    void two_officers_covers_inspections() {
        RuleOfLawRecord r = clean().enforcementCases(List.of(inspection(OfficerPresence.builder().officerId("o1").certificateShown(true).build())))
                .build();
        assertOnlyFailure("ENF-TWO-OFFICERS", r).at("/enforcementCases/0/officers")
                .saysEn("case i1 had 1 officer(s) present, fewer than 2, and names no legal exception");
        assertPasses("ENF-TWO-OFFICERS", clean().enforcementCases(List.of(inspection(
                OfficerPresence.builder().officerId("o1").certificateShown(true).build(),
                OfficerPresence.builder().officerId("o2").certificateShown(true).build()))).build());
    }

    @Test
    void show_certificate_fails_when_not_shown() {
        assertPasses("ENF-SHOW-CERT", clean().build()); // the clean township passes when shown
        EnforcementCase c = penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build(),
                OfficerPresence.builder().officerId("o2").certificateShown(false).build());
        assertOnlyFailure("ENF-SHOW-CERT", withPenalty(c)).at("/enforcementCases/0/officers/1/certificateShown")
                .saysEn("officer o2 did not show the certificate in case c1");
    }

    @Test
    void full_record_fails_when_service_is_unrecorded_and_the_closed_case_unarchived() {
        assertPasses("ENF-FULL-RECORD", clean().build()); // the clean township passes with every step recorded
        EnforcementCase c = penaltyCase().withArchived(false).withRecordings(Townships.allSteps().stream()
                .filter(x -> x.step() != org.fazhi.governance.model.enforcement.CaseStep.SERVICE).toArray(ProcessRecording[]::new));
        assertOnlyFailure("ENF-FULL-RECORD", withPenalty(c)).at("/enforcementCases/0/recordings")
                .saysZh("案件 c1 缺少全过程记录：送达、结案归档")
                .saysEn("case c1 lacks whole-process records: service, archiving of the closed case");
    }

    @Test
    void case_90_days_fails_on_day_91() {
        assertPasses("ENF-CASE-90D", clean().build()); // the clean township passes when decided in time
        EnforcementCase c = Townships.basicPenaltyCase().withDecidedOn(LocalDate.of(2023, 5, 31)).withServedOn(LocalDate.of(2023, 6, 1))
                .withClosedOn(LocalDate.of(2023, 6, 10));
        assertOnlyFailure("ENF-CASE-90D", withPenalty(c)).at("/enforcementCases/0/decidedOn")
                .saysEn("case c1 was filed on 2023-03-01 and decided on 2023-05-31, beyond the 90-day limit "
                        + "(2023-05-30)");
    }

    @Test
    void case_90_days_fails_when_still_undecided_past_the_limit() {
        EnforcementCase c = EnforcementCase.builder().from(penaltyCase()).decidedOn(java.util.Optional.empty())
                .servedOn(java.util.Optional.empty()).closedOn(java.util.Optional.empty()).archived(false).build();
        assertOnlyFailure("ENF-CASE-90D", withPenalty(c))
                .saysZh("案件 c1 于 2023-03-01 立案，至 2023-12-31 仍未作出决定，超过 90 日期限（截止 2023-05-30）");
    }

    @Test
    void service_7_working_days_counts_across_the_national_day_holiday() {
        EnforcementCase c = Townships.basicPenaltyCase().withFiledOn(LocalDate.of(2023, 9, 1)).withDecidedOn(LocalDate.of(2023, 9, 28))
                .withServedOn(LocalDate.of(2023, 10, 13)).withClosedOn(LocalDate.of(2023, 10, 20))
                .withLegalReview(LegalReview.builder().reviewerId("r1").reviewedOn(LocalDate.of(2023, 9, 27)).result(ReviewResult.PASSED).build())
                .withCollectiveDiscussion(penaltyCase().collectiveDiscussion().get().withHeldOn(LocalDate.of(2023, 9, 27)));
        // 9-28 + 7 working days: 10-07 (Sat, make-up day), 10-08 (Sun, make-up), 10-09 … 10-13 → deadline 2023-10-13
        assertPasses("ENF-SERVICE-7D", withPenalty(c));
        assertOnlyFailure("ENF-SERVICE-7D",
                withPenalty(c.withServedOn(LocalDate.of(2023, 10, 16)).withClosedOn(LocalDate.of(2023, 10, 20))))
                .at("/enforcementCases/0/servedOn")
                .saysEn("case c1 was decided on 2023-09-28 and was served on 2023-10-16, beyond 7 working days "
                        + "(2023-10-13)");
    }

    @Test
    void collective_discussion_fails_when_missing() {
        // the clean township passes when held before the decision
        assertPasses("ENF-COLLECTIVE-DISCUSSION", clean().build());
        EnforcementCase c = EnforcementCase.builder().from(penaltyCase()).collectiveDiscussion(java.util.Optional.empty()).build();
        assertOnlyFailure("ENF-COLLECTIVE-DISCUSSION", withPenalty(c)).at("/enforcementCases/0/collectiveDiscussion")
                .saysZh("情节复杂或重大违法的案件 c1 没有负责人集体讨论记录");
    }

    @Test
    void legal_review_fails_when_reviewed_after_the_decision() {
        assertPasses("ENF-LEGAL-REVIEW", clean().build()); // the clean township passes when reviewed first
        EnforcementCase c = penaltyCase().withLegalReview(LegalReview.builder().reviewerId("r1").reviewedOn(LocalDate.of(2023, 4, 4))
                .result(ReviewResult.PASSED).build());
        assertOnlyFailure("ENF-LEGAL-REVIEW", withPenalty(c)).at("/enforcementCases/0/legalReview")
                .saysEn("case c1 (review needed: major public interest) was reviewed (2023-04-04) after the decision "
                        + "(2023-04-03)");
    }

    @Test
    void legal_review_fails_when_the_review_did_not_pass() {
        EnforcementCase c = penaltyCase().withLegalReview(penaltyCase().legalReview().get().withResult(ReviewResult.NOT_PASSED));
        assertThat(onlyFailure("ENF-LEGAL-REVIEW", withPenalty(c)).messageZh())
                .isEqualTo("案件 c1（审核情形：涉及重大公共利益）法制审核未通过仍作出决定");
    }

    @Test
    void reviewer_qualification_fails_for_a_new_unqualified_reviewer() {
        // the clean township passes for a qualified reviewer
        assertPasses("ENF-REVIEWER-QUALIFICATION", clean().build());
        RuleOfLawRecord r = clean().legalReviewers(List.of(LegalReviewer.builder().id("r1").personId("p5")
                .legalProfessionalQualification(false).firstAssignedOn(LocalDate.of(2022, 3, 1)).build())).build();
        assertOnlyFailure("ENF-REVIEWER-QUALIFICATION", r).at("/legalReviewers/0/legalProfessionalQualification")
                .saysEn("legal reviewer r1 first reviewed on 2022-03-01 without the legal professional qualification");
    }

    @Test
    void reviewer_qualification_does_not_apply_to_reviewers_assigned_before_the_2021_law() {
        RuleOfLawRecord r = clean().legalReviewers(List.of(LegalReviewer.builder().id("r1").personId("p5")
                .legalProfessionalQualification(false).firstAssignedOn(LocalDate.of(2020, 3, 1)).build())).build();
        assertPasses("ENF-REVIEWER-QUALIFICATION", r);
    }

    @Test
    void enforcement_rules_say_insufficient_data_when_only_officer_totals_are_declared() {
        RuleOfLawRecord r = clean().enforcementCases(List.of()).enforcementOfficers(List.of()).trainingRecords(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS, 3, "配备专职行政执法人员 3 名")).build();
        Finding f = only("ENF-TWO-OFFICERS", r, Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the report declares 3 enforcement officer(s) but no case records, so penalty, coercion and inspection cases cannot be checked");
    }

    @Test
    void enforcement_rules_are_not_applicable_to_a_unit_without_enforcement() {
        RuleOfLawRecord r = clean().enforcementCases(List.of()).build();
        Finding f = only("ENF-CASE-90D", r, Outcome.NOT_APPLICABLE);
        assertThat(f.messageEn()).isEqualTo("Not applicable: checked 0 penalty cases");
        assertThat(f.messageZh()).isEqualTo("不适用：检查了 0 个行政处罚案件");
    }
}
