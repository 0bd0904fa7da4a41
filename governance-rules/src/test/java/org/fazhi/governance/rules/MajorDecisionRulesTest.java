package org.fazhi.governance.rules;

import org.fazhi.governance.rules.internal.ProcedureGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.majorDecision;
import static org.fazhi.governance.rules.Townships.step;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.DecisionStepRecord;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.junit.jupiter.api.Test;

/** MAJ rules: major administrative decisions. */
class MajorDecisionRulesTest {
    private static RuleOfLawRecord with(MajorAdministrativeDecision m) {
        return clean().majorDecisions(List.of(m)).build();
    }

    private static MajorAdministrativeDecision replace(DecisionStepRecord s) {
        MajorAdministrativeDecision m = majorDecision();
        return m.withSteps(m.steps().stream().map(x -> x.step() == s.step() ? s : x).collect(Collectors.toList()));
    }

    private static MajorAdministrativeDecision without(DecisionStep s) {
        MajorAdministrativeDecision m = majorDecision();
        return m.withSteps(m.steps().stream().filter(x -> x.step() != s).collect(Collectors.toList()));
    }

    @Test
    void maj_catalogue() {
        assertPasses("MAJ-SCOPE-CATALOGUE", clean().build());
        assertOnlyFailure("MAJ-SCOPE-CATALOGUE", with(majorDecision().withCatalogued(false)))
                .at("/majorDecisions/0/catalogued")
                .saysEn("major decision md1 (云龙谷景区旅游发展规划) is not in the published decision catalogue");
    }

    @Test
    void maj_public_participation_required_unless_confidential() {
        assertPasses("MAJ-PUBLIC-PARTICIPATION", clean().build());
        assertOnlyFailure("MAJ-PUBLIC-PARTICIPATION", with(without(DecisionStep.PUBLIC_PARTICIPATION)))
                .at("/majorDecisions/0/steps")
                .saysZh("重大行政决策 md1（云龙谷景区旅游发展规划）没有公众参与环节");
        RuleAssertions.only("MAJ-PUBLIC-PARTICIPATION", with(without(DecisionStep.PUBLIC_PARTICIPATION).withConfidential(true)), Outcome.NOT_APPLICABLE);
    }

    @Test
    void maj_comment_period_of_30_days() {
        assertPasses("MAJ-COMMENT-30D", clean().build());
        assertOnlyFailure("MAJ-COMMENT-30D",
                with(replace(step(DecisionStep.PUBLIC_PARTICIPATION, "2023-03-01", "2023-03-15"))))
                .saysEn("major decision md1 was open for comment from 2023-03-01 to 2023-03-15, 14 days, fewer than "
                        + "30, "
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
        assertOnlyFailure("MAJ-LEGALITY-FIRST", with(replace(DecisionStepRecord.builder()
                .from(step(DecisionStep.LEGALITY_REVIEW, "2023-04-06", "2023-04-25")).passed(true).build())))
                .saysEn("major decision md1 finished its legality review (2023-04-25) no earlier than the discussion "
                        + "(2023-04-25)");
        assertThat(onlyFailure("MAJ-LEGALITY-FIRST", with(replace(step(DecisionStep.LEGALITY_REVIEW, "2023-04-06", "2023-04-20")))).messageZh())
                .isEqualTo("重大行政决策 md1 的合法性审查未认定合法却提交讨论");
    }

    @Test
    void maj_legality_review_gets_7_working_days() {
        assertPasses("MAJ-LEGALITY-7WD", clean().build());
        assertOnlyFailure("MAJ-LEGALITY-7WD", with(replace(DecisionStepRecord.builder()
                .from(step(DecisionStep.LEGALITY_REVIEW, "2023-04-17", "2023-04-19")).passed(true).build())))
                .saysEn("major decision md1 had 2 working days of legality review (2023-04-17 to 2023-04-19), fewer "
                        + "than 7");
    }

    @Test
    void maj_collective_decision_with_the_head_last() {
        assertPasses("MAJ-COLLECTIVE", clean().build());
        assertOnlyFailure("MAJ-COLLECTIVE", with(majorDecision().withHeadSpokeLast(false))).at("/majorDecisions/0")
                .saysEn("major decision md1 was discussed without the head speaking last (or it was not recorded)");
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
        assertOnlyFailure("MAJ-ORDER", with(replace(step(DecisionStep.PUBLICATION, "2023-04-24", null))))
                .saysEn("major decision md1 took its steps out of order: collective decision (2023-04-25) must precede "
                        + "publication (2023-04-24)");
    }

    @Test
    void procedure_graph_checks_through_skipped_conditional_steps() {
        MajorAdministrativeDecision m = without(DecisionStep.LEGALITY_REVIEW);
        MajorAdministrativeDecision late = m.withSteps(m.steps().stream()
                .map(x -> x.step() == DecisionStep.DRAFTING ? step(DecisionStep.DRAFTING, "2023-02-10", "2023-04-26") : x)
                .collect(Collectors.toList()));
        List<ProcedureGraph.OrderViolation<DecisionStep>> v = MajorDecisionRules.DECISION_ORDER.violations(
                s -> MajorDecisionRules.step(late, s).map(DecisionStepRecord::startedOn), s -> MajorDecisionRules.step(late, s).flatMap(DecisionStepRecord::completedOn));
        assertThat(v).extracting(ProcedureGraph.OrderViolation::later).contains(DecisionStep.COLLECTIVE_DECISION, DecisionStep.PUBLIC_PARTICIPATION);
    }
}
