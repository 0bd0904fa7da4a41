package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.Townships.clean;

import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.Patrol;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.junit.jupiter.api.Test;

/** LIST and GRID rules. */
class ListAndGridRulesTest {
    @Test
    void power_list_fails_for_an_item_without_duties() {
        assertPasses("LIST-POWER-RESPONSIBILITY", clean().build()); // the clean township passes with basis and duties
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().powerList(List.of(base.powerList().get(0).withDuties(List.of()), base.powerList().get(1))).build();
        assertOnlyFailure("LIST-POWER-RESPONSIBILITY", r).at("/powerList/0/duties")
                .saysZh("权责清单事项 pw1（违法建设行政处罚）缺少责任事项");
    }

    @Test
    void pufa_list_fails_for_an_enforcing_unit_without_one() {
        assertPasses("LIST-PUFA-RESPONSIBILITY", clean().build()); // the clean township passes with items
        RuleOfLawRecord r = clean().legalEducationList(List.of()).legalEducationPlan(Optional.empty()).build();
        assertOnlyFailure("LIST-PUFA-RESPONSIBILITY", r).at("/legalEducationList")
                .saysEn("示范乡 enforces laws but has no legal-education responsibility list");
    }

    @Test
    void eighth_plan_is_undecided_when_the_record_is_silent_in_2023() {
        assertPasses("LIST-8TH-PUFA", clean().build()); // the clean township passes when adopted
        Finding f = only("LIST-8TH-PUFA", clean().legalEducationPlan(Optional.empty()).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(f.path()).isEqualTo("/legalEducationPlan");
        assertThat(f.messageZh()).isEqualTo("数据不足：记录没有说明 示范乡 是否制定了本级“八五”普法规划，无法核查");
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the record does not say whether 示范乡 has an eighth five-year legal-education plan, "
                + "so this cannot be checked");
    }

    @Test
    void eighth_plan_is_not_applicable_after_2025() {
        only("LIST-8TH-PUFA", clean().year(2026).legalEducationPlan(Optional.empty()).build(), Outcome.NOT_APPLICABLE);
    }

    @Test
    void grid_structure_fails_for_a_level_2_grid_without_a_leader() {
        assertPasses("GRID-STRUCTURE", clean().build()); // the clean township passes with every grid led
        RuleOfLawRecord base = clean().build();
        List<GridAssignment> fewer = base.gridAssignments().subList(0, 3);
        assertOnlyFailure("GRID-STRUCTURE", clean().gridAssignments(fewer).build()).at("/grids/3")
                .saysEn("level-2 grid g2-1 has no leader (branch secretary, group leader or grid leader)");
    }

    @Test
    void grid_structure_from_declared_figures_fails_when_leaders_are_fewer_than_grids() {
        RuleOfLawRecord r = clean().grids(List.of()).gridAssignments(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.GRID_LEVEL2_COUNT, 18, "18个二级网格"))
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.GRID_STAFF_PARTY_GROUP_LEADER, 15, "15名党小组组长"))
                .build();
        assertOnlyFailure("GRID-STRUCTURE", r).at("/declaredFigures").saysZh("二级网格 18 个，只配备党小组组长 15 名");
    }

    @Test
    void grid_size_fails_over_300_households() {
        assertPasses("GRID-SIZE", clean().build()); // the clean township passes under 300 households
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().grids(List.of(base.grids().get(0), base.grids().get(1), base.grids().get(2),
                base.grids().get(3).withHouseholds(520))).build();
        assertOnlyFailure("GRID-SIZE", r).at("/grids/3/households")
                .saysEn("grid g2-1 has 520 households, more than 300");
    }

    @Test
    void governance_centres_fail_for_a_village_without_a_standardised_one() {
        // the clean township governance centres pass in every village
        assertPasses("GRID-COMPREHENSIVE-CENTER", clean().build());
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().governanceCenters(List.of(base.governanceCenters().get(0),
                base.governanceCenters().get(1).withStandardised(false))).build();
        assertOnlyFailure("GRID-COMPREHENSIVE-CENTER", r).at("/unit/grassrootsUnits/1").saysZh("西村 没有完成规范化建设的综治中心");
    }

    @Test
    void sharp_eyes_fails_when_a_camera_is_offline() {
        // the clean township passes with all cameras networked and working
        assertPasses("GRID-XUELIANG", clean().build());
        RuleOfLawRecord base = clean().build();
        List<SurveillanceCamera> cams = List.of(base.cameras().get(0), base.cameras().get(1), base.cameras().get(2).withNetworked(false));
        assertOnlyFailure("GRID-XUELIANG", clean().cameras(cams).build())
                .saysEn("camera networked rate is 2/3 (66.67%), below the 100% target");
    }

    @Test
    void patrols_fail_for_a_week_with_one_patrol() {
        assertPasses("GRID-PATROL", clean().build()); // the clean township patrols pass twice every week
        RuleOfLawRecord base = clean().build();
        List<Patrol> patrols = new java.util.ArrayList<>(base.patrols());
        patrols.remove(patrols.stream().filter(p -> p.patrolledOn().equals(java.time.LocalDate.of(2023, 10, 5))).findFirst().orElseThrow());
        assertOnlyFailure("GRID-PATROL", clean().patrols(patrols).build())
                .saysEn("1 of 52 full weeks had fewer than 2 security patrols, first the week of 2023-10-02");
    }

    @Test
    void patrols_pass_from_the_declared_weekly_figure() {
        RuleOfLawRecord r = clean().patrols(List.of()).addDeclaredFigure(DeclaredFigure.builder().concept(StandardFigures.PATROL_PER_WEEK)
                .value(java.math.BigDecimal.valueOf(2)).unit(FigureUnit.PER_WEEK).quote("一周内进行两次辖区治安巡逻").build()).build();
        assertThat(only("GRID-PATROL", r, Outcome.PASS).evidence()).containsEntry("source", "declared");
    }
}
