package org.fazhi.governance.rules;

import org.fazhi.governance.rules.internal.ProcedureGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.declared;
import static org.fazhi.governance.rules.Townships.reportOnly;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.legal.VillagerRepresentativeMeeting;
import org.junit.jupiter.api.Test;

/** The branches that decide a rule from the report's declared figures alone, or say why they cannot. */
class DeclaredFigureBranchesTest {
    @Test
    void governance_centres_from_declared_figures() {
        assertThat(only("GRID-COMPREHENSIVE-CENTER", reportOnly().addDeclaredFigure(declared("safety.villageGovernanceCenters", 2)).build(), Outcome.PASS)
                .evidence()).containsEntry("source", "declared");
        assertThat(onlyFailure("GRID-COMPREHENSIVE-CENTER", reportOnly().addDeclaredFigure(declared("safety.villageGovernanceCenters", 1)).build()).messageEn())
                .isEqualTo("1 village governance centres for 2 villages");
        only("GRID-COMPREHENSIVE-CENTER", reportOnly().build(), Outcome.INSUFFICIENT_DATA);
        only("GRID-COMPREHENSIVE-CENTER", RuleOfLawRecord.builder().from(reportOnly().build()).unit(GovernmentUnit.builder().name("x")
                .level(UnitLevel.TOWN).build()).build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void grid_structure_from_declared_figures() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(declared("grid.level1Count", 1)).addDeclaredFigure(declared("grid.staff.partyBranchSecretary", 1)).build();
        assertOnlyFailure("GRID-STRUCTURE", r).saysZh("一级网格 1 个，少于村（社区）2 个，未实现全域覆盖");
        List<Finding> missingLeaders = RuleAssertions.findings("GRID-STRUCTURE", reportOnly().addDeclaredFigure(declared("grid.level2Count", 4)).build());
        assertThat(missingLeaders).extracting(Finding::outcome).containsExactly(Outcome.INSUFFICIENT_DATA);
        assertThat(missingLeaders.get(0).messageEn()).isEqualTo("Insufficient data: the report declares 4 level-2 grids but not the number of Party group leaders");
        only("GRID-STRUCTURE", reportOnly().build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void village_and_township_advisers_from_declared_figures() {
        assertThat(onlyFailure("RURAL-VILLAGE-LEGAL-ADVISER", reportOnly().addDeclaredFigure(declared("legalAdvisers.villagesCovered", 1)).build()).messageEn())
                .isEqualTo("only 1 of 2 villages have a legal adviser");
        only("RURAL-VILLAGE-LEGAL-ADVISER", reportOnly().addDeclaredFigure(declared("legalAdvisers.villagesCovered", 2)).build(), Outcome.PASS);
        only("RURAL-VILLAGE-LEGAL-ADVISER", reportOnly().build(), Outcome.NOT_APPLICABLE);
        only("RURAL-TOWNSHIP-LEGAL-ADVISER", reportOnly().addDeclaredFigure(declared("legalAdvisers.townshipCovered", 1)).build(), Outcome.PASS);
        assertThat(only("RURAL-TOWNSHIP-LEGAL-ADVISER", reportOnly().build(), Outcome.INSUFFICIENT_DATA).messageEn())
                .isEqualTo("Insufficient data: no data on legal advisers");
    }

    @Test
    void reasoning_rooms_and_literacy_from_declared_figures() {
        only("DISP-PINGLI-ROOM", reportOnly().addDeclaredFigure(declared("reasoningRooms.count", 3)).build(), Outcome.PASS);
        only("DISP-PINGLI-ROOM", reportOnly().build(), Outcome.NOT_APPLICABLE);
        assertThat(only("RURAL-LEGAL-LITERATE-3", reportOnly().addDeclaredFigure(declared("rural.legalPersonnel", 9)).build(), Outcome.INSUFFICIENT_DATA)
                .messageZh()).isEqualTo("数据不足：报告声明共 9 名法治带头人和法律明白人（2 个村平均每村 4.5 名），但没有逐村人数，无法判断每村是否至少 3 名");
        only("RURAL-LEGAL-LITERATE-3", reportOnly().build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void villager_meeting_decisions_need_a_majority_of_those_present() {
        RuleOfLawRecord base = Townships.clean().build();
        var meetings = base.villagerMeetings().stream().map(m -> m.heldOn().equals(LocalDate.of(2023, 6, 15)) && m.grassrootsUnitId().equals("v2")
                ? m.withInFavour(12) : m).collect(java.util.stream.Collectors.toList());
        assertOnlyFailure("RURAL-VILLAGE-REP-MEETING", Townships.clean().villagerMeetings(meetings).build())
                .at("/villagerMeetings/5/inFavour")
                .saysEn("the 2023-06-15 decision of v2 had 12 in favour, not a majority of those present");
        only("RURAL-VILLAGE-REP-MEETING", Townships.clean().villagerMeetings(List.<VillagerRepresentativeMeeting>of()).build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void committees_missing_for_a_village_or_unknown_altogether() {
        RuleOfLawRecord base = Townships.clean().build();
        assertOnlyFailure("DISP-MEDIATION-COMMITTEE",
                Townships.clean().mediationCommittees(base.mediationCommittees().subList(0, 1)).build())
                .at("/unit/grassrootsUnits/1")
                .saysZh("西村 没有人民调解委员会");
        only("DISP-MEDIATION-COMMITTEE", Townships.clean().mediationCommittees(List.of()).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(onlyFailure("DISP-MEDIATION-COMMITTEE", Townships.clean().mediationCommittees(List.of(base.mediationCommittees().get(0),
                base.mediationCommittees().get(1).withHasChair(false))).build()).messageEn())
                .isEqualTo("the committee of 西村 has 3 member(s) and no chair (3 to 9 with a chair required)");
    }

    @Test
    void deputies_unanswered_past_the_deadline_or_known_only_as_a_rate() {
        DeputySuggestion s = Townships.clean().build().deputySuggestions().get(0);
        assertOnlyFailure("NPC-REPLY-3M-6M",
                Townships.clean().deputySuggestions(List.of(s.withRepliedOn(Optional.empty())
                .withCompletedOn(Optional.empty()))).build())
                .saysEn("suggestion s1 (改善村道照明) was assigned on 2023-03-10 and is still unanswered on 2023-12-31, "
                        + "beyond 3 months (2023-06-10)");
        assertThat(onlyFailure("NPC-REPORT-PUBLIC", Townships.clean().deputySuggestions(List.of(s.withReportedToPresidium(false))).build()).path())
                .isEqualTo("/deputySuggestions/0/reportedToPresidium");
        only("NPC-REPLY-3M-6M", reportOnly().build(), Outcome.NOT_APPLICABLE);
        only("NPC-REPORT-PUBLIC", reportOnly().build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void reviewers_without_a_first_assignment_date_or_known_only_by_count() {
        RuleOfLawRecord r = Townships.clean().legalReviewers(List.of(LegalReviewer.builder().id("r1").personId("p5").legalProfessionalQualification(false).build()))
                .build();
        assertThat(only("ENF-REVIEWER-QUALIFICATION", r, Outcome.INSUFFICIENT_DATA).path()).isEqualTo("/legalReviewers/0/firstAssignedOn");
        only("ENF-REVIEWER-QUALIFICATION", reportOnly().addDeclaredFigure(declared("enforcement.legalReviewers", 1)).build(), Outcome.INSUFFICIENT_DATA);
        only("ENF-REVIEWER-QUALIFICATION", reportOnly().build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void reports_without_publication_or_upward_reporting_after_the_deadline() {
        var report = Townships.clean().build().report().orElseThrow().withPublishedOn(Optional.empty()).withReportedUpwardOn(Optional.empty());
        RuleOfLawRecord r = Townships.clean().report(report).build();
        CheckContext april = CheckContext.of(LocalDate.of(2024, 4, 2));
        assertThat(RuleAssertions.rule("RPT-PUBLISH-APR1").evaluate(r, april)).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(x.messageEn()).isEqualTo("the 2023 report has no publication on record by 2024-04-02; it was due before 2024-04-01");
        });
        assertThat(RuleAssertions.rule("RPT-UPWARD").evaluate(r, april)).singleElement().satisfies(x ->
                assertThat(x.messageEn()).isEqualTo("the 2023 report has no record of being reported upward (due 2024-03-01 of the next year)"));
        only("RPT-UPWARD", r, Outcome.INSUFFICIENT_DATA);
        only("RPT-CONTENT", reportOnly().build(), Outcome.NOT_APPLICABLE);
        only("RPT-FIRST-RESPONSIBLE", Townships.clean().responsibilities(List.of()).build(), Outcome.INSUFFICIENT_DATA);
    }

    @Test
    void procedure_graphs_refuse_cycles_and_check_strict_edges() {
        assertThatThrownBy(() -> ProcedureGraph.builder(DecisionStep.class).chain(DecisionStep.LAUNCH, DecisionStep.DRAFTING, DecisionStep.LAUNCH).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cycle");
        ProcedureGraph<DecisionStep> g = ProcedureGraph.builder(DecisionStep.class).mustStrictlyPrecede(DecisionStep.LEGALITY_REVIEW, DecisionStep.COLLECTIVE_DECISION)
                .build();
        LocalDate day = LocalDate.of(2023, 5, 1);
        var sameDay = g.violations(s -> Optional.of(day), s -> Optional.of(day));
        assertThat(sameDay).singleElement().satisfies(v -> {
            assertThat(v.earlier()).isEqualTo(DecisionStep.LEGALITY_REVIEW);
            assertThat(v.later()).isEqualTo(DecisionStep.COLLECTIVE_DECISION);
            assertThat(v.toString()).isEqualTo("LEGALITY_REVIEW (2023-05-01) must precede COLLECTIVE_DECISION (2023-05-01)");
        });
        assertThat(g.violations(s -> Optional.of(s == DecisionStep.LEGALITY_REVIEW ? day : day.plusDays(1)), s -> Optional.empty())).isEmpty();
        assertThat(g.violations(s -> Optional.empty(), s -> Optional.empty())).isEmpty();
    }
}
