package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.majorDecision;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionChange;
import org.fazhi.governance.model.decision.DecisionChangeKind;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.junit.jupiter.api.Test;

/** MAJ-HEARING, MAJ-PARTY-REPORT, MAJ-ARCHIVE and MAJ-CHANGE: passing and failing records with the exact path and messages. */
class MajorDecisionProcedureRulesTest {
    private static RuleOfLawRecord with(MajorAdministrativeDecision m) {
        return clean().majorDecisions(List.of(m)).build();
    }

    private static MajorAdministrativeDecision without(DecisionStep s) {
        return majorDecision().withSteps(majorDecision().steps().stream().filter(x -> x.step() != s).collect(Collectors.toList()));
    }

    @Test
    void hearing_fails_when_materials_arrive_late_and_the_record_is_unsigned() {
        // the clean township passes when announced published and sent in time and signed
        assertPasses("MAJ-HEARING", clean().build());
        MajorAdministrativeDecision m = majorDecision().withHearing(majorDecision().hearing().get().withMaterialsDeliveredOn(d("2023-03-15"))
                .withRecordSigned(false));
        assertOnlyFailure("MAJ-HEARING", with(m)).at("/majorDecisions/0/hearing")
                .saysZh("重大行政决策 md1 的听证会（2023-03-20）的材料于 2023-03-15 才送达参加人，不足 7 日；笔录未经参加人确认签字")
                .saysEn("the hearing (2023-03-20) on major decision md1 had its materials delivered only on "
                        + "2023-03-15, less than 7 days "
                        + "before; has a record the participants did not confirm and sign");
    }

    @Test
    void hearing_fails_when_the_participants_list_is_published_on_the_day() {
        MajorAdministrativeDecision m = majorDecision().withHearing(majorDecision().hearing().get().withParticipantsPublishedOn(d("2023-03-20")));
        assertThat(onlyFailure("MAJ-HEARING", with(m)).messageEn())
                .isEqualTo("the hearing (2023-03-20) on major decision md1 had its participants' list published only on the day");
    }

    @Test
    void a_hearing_step_without_details_is_insufficient_data() {
        MajorAdministrativeDecision m = MajorAdministrativeDecision.builder().from(majorDecision()).hearing(Optional.empty()).build();
        Finding f = only("MAJ-HEARING", with(m), Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageZh()).isEqualTo("数据不足：重大行政决策 md1 记录了听证会环节，但没有听证会的公布、名单、材料送达和笔录情况");
    }

    @Test
    void party_report_passes_with_the_step_and_fails_without() {
        assertPasses("MAJ-PARTY-REPORT", clean().build());
        assertOnlyFailure("MAJ-PARTY-REPORT", with(without(DecisionStep.PARTY_REPORT))).at("/majorDecisions/0/steps")
                .saysZh("重大行政决策 md1（云龙谷景区旅游发展规划）出台前没有向同级党委请示报告")
                .saysEn("major decision md1 (云龙谷景区旅游发展规划) was issued without reporting to the same-level Party "
                        + "committee");
    }

    @Test
    void archive_passes_when_archived_and_fails_when_still_unarchived_30_days_after_publication() {
        assertPasses("MAJ-ARCHIVE", clean().build());
        assertOnlyFailure("MAJ-ARCHIVE",
                with(without(DecisionStep.ARCHIVE).withSteps(without(DecisionStep.ARCHIVE).steps().stream()
                .filter(x -> x.step() != DecisionStep.POST_DECISION_EVALUATION).collect(Collectors.toList()))))
                .at("/majorDecisions/0/steps")
                .saysZh("重大行政决策 md1（云龙谷景区旅游发展规划）于 2023-04-28 公布，至 2023-12-31 已逾 30 日仍未归档")
                .saysEn("major decision md1 (云龙谷景区旅游发展规划) was published on 2023-04-28 and is still not archived on "
                        + "2023-12-31, "
                        + "over 30 days later");
        Finding pending = RuleAssertions.rule("MAJ-ARCHIVE").evaluate(with(without(DecisionStep.ARCHIVE)), CheckContext.of(d("2023-05-20"))).get(0);
        assertThat(pending.outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending.evidence()).containsEntry("dueBy", "2023-05-28");
    }

    @Test
    void change_fails_for_a_stop_without_a_collective_decision_and_an_adjustment_without_the_procedure() {
        // the clean township passes for an emergency suspension by the head
        assertPasses("MAJ-CHANGE", clean().build());
        MajorAdministrativeDecision stopped = majorDecision().withChanges(DecisionChange.builder().changedOn(d("2023-09-01"))
                .kind(DecisionChangeKind.STOPPED).collectivelyDecided(false).build());
        assertOnlyFailure("MAJ-CHANGE", with(stopped)).at("/majorDecisions/0/changes/0")
                .saysZh("重大行政决策 md1 于 2023-09-01 停止执行，未经决策机关集体讨论决定")
                .saysEn("major decision md1 was stopped on 2023-09-01 without a collective decision of the decision "
                        + "body");
        MajorAdministrativeDecision adjusted = majorDecision().withChanges(DecisionChange.builder().changedOn(d("2023-09-01"))
                .kind(DecisionChangeKind.ADJUSTED).procedureRepeated(false).build());
        assertThat(onlyFailure("MAJ-CHANGE", with(adjusted)).messageEn())
                .isEqualTo("major decision md1 was substantially adjusted on 2023-09-01 without going through the statutory procedure again");
        MajorAdministrativeDecision suspendedAlone = majorDecision().withChanges(DecisionChange.builder().changedOn(d("2023-09-01"))
                .kind(DecisionChangeKind.SUSPENDED).emergency(false).headDecided(true).collectivelyDecided(false).build());
        assertThat(onlyFailure("MAJ-CHANGE", with(suspendedAlone)).messageZh())
                .isEqualTo("重大行政决策 md1 于 2023-09-01 中止执行，既非情况紧急由行政首长决定，也未经集体讨论");
    }

    @Test
    void a_change_whose_procedure_is_unstated_is_insufficient_data() {
        MajorAdministrativeDecision m = majorDecision().withChanges(DecisionChange.builder().changedOn(d("2023-09-01")).kind(DecisionChangeKind.ADJUSTED).build());
        Finding f = only("MAJ-CHANGE", with(m), Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: major decision md1 was substantially adjusted on 2023-09-01, but the record does not say "
                + "whether the statutory procedure was gone through again, so this cannot be decided");
        assertThat(f.messageZh()).isEqualTo("数据不足：重大行政决策 md1 于 2023-09-01 重大调整，未记录是否重新履行法定程序，无法判断");
    }
}
