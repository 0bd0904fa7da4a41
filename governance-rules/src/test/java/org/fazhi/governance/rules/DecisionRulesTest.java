package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.docStep;
import static org.fazhi.governance.rules.Townships.majorDecision;
import static org.fazhi.governance.rules.Townships.normativeDocument;
import static org.fazhi.governance.rules.Townships.step;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.CollectiveMeeting;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.DecisionStepRecord;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocStepRecord;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.junit.jupiter.api.Test;

/** MAJ, NORM and TZYD rules: each passes on the clean township and fails on one planted change. */
class DecisionRulesTest {
    private static RuleOfLawRecord with(MajorAdministrativeDecision m) {
        return clean().majorDecisions(List.of(m)).build();
    }

    private static RuleOfLawRecord with(NormativeDocument d) {
        return clean().normativeDocuments(List.of(d)).build();
    }

    private static MajorAdministrativeDecision replace(DecisionStepRecord s) {
        MajorAdministrativeDecision m = majorDecision();
        return m.withSteps(m.steps().stream().map(x -> x.step() == s.step() ? s : x).collect(Collectors.toList()));
    }

    private static MajorAdministrativeDecision without(DecisionStep s) {
        MajorAdministrativeDecision m = majorDecision();
        return m.withSteps(m.steps().stream().filter(x -> x.step() != s).collect(Collectors.toList()));
    }

    private static NormativeDocument replace(NormativeDocStepRecord s) {
        NormativeDocument d = normativeDocument();
        return d.withSteps(d.steps().stream().map(x -> x.step() == s.step() ? s : x).collect(Collectors.toList()));
    }

    @Test
    void maj_catalogue() {
        assertPasses("MAJ-SCOPE-CATALOGUE", clean().build());
        Finding f = onlyFailure("MAJ-SCOPE-CATALOGUE", with(majorDecision().withCatalogued(false)));
        assertThat(f.path()).isEqualTo("/majorDecisions/0/catalogued");
        assertThat(f.messageEn()).isEqualTo("major decision md1 (云龙谷景区旅游发展规划) is not in the published decision catalogue");
    }

    @Test
    void maj_public_participation_required_unless_confidential() {
        assertPasses("MAJ-PUBLIC-PARTICIPATION", clean().build());
        Finding f = onlyFailure("MAJ-PUBLIC-PARTICIPATION", with(without(DecisionStep.PUBLIC_PARTICIPATION)));
        assertThat(f.path()).isEqualTo("/majorDecisions/0/steps");
        assertThat(f.messageZh()).isEqualTo("重大行政决策 md1（云龙谷景区旅游发展规划）没有公众参与环节");
        RuleAssertions.only("MAJ-PUBLIC-PARTICIPATION", with(without(DecisionStep.PUBLIC_PARTICIPATION).withConfidential(true)), Outcome.NOT_APPLICABLE);
    }

    @Test
    void maj_comment_period_of_30_days() {
        assertPasses("MAJ-COMMENT-30D", clean().build());
        Finding f = onlyFailure("MAJ-COMMENT-30D", with(replace(step(DecisionStep.PUBLIC_PARTICIPATION, "2023-03-01", "2023-03-15"))));
        assertThat(f.messageEn()).isEqualTo("major decision md1 was open for comment from 2023-03-01 to 2023-03-15, 14 days, fewer than 30, "
                + "with no reason for the shorter period");
        assertPasses("MAJ-COMMENT-30D", with(replace(step(DecisionStep.PUBLIC_PARTICIPATION, "2023-03-01", "2023-03-15"))
                .withShortenedCommentReason("汛期抢险，情况紧急")));
    }

    @Test
    void maj_expert_assessment_for_technical_decisions() {
        assertPasses("MAJ-EXPERT", clean().build());
        assertThat(onlyFailure("MAJ-EXPERT", with(without(DecisionStep.EXPERT_ASSESSMENT))).messageEn())
                .isEqualTo("technical major decision md1 (云龙谷景区旅游发展规划) had no expert assessment");
    }

    @Test
    void maj_risk_assessment_when_risky() {
        assertPasses("MAJ-RISK", clean().build());
        assertThat(onlyFailure("MAJ-RISK", with(without(DecisionStep.RISK_ASSESSMENT))).messageZh())
                .isEqualTo("可能影响社会稳定或公共安全的重大行政决策 md1（云龙谷景区旅游发展规划）没有风险评估");
    }

