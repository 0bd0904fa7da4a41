package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.majorDecision;
import static org.fazhi.governance.rules.Townships.normativeDocument;
import static org.fazhi.governance.rules.Townships.penaltyCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.model.enforcement.CollectiveDiscussion;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Test;

/**
 * Every way a rule can fail has its own message and path. The rule specs show one failure per rule; these show
 * the other failure branches, each with the exact path and message a user sees.
 */
class FailureBranchesTest {
    private static MajorAdministrativeDecision decisionWithout(DecisionStep step) {
        MajorAdministrativeDecision m = majorDecision();
        return m.withSteps(m.steps().stream().filter(s -> s.step() != step).collect(Collectors.toList()));
    }

    private static NormativeDocument documentWithout(NormativeDocStep step) {
        NormativeDocument doc = normativeDocument();
        return doc.withSteps(doc.steps().stream().filter(s -> s.step() != step).collect(Collectors.toList()));
    }

    private static Finding at(String ruleId, RuleOfLawRecord r, String asOf) {
        List<Finding> f = RuleAssertions.rule(ruleId).evaluate(r, CheckContext.of(LocalDate.parse(asOf)));
        assertThat(f).hasSize(1);
        return f.get(0);
    }

    private static RuleOfLawRecord withCases(EnforcementCase... cases) {
        return clean().enforcementCases(List.of(cases)).build();
    }

    @Test
    void a_major_decision_never_put_to_a_meeting() {
        assertOnlyFailure("MAJ-COLLECTIVE",
                clean().majorDecisions(List.of(decisionWithout(DecisionStep.COLLECTIVE_DECISION))).build())
                .at("/majorDecisions/0")
                .saysEn("major decision md1 was not decided collectively at a meeting");
    }

    @Test
    void a_major_decision_discussed_without_any_legality_review() {
        assertOnlyFailure("MAJ-LEGALITY-FIRST",
                clean().majorDecisions(List.of(decisionWithout(DecisionStep.LEGALITY_REVIEW))).build())
                .at("/majorDecisions/0/steps")
                .saysEn("major decision md1 was discussed without a legality review");
    }

