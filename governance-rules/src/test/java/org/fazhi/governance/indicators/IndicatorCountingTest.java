package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.leadership.GroupMember;
import org.fazhi.governance.model.leadership.GroupPosition;
import org.fazhi.governance.model.leadership.LeadingGroup;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.MemberRank;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.fazhi.governance.model.legal.Mediator;
import org.fazhi.governance.model.legal.MediatorKind;
import org.fazhi.governance.model.service.SatisfactionLevel;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

/** What each count takes in and what it leaves out, with more entries on one side than the other so that a swap shows. */
class IndicatorCountingTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final RuleOfLawRecord CLEAN = TownshipsAccess.clean();

    private static IndicatorTally tally(RuleOfLawRecord r) {
        return IndicatorTally.empty(CheckContext.of(AS_OF)).add(r);
    }

    private static DeputySuggestion suggestion(String id, String assigned, String replied, SatisfactionLevel feedback) {
        DeputySuggestion.Builder b = DeputySuggestion.builder().id(id).subject("建议" + id).assignedOn(LocalDate.parse(assigned));
        if (replied != null) {
            b.repliedOn(LocalDate.parse(replied));
        }
        if (feedback != null) {
            b.deputyFeedback(feedback);
        }
        return b.build();
    }

    @Test
    void deputy_replies_count_as_on_time_only_up_to_three_months_and_feedback_by_the_options() {
        RuleOfLawRecord r = RuleOfLawRecord.builder().from(CLEAN).deputySuggestions(List.of(
                suggestion("a", "2023-03-10", "2023-06-10", SatisfactionLevel.SATISFIED),
                suggestion("b", "2023-03-10", "2023-04-01", SatisfactionLevel.SATISFIED),
                suggestion("c", "2023-03-10", "2023-06-11", SatisfactionLevel.BASICALLY_SATISFIED),
                suggestion("d", "2023-03-10", null, SatisfactionLevel.DISSATISFIED),
                suggestion("e", "2023-03-10", null, null))).build();
        IndicatorTally t = tally(r);
        assertThat(t.get(Count.NPC_ASSIGNED)).isEqualTo(5);
        assertThat(t.get(Count.NPC_REPLIED_ON_TIME)).as("a on the last day, b early; c a day late").isEqualTo(2);
        assertThat(t.get(Count.NPC_COMPLETED)).as("replied: a, b, c").isEqualTo(3);
        assertThat(t.get(Count.NPC_WITH_FEEDBACK)).isEqualTo(4);
        assertThat(t.get(Count.NPC_SATISFIED)).as("by default 基本满意 counts as satisfied: a, b, c").isEqualTo(3);
        assertThat(IndicatorTally.empty(CheckContext.of(AS_OF).withBasicallySatisfiedCounts(false)).add(r).get(Count.NPC_SATISFIED))
                .isEqualTo(2);
    }

    @Test
    void only_mediated_disputes_count_as_mediated() {
        Dispute mediated = CLEAN.disputes().get(0);
        Dispute pending = Dispute.builder().id("d9").screenedOn(LocalDate.of(2023, 6, 1)).grassrootsUnitId("v1").outcome(DisputeOutcome.PENDING).build();
        IndicatorTally t = tally(RuleOfLawRecord.builder().from(CLEAN).disputes(List.of(mediated, CLEAN.disputes().get(1), pending)).build());
        assertThat(t.get(Count.DISPUTES)).isEqualTo(3);
        assertThat(t.get(Count.DISPUTES_MEDIATED)).isEqualTo(2);
        IndicatorTally oneByOne = IndicatorTally.empty(CheckContext.of(AS_OF)).add(mediated).add(pending);
        assertThat(oneByOne.get(Count.DISPUTES)).isEqualTo(2);
        assertThat(oneByOne.get(Count.DISPUTES_MEDIATED)).isEqualTo(1);
    }

    @Test
    void a_case_counts_as_disclosed_only_after_action_and_as_reviewed_only_before_its_decision() {
        EnforcementCase penalty = CLEAN.enforcementCases().get(0);
        EnforcementCase preOnly = penalty.withId("c3").withDisclosures(DisclosureRecord.builder().stage(DisclosureStage.PRE_ACTION)
                .publishedOn(LocalDate.of(2023, 3, 1)).build());
        EnforcementCase reviewedLate = penalty.withId("c4").withLegalReview(penalty.legalReview().orElseThrow().withReviewedOn(LocalDate.of(2023, 4, 4)));
        IndicatorTally t = IndicatorTally.empty(CheckContext.of(AS_OF)).add(penalty).add(preOnly).add(reviewedLate);
        assertThat(t.get(Count.CASES_DECIDED)).isEqualTo(3);
        assertThat(t.get(Count.CASES_DISCLOSED)).as("c1 and c4 published after the decision; c3 only beforehand").isEqualTo(2);
        assertThat(t.get(Count.CASES_NEEDING_REVIEW)).isEqualTo(3);
        assertThat(t.get(Count.CASES_REVIEWED)).as("c4 was reviewed the day after its decision").isEqualTo(2);
    }

    @Test
    void only_standardised_centres_cover_a_village() {
        var centres = CLEAN.governanceCenters().stream().map(c -> c.id().equals("gc2") ? c.withStandardised(false) : c).collect(Collectors.toList());
        assertThat(tally(RuleOfLawRecord.builder().from(CLEAN).governanceCenters(centres).build()).get(Count.VILLAGES_WITH_CENTRE)).isEqualTo(1);
        assertThat(tally(CLEAN).get(Count.VILLAGES_WITH_CENTRE)).isEqualTo(2);
    }

    @Test
    void coordination_counts_only_the_enforcement_coordination_group_and_mediators_only_local_worthies() {
        GroupMember head = GroupMember.builder().personId("p1").position(GroupPosition.HEAD).rank(MemberRank.LEADERSHIP).build();
        GroupMember cadre = GroupMember.builder().personId("p3").position(GroupPosition.MEMBER).rank(MemberRank.CADRE).build();
        RuleOfLawRecord r = RuleOfLawRecord.builder().from(CLEAN)
                .addLeadingGroup(LeadingGroup.builder().id("lg1").kind(LeadingGroupKind.RULE_OF_LAW).name("法治建设领导小组").addMembers(head, cadre, cadre.withPersonId("p4")).build())
                .addLeadingGroup(LeadingGroup.builder().id("lg2").kind(LeadingGroupKind.ENFORCEMENT_COORDINATION).name("执法协调小组").addMembers(head, cadre).build())
                .addMediator(Mediator.builder().id("me1").personId("p4").kind(MediatorKind.LOCAL_WORTHY).build())
                .addMediator(Mediator.builder().id("me2").personId("p5").kind(MediatorKind.PEOPLES_MEDIATOR).build())
                .addMediator(Mediator.builder().id("me3").personId("p6").kind(MediatorKind.PROFESSIONAL_MEDIATOR).build())
                .build();
        IndicatorTally t = tally(r);
        assertThat(t.get(Count.COORDINATION_LEADERS)).isEqualTo(1);
        assertThat(t.get(Count.COORDINATION_CADRES)).isEqualTo(1);
        assertThat(t.get(Count.MEDIATORS)).isEqualTo(3);
        assertThat(t.get(Count.MEDIATORS_LOCAL_WORTHY)).isEqualTo(1);
    }

    @Test
    void patrol_weeks_end_at_the_as_of_date_within_the_year() {
        assertThat(IndicatorTally.empty(CheckContext.of(LocalDate.of(2023, 6, 30))).add(CLEAN).get(Count.PATROL_WEEKS)).isEqualTo(25);
        assertThat(IndicatorTally.empty(CheckContext.of(LocalDate.of(2024, 6, 30))).add(CLEAN).get(Count.PATROL_WEEKS)).isEqualTo(52);
    }

    @Test
    void tallies_are_values() {
        IndicatorTally a = tally(CLEAN);
        assertThat(a).isEqualTo(tally(CLEAN)).hasSameHashCodeAs(tally(CLEAN));
        assertThat(a.asOf()).isEqualTo(AS_OF);
        assertThat(a).isNotEqualTo(IndicatorTally.empty(CheckContext.of(AS_OF.plusDays(1))).add(CLEAN));
        assertThat(a).isNotEqualTo(IndicatorTally.empty(CheckContext.of(AS_OF).withBasicallySatisfiedCounts(false)).add(CLEAN));
        assertThat(a).isNotEqualTo(a.add(CLEAN.disputes().get(0)));
    }
}