    @Test
    void maj_legality_review_before_the_collective_discussion() {
        assertPasses("MAJ-LEGALITY-FIRST", clean().build());
        Finding f = onlyFailure("MAJ-LEGALITY-FIRST", with(replace(DecisionStepRecord.builder()
                .from(step(DecisionStep.LEGALITY_REVIEW, "2023-04-06", "2023-04-25")).passed(true).build())));
        assertThat(f.messageEn()).isEqualTo("major decision md1 finished its legality review (2023-04-25) no earlier than the discussion (2023-04-25)");
        assertThat(onlyFailure("MAJ-LEGALITY-FIRST", with(replace(step(DecisionStep.LEGALITY_REVIEW, "2023-04-06", "2023-04-20")))).messageZh())
                .isEqualTo("重大行政决策 md1 的合法性审查未认定合法却提交讨论");
    }

    @Test
    void maj_legality_review_gets_7_working_days() {
        assertPasses("MAJ-LEGALITY-7WD", clean().build());
        Finding f = onlyFailure("MAJ-LEGALITY-7WD", with(replace(DecisionStepRecord.builder()
                .from(step(DecisionStep.LEGALITY_REVIEW, "2023-04-17", "2023-04-19")).passed(true).build())));
        assertThat(f.messageEn()).isEqualTo("major decision md1 had 2 working days of legality review (2023-04-17 to 2023-04-19), fewer than 7");
    }

    @Test
    void maj_collective_decision_with_the_head_last() {
        assertPasses("MAJ-COLLECTIVE", clean().build());
        Finding f = onlyFailure("MAJ-COLLECTIVE", with(majorDecision().withHeadSpokeLast(false)));
        assertThat(f.path()).isEqualTo("/majorDecisions/0");
        assertThat(f.messageEn()).isEqualTo("major decision md1 was discussed without the head speaking last (or it was not recorded)");
    }

    @Test
    void maj_publication_of_decided_decisions() {
        assertPasses("MAJ-PUBLISH", clean().build());
        assertThat(onlyFailure("MAJ-PUBLISH", with(without(DecisionStep.PUBLICATION))).messageZh())
                .isEqualTo("已集体决定的重大行政决策 md1（云龙谷景区旅游发展规划）没有公布");
    }

    @Test
    void maj_order_of_statutory_steps() {
        assertPasses("MAJ-ORDER", clean().build());
        Finding f = onlyFailure("MAJ-ORDER", with(replace(step(DecisionStep.PUBLICATION, "2023-04-24", null))));
        assertThat(f.messageEn()).isEqualTo("major decision md1 took its steps out of order: collective decision (2023-04-25) must precede "
                + "publication (2023-04-24)");
    }

    @Test
    void procedure_graph_checks_through_skipped_conditional_steps() {
        MajorAdministrativeDecision m = without(DecisionStep.LEGALITY_REVIEW);
        MajorAdministrativeDecision late = m.withSteps(m.steps().stream()
                .map(x -> x.step() == DecisionStep.DRAFTING ? step(DecisionStep.DRAFTING, "2023-02-10", "2023-04-26") : x)
                .collect(Collectors.toList()));
        List<ProcedureGraph.OrderViolation<DecisionStep>> v = MajorDecisionRules.DECISION_ORDER.check(
                s -> MajorDecisionRules.step(late, s).map(DecisionStepRecord::startedOn), s -> MajorDecisionRules.step(late, s).flatMap(DecisionStepRecord::completedOn));
        assertThat(v).extracting(ProcedureGraph.OrderViolation::later).contains(DecisionStep.COLLECTIVE_DECISION, DecisionStep.PUBLIC_PARTICIPATION);
    }

    @Test
    void norm_procedure_steps() {
        assertPasses("NORM-PROCEDURE", clean().build());
        NormativeDocument d = normativeDocument();
        Finding f = onlyFailure("NORM-PROCEDURE", with(d.withSteps(d.steps().stream()
                .filter(x -> x.step() != NormativeDocStep.LEGALITY_REVIEW).collect(Collectors.toList()))));
        assertThat(f.path()).isEqualTo("/normativeDocuments/0/steps");
        assertThat(f.messageZh()).isEqualTo("规范性文件 nd1（示范乡民宿管理办法）缺少程序：合法性审核");
    }

    @Test
    void norm_legality_review_before_deliberation() {
        assertPasses("NORM-LEGALITY-FIRST", clean().build());
        Finding f = onlyFailure("NORM-LEGALITY-FIRST", with(replace(docStep(NormativeDocStep.COLLECTIVE_DELIBERATION, "2023-06-30", null))));
        assertThat(f.messageEn()).isEqualTo("normative document nd1 took its steps out of order: legality review (2023-06-30) must precede "
                + "collective deliberation (2023-06-30)");
    }