    @Test
    void a_normative_document_still_unfiled_after_its_limit_and_one_still_within_it() {
        RuleOfLawRecord r = clean().normativeDocuments(List.of(documentWithout(NormativeDocStep.FILING))).build();
        assertOnlyFailure("NORM-FILING", r).at("/normativeDocuments/0/steps")
                .saysEn("normative document nd1 was published on 2023-07-10 and is still unfiled on 2023-12-31 "
                        + "(limit 30 days)");
        Finding pending = at("NORM-FILING", r, "2023-08-09");
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("deadline", "2023-08-09");
        assertThat(at("NORM-FILING", r, "2023-08-10").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void a_normative_document_drafted_without_research_or_assessment() {
        assertOnlyFailure("NORM-PROCEDURE",
                clean().normativeDocuments(List.of(documentWithout(NormativeDocStep.RESEARCH_AND_DRAFTING))).build())
                .saysEn("normative document nd1 (示范乡民宿管理办法) skipped: research and drafting")
                .saysZh("规范性文件 nd1（示范乡民宿管理办法）缺少程序：调研起草");
    }

    @Test
    void a_normative_document_with_no_validity_period() {
        assertOnlyFailure("NORM-VALIDITY-5Y",
                clean().normativeDocuments(List.of(normativeDocument().withValidUntil(Optional.empty()))).build())
                .at("/normativeDocuments/0/validUntil")
                .saysEn("normative document nd1 sets no validity period");
    }

    @Test
    void a_collective_matter_where_the_principal_leader_did_not_speak_last() {
        RuleOfLawRecord base = clean().build();
        assertOnlyFailure("TZYD-COLLECTIVE",
                clean().collectiveMeetings(List.of(base.collectiveMeetings().get(0).withLeaderSpokeLast(false),
                base.collectiveMeetings().get(1))).build())
                .at("/collectiveMeetings/0/leaderSpokeLast")
                .saysEn("collective matter cm1 (任命网格办主任) was decided without the principal leader speaking last");
    }

    @Test
    void a_commitment_item_that_does_not_state_the_liability() {
        var x = clean().build().notificationCommitmentItems().get(0).withLiabilityNotified(false);
        assertOnlyFailure("PERMIT-NOTIFY-COMMIT", clean().notificationCommitmentItems(List.of(x)).build())
                .at("/notificationCommitmentItems/0/liabilityNotified")
                .saysEn("notification-and-commitment item nc1 (户籍迁移证明) does not state the liability for a false "
                        + "commitment");
    }

    @Test
    void a_petition_extended_beyond_thirty_days() {
        var p = clean().build().petitions().get(0).withExtensionDays(31);
        assertOnlyFailure("DISP-PETITION-TIMELINES", clean().petitions(List.of(p)).build())
                .at("/petitions/0/extensionDays")
                .saysEn("petition pt1 was extended by 31 days, more than 30");
    }

    @Test
    void a_village_without_a_reasoning_room() {
        assertOnlyFailure("DISP-PINGLI-ROOM",
                clean().reasoningRooms(clean().build().reasoningRooms().subList(0, 2)).build())
                .at("/unit/grassrootsUnits/1")
                .saysEn("西村 has no reasoning room");
    }

    /** Penalty case c1, filed 2023-03-01 and not yet decided. */
    private static EnforcementCase undecidedPenaltyCase() {
        return penaltyCase().withDecidedOn(Optional.empty()).withServedOn(Optional.empty()).withClosedOn(Optional.empty()).withArchived(false)
                .withDisclosures(List.of()).withCollectiveDiscussion(Optional.empty()).withComplexOrSerious(false);
    }

    @Test
    void a_penalty_case_still_undecided_after_ninety_days_and_one_still_within_them() {
        RuleOfLawRecord r = withCases(undecidedPenaltyCase(), coercionCase());
        assertOnlyFailure("ENF-CASE-90D", r).at("/enforcementCases/0/decidedOn")
                .saysEn("case c1 was filed on 2023-03-01 and is still undecided on 2023-12-31, beyond the 90-day "
                        + "limit (2023-05-30)");
        Finding pending = at("ENF-CASE-90D", withCases(coercionCase(), undecidedPenaltyCase()), "2023-05-30");
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.path()).isEqualTo("/enforcementCases/1/decidedOn");
        assertThat(pending.evidence()).containsEntry("deadline", "2023-05-30");
    }

    @Test
    void a_decision_served_too_late_never_or_not_yet() {
        RuleOfLawRecord unserved = withCases(penaltyCase().withServedOn(Optional.empty()).withClosedOn(Optional.empty()).withArchived(false), coercionCase());
        assertThat(onlyFailure("ENF-SERVICE-7D", unserved).messageEn())
                .isEqualTo("case c1 was decided on 2023-04-03 and is still unserved on 2023-12-31, beyond 7 working days (2023-04-13)");
        Finding pending = at("ENF-SERVICE-7D", unserved, "2023-04-13");
        assertThat(pending.outcome()).as("7 working days after Monday 3 April skip the Qingming holiday").isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("deadline", "2023-04-13");
    }

    @Test
    void a_serious_case_discussed_only_after_the_decision() {
        assertOnlyFailure("ENF-COLLECTIVE-DISCUSSION", withCases(penaltyCase().withCollectiveDiscussion(
                CollectiveDiscussion.builder().heldOn(d("2023-04-05")).attendees(5).build()), coercionCase()))
                .at("/enforcementCases/0/collectiveDiscussion")
                .saysEn("complex or serious case c1 was discussed (2023-04-05) only after the decision");
    }

    @Test
    void a_decision_needing_review_made_without_one() {
        assertOnlyFailure("ENF-LEGAL-REVIEW",
                withCases(penaltyCase().withLegalReview(Optional.empty()), coercionCase()))
                .at("/enforcementCases/0/legalReview")
                .saysEn("case c1 (review needed: major public interest) was decided without legal review");
    }

    @Test
    void a_power_list_item_without_a_legal_basis_and_an_enforcing_unit_without_any_list() {
        var item = clean().build().powerList().get(1).withLegalBasis(List.of());
        assertOnlyFailure("LIST-POWER-RESPONSIBILITY",
                clean().powerList(List.of(clean().build().powerList().get(0), item)).build())
                .at("/powerList/1/legalBasis")
                .saysEn("power-list item pw2 (查封违法建设施工工具) lacks a legal basis");
        assertOnlyFailure("LIST-POWER-RESPONSIBILITY", clean().powerList(List.of()).enforcementCases(List.of()).build())
                .at("/powerList")
                .saysEn("power-list item - (权责清单) lacks every item (the unit enforces but provides no power list)");
    }

    @Test
    void an_enforcing_unit_without_a_legal_education_list() {
        RuleOfLawRecord noList = clean().legalEducationList(List.of()).build();
        RuleOfLawRecord noListNoSystem = RuleOfLawRecord.builder().from(noList)
                .legalEducationPlan(noList.legalEducationPlan().orElseThrow().withWhoEnforcesEducates(false)).build();
        assertOnlyFailure("LIST-PUFA-RESPONSIBILITY", noListNoSystem).at("/legalEducationList")
                .saysEn("示范乡 enforces laws but has no legal-education responsibility list");
        assertThat(only("LIST-PUFA-RESPONSIBILITY", noList, Outcome.INSUFFICIENT_DATA).messageEn())
                .as("the plan declares the system, so a list exists somewhere")
                .isEqualTo("Insufficient data: 示范乡 declares the who-enforces-educates system and a list but provides none of its items");
        RuleOfLawRecord reportOnly = Townships.reportOnly().addDeclaredFigure(Townships.declared("enforcement.fullTimeOfficers", 4)).build();
        assertThat(onlyFailure("LIST-PUFA-RESPONSIBILITY", reportOnly).messageEn()).isEqualTo("报告乡 enforces laws but has no legal-education responsibility list");
        only("LIST-PUFA-RESPONSIBILITY", Townships.reportOnly().addDeclaredFigure(Townships.declared("enforcement.fullTimeOfficers", 0)).build(),
                Outcome.NOT_APPLICABLE);
    }

    @Test
    void a_hotline_ticket_still_open_after_its_deadline_and_one_still_within_it() {
        var t = clean().build().hotlineTickets().get(0).withClosedOn(Optional.empty()).withRating(Optional.empty());
        RuleOfLawRecord r = clean().hotlineTickets(List.of(t)).build();
        assertOnlyFailure("HOT-TIMELINESS", r).at("/hotlineTickets/0/closedOn")
                .saysEn("ticket t1 was due on 2023-05-15 and is still open on 2023-12-31");
        assertThat(at("HOT-TIMELINESS", r, "2023-05-15").outcome()).isEqualTo(Outcome.PASS);
        assertThat(at("HOT-TIMELINESS", r, "2023-05-16").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void a_disclosure_request_still_unanswered_after_twenty_working_days_and_one_still_within_them() {
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().informationDisclosures(List.of(base.informationDisclosures().get(0),
                base.informationDisclosures().get(1).withCompletedOn(Optional.empty()))).build();
        assertOnlyFailure("OPEN-REQUEST-20WD", r).at("/informationDisclosures/1/completedOn")
                .saysEn("request i2 (宅基地审批信息) was received on 2023-06-01 and is still unanswered on 2023-12-31, "
                        + "beyond 20 working days (2023-06-30)");
        Finding pending = at("OPEN-REQUEST-20WD", r, "2023-06-30");
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("deadline", "2023-06-30");
    }

    @Test
    void a_deputy_suggestion_not_yet_due_and_a_rate_without_dates() {
        var s = clean().build().deputySuggestions().get(0).withRepliedOn(Optional.empty()).withCompletedOn(Optional.empty());
        Finding pending = at("NPC-REPLY-3M-6M", clean().deputySuggestions(List.of(s)).build(), "2023-06-10");
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("deadline", "2023-06-10");
        RuleOfLawRecord rateOnly = Townships.reportOnly().addDeclaredFigure(org.fazhi.governance.model.figure.DeclaredFigure.percent(StandardFigures.NPC_COMPLETION_RATE, "100",
                "建议办结率 100%")).build();
        Finding f = only("NPC-REPLY-3M-6M", rateOnly, Outcome.INSUFFICIENT_DATA);
        assertThat(f.path()).isEqualTo("/deputySuggestions");
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the report declares a 100% completion rate but no assignment or reply dates");
    }

    @Test
    void a_decision_not_yet_due_for_publication() {
        RuleOfLawRecord r = withCases(penaltyCase().withDisclosures(List.of()), coercionCase());
        Finding pending = at("TRS-POST-7WD", r, "2023-04-13");
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("deadline", "2023-04-13");
        assertThat(at("TRS-POST-7WD", r, "2023-04-14").outcome()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void a_power_list_item_published_without_its_legal_basis_is_one_finding_of_the_list_rule_which_the_disclosure_rule_cites() {
        var item = clean().build().powerList().get(1).withLegalBasis(List.of());
        RuleOfLawRecord r = clean().powerList(List.of(clean().build().powerList().get(0), item)).build();
        assertOnlyFailure("LIST-POWER-RESPONSIBILITY", r).at("/powerList/1/legalBasis")
                .saysEn("power-list item pw2 (查封违法建设施工工具) lacks a legal basis");
        List<Finding> disclosure = RuleAssertions.findings("TRS-PRE-DISCLOSURE", r);
        assertThat(disclosure).extracting(Finding::outcome).doesNotContain(Outcome.FAIL);
        Finding cited = disclosure.stream().filter(x -> x.path().equals("/powerList/1/legalBasis")).findFirst().orElseThrow();
        assertThat(cited.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(cited.evidence()).containsEntry("reportedBy", "LIST-POWER-RESPONSIBILITY");
        assertThat(cited.messageZh()).isEqualTo("不重复报告：此事实由 LIST-POWER-RESPONSIBILITY 报告（事项未列明法律依据，公开的清单因而也没有依据）");
        assertThat(cited.messageEn()).isEqualTo("Not repeated: LIST-POWER-RESPONSIBILITY reports this fact (the item states no legal basis, so the published list has none either)");
    }

    @Test
    void officers_without_reviewer_data_or_training_records() {
        RuleOfLawRecord officersOnly = Townships.reportOnly().addDeclaredFigure(Townships.declared("enforcement.fullTimeOfficers", 4)).build();
        Finding reviewers = only("TRS-REVIEWER-RATIO", officersOnly, Outcome.INSUFFICIENT_DATA);
        assertThat(reviewers.path()).isEqualTo("/declaredFigures");
        assertThat(reviewers.messageEn()).isEqualTo("Insufficient data: 4 officers but no data on legal reviewers");
        Finding training = only("CERT-TRAINING-60H", officersOnly, Outcome.INSUFFICIENT_DATA);
        assertThat(training.path()).isEqualTo("/trainingRecords");
        assertThat(training.messageEn()).isEqualTo("Insufficient data: the report declares 4 officer(s) but no training hours");
    }

    @Test
    void an_officer_whose_only_certificate_has_lapsed() {
        RuleOfLawRecord base = clean().build();
        var lapsed = base.enforcementOfficers().get(1).withCertificates(base.enforcementOfficers().get(1).certificates().get(0)
                .withValidFrom(LocalDate.of(2018, 1, 1)).withValidUntil(LocalDate.of(2022, 12, 31)));
        Finding f = at("CERT-VALIDITY-REVIEW", clean().enforcementOfficers(List.of(lapsed)).enforcementCases(List.of()).trainingRecords(List.of())
                .build(), "2023-12-31");
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.path()).isEqualTo("/enforcementOfficers/0/certificates");
        assertThat(f.messageEn()).isEqualTo("officer o2 holds no valid certificate on 2023-12-31");
    }
}