    @Test
    void norm_comment_period() {
        assertPasses("NORM-COMMENT-7WD", clean().build());
        Finding f = onlyFailure("NORM-COMMENT-7WD", with(replace(docStep(NormativeDocStep.PUBLIC_CONSULTATION, "2023-05-16", "2023-05-26"))));
        assertThat(f.messageEn()).isEqualTo("normative document nd1 was open for comment 2023-05-16 to 2023-05-26, 10 days, less than the required 30 days");
        Finding wd = onlyFailure("NORM-COMMENT-7WD", with(replace(docStep(NormativeDocStep.PUBLIC_CONSULTATION, "2023-05-16", "2023-05-19"))
                .withAffectsMarketActors(false)));
        assertThat(wd.messageZh()).isEqualTo("规范性文件 nd1 征求意见 2023-05-16 至 2023-05-19，3 个工作日，少于要求的 7 个工作日");
    }

    @Test
    void norm_review_time() {
        assertPasses("NORM-REVIEW-TIME", clean().build());
        assertThat(onlyFailure("NORM-REVIEW-TIME", with(replace(docStep(NormativeDocStep.LEGALITY_REVIEW, "2023-06-26", "2023-06-27")))).messageEn())
                .isEqualTo("normative document nd1 had 1 working days of legality review, outside 5 to 15");
    }

    @Test
    void norm_filing_on_time() {
        assertPasses("NORM-FILING", clean().build());
        Finding f = onlyFailure("NORM-FILING", with(replace(docStep(NormativeDocStep.FILING, "2023-09-20", null))));
        assertThat(f.messageEn()).isEqualTo("normative document nd1 was published on 2023-07-10 and was filed only on 2023-09-20 (limit 30 days)");
    }

    @Test
    void norm_cleanup_every_two_years() {
        assertPasses("NORM-CLEANUP", clean().build());
        RuleOfLawRecord base = clean().build();
        Finding f = onlyFailure("NORM-CLEANUP", clean().documentCleanups(List.of(base.documentCleanups().get(0)
                .withCompletedOn(LocalDate.of(2021, 6, 30)).withPublishedOn(LocalDate.of(2021, 7, 5)))).build());
        assertThat(f.messageZh()).isEqualTo("示范乡 最近一次规范性文件清理为 2021-06-30，距 2023-12-31 已超过 2 年");
    }

    @Test
    void norm_validity_period() {
        assertPasses("NORM-VALIDITY-5Y", clean().build());
        assertThat(onlyFailure("NORM-VALIDITY-5Y", with(normativeDocument().withValidUntil(LocalDate.of(2030, 1, 1)))).messageEn())
                .isEqualTo("normative document nd1 is valid until 2030-01-01, more than 5 years");
    }

    private static RuleOfLawRecord meetings(CollectiveMeeting first, CollectiveMeeting second) {
        return clean().collectiveMeetings(List.of(first, second)).build();
    }

    @Test
    void tzyd_collective_meeting_with_the_leader_last() {
        assertPasses("TZYD-COLLECTIVE", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        Finding f = onlyFailure("TZYD-COLLECTIVE", meetings(m.get(0), m.get(1).withDecidedByCirculation(true)));
        assertThat(f.path()).isEqualTo("/collectiveMeetings/1");
        assertThat(f.messageZh()).isEqualTo("三重一大事项 cm2（景区道路改造资金）以传阅会签代替会议决定");
    }

    @Test
    void tzyd_personnel_needs_two_thirds_present_and_a_majority_of_all() {
        assertPasses("TZYD-PERSONNEL-QUORUM", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        Finding f = onlyFailure("TZYD-PERSONNEL-QUORUM", meetings(m.get(0).withPresentMembers(5).withVotesInFavour(5), m.get(1)));
        assertThat(f.messageEn()).isEqualTo("personnel matter cm1: 5 of 9 members present, fewer than two thirds (6)");
        Finding votes = onlyFailure("TZYD-PERSONNEL-QUORUM", meetings(m.get(0).withVotesInFavour(4), m.get(1)));
        assertThat(votes.path()).isEqualTo("/collectiveMeetings/0/votesInFavour");
        assertThat(votes.messageEn()).isEqualTo("personnel matter cm1: 4 in favour is not more than half of the 9 members");
    }

    @Test
    void tzyd_other_matters_need_more_than_half_present() {
        assertPasses("TZYD-GENERAL-QUORUM", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        assertThat(onlyFailure("TZYD-GENERAL-QUORUM", meetings(m.get(0), m.get(1).withPresentMembers(4))).messageEn())
                .isEqualTo("collective matter cm2 had 4 of 9 members present, not more than half");
    }

    @Test
    void tzyd_dissent_is_minuted() {
        assertPasses("TZYD-DISSENT", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        Finding f = onlyFailure("TZYD-DISSENT", meetings(m.get(0), m.get(1).withDissentMinuted(false)));
        assertThat(f.path()).isEqualTo("/collectiveMeetings/1/dissentMinuted");
        assertThat(f.messageZh()).isEqualTo("三重一大事项 cm2 有不同意见，但未载入会议纪要");
    }
}
