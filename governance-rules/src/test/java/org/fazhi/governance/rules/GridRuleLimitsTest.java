package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.declared;
import static org.fazhi.governance.rules.Townships.reportOnly;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.Patrol;
import org.fazhi.governance.model.grid.PatrolKind;
import org.junit.jupiter.api.Test;

/** The limits and the data fallbacks of the GRID rules, each on both sides of its line. */
class GridRuleLimitsTest {
    /** The clean township with the leader of grid g2-1 given another role. */
    private static RuleOfLawRecord g21LedBy(GridRole role) {
        List<GridAssignment> a = clean().build().gridAssignments().stream()
                .map(x -> x.gridId().equals("g2-1") ? x.withRole(role) : x).collect(Collectors.toList());
        return clean().gridAssignments(a).build();
    }

    @Test
    void a_grid_is_led_by_a_grid_leader_branch_secretary_or_group_leader_and_by_no_one_else() {
        assertPasses("GRID-STRUCTURE", g21LedBy(GridRole.GRID_LEADER));
        assertPasses("GRID-STRUCTURE", g21LedBy(GridRole.PARTY_BRANCH_SECRETARY));
        assertOnlyFailure("GRID-STRUCTURE", g21LedBy(GridRole.FULL_TIME_GRID_WORKER)).at("/grids/3")
                .saysEn("level-2 grid g2-1 has no leader (branch secretary, group leader or grid leader)");
    }

    @Test
    void only_a_level_1_grid_covers_a_village() {
        List<Grid> grids = clean().build().grids().stream()
                .map(g -> g.id().equals("g2") ? g.withLevel(2).withParentId("g1").withGrassrootsUnitId(java.util.Optional.empty())
                        : g.id().equals("g2-1") ? g.withParentId("g1") : g)
                .collect(Collectors.toList());
        List<Finding> fails = RuleAssertions.findings("GRID-STRUCTURE", clean().grids(grids).build()).stream()
                .filter(x -> x.outcome() == Outcome.FAIL).collect(Collectors.toList());
        assertThat(fails).extracting(Finding::path).containsExactly("/unit/grassrootsUnits/1");
        assertThat(fails.get(0).messageZh()).isEqualTo("西村 没有被任何一级网格覆盖");
    }

    @Test
    void declared_leaders_equal_to_grids_and_level_1_grids_equal_to_villages_suffice() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(declared("grid.level1Count", 2)).addDeclaredFigure(declared("grid.staff.partyBranchSecretary", 2))
                .addDeclaredFigure(declared("grid.level2Count", 5)).addDeclaredFigure(declared("grid.staff.partyGroupLeader", 5)).build();
        List<Finding> f = RuleAssertions.findings("GRID-STRUCTURE", r);
        assertThat(f).extracting(Finding::outcome).containsOnly(Outcome.PASS).hasSize(3);
        assertThat(f.get(0).evidence()).containsEntry("grids", "2").containsEntry("leaders", "2").containsEntry("kind", "level-1 grids");
        assertThat(f.get(2).evidence()).containsEntry("level1Grids", "2").containsEntry("villages", "2");
        assertThat(onlyFailure("GRID-STRUCTURE", reportOnly().addDeclaredFigure(declared("grid.level2Count", 5))
                .addDeclaredFigure(declared("grid.staff.partyGroupLeader", 4)).build()).messageEn()).isEqualTo("5 level-2 grids but only 4 Party group leaders");
    }

    private static RuleOfLawRecord householdsOfG21(int households) {
        return clean().grids(clean().build().grids().stream().map(g -> g.id().equals("g2-1") ? g.withHouseholds(households) : g)
                .collect(Collectors.toList())).build();
    }

    @Test
    void a_grid_may_hold_exactly_300_households_but_not_301() {
        assertPasses("GRID-SIZE", householdsOfG21(300));
        assertOnlyFailure("GRID-SIZE", householdsOfG21(301)).at("/grids/3/households");
    }

    @Test
    void grid_size_is_unknown_when_no_grid_has_a_household_count() {
        List<Grid> uncounted = clean().build().grids().stream().map(g -> g.withHouseholds(java.util.Optional.empty())).collect(Collectors.toList());
        assertThat(only("GRID-SIZE", clean().grids(uncounted).build(), Outcome.INSUFFICIENT_DATA).messageEn())
                .isEqualTo("Insufficient data: no grid has a household count");
        assertThat(only("GRID-SIZE", reportOnly().addDeclaredFigure(declared("grid.level2Count", 5)).build(), Outcome.INSUFFICIENT_DATA).path())
                .isEqualTo("/grids");
    }

    @Test
    void a_centre_not_yet_standardised_does_not_count() {
        var centres = clean().build().governanceCenters().stream().map(c -> c.id().equals("gc2") ? c.withStandardised(false) : c)
                .collect(Collectors.toList());
        assertThat(onlyFailure("GRID-COMPREHENSIVE-CENTER", clean().governanceCenters(centres).build()).messageEn())
                .isEqualTo("西村 has no standardised governance centre");
        assertThat(only("GRID-COMPREHENSIVE-CENTER", reportOnly().addDeclaredFigure(declared("safety.villageGovernanceCenters", 2)).build(), Outcome.PASS)
                .evidence()).containsEntry("centres", "2").containsEntry("villages", "2");
    }

    @Test
    void camera_counts_alone_cannot_show_the_network_and_working_rates() {
        Finding f = only("GRID-XUELIANG", reportOnly().addDeclaredFigure(declared("cameras.caringEye", 40)).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(f.path()).isEqualTo("/cameras");
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the report gives camera counts only, not their network or working state");
        assertThat(only("GRID-XUELIANG", reportOnly().addDeclaredFigure(declared("grid.level1Count", 2)).build(), Outcome.NOT_APPLICABLE).path())
                .isEqualTo("/cameras");
    }

    private static List<Finding> patrolFindings(RuleOfLawRecord r, String asOf) {
        return RuleAssertions.rule("GRID-PATROL").evaluate(r, CheckContext.of(LocalDate.parse(asOf)));
    }

    @Test
    void only_full_weeks_ended_by_the_as_of_date_are_counted() {
        RuleOfLawRecord r = clean().build();
        assertThat(patrolFindings(r, "2023-01-07")).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(f.path()).isEqualTo("/patrols");
        });
        assertThat(patrolFindings(r, "2023-01-08")).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("weeks", "1"));
        assertThat(patrolFindings(r, "2023-06-30")).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("weeks", "25"));
        assertThat(patrolFindings(r, "2024-03-01")).singleElement().satisfies(f -> assertThat(f.evidence()).containsEntry("weeks", "52"));
    }

    @Test
    void joint_defence_patrols_are_not_security_patrols() {
        List<Patrol> patrols = clean().build().patrols().stream()
                .map(p -> p.patrolledOn().equals(LocalDate.of(2023, 1, 2)) ? p.withKind(PatrolKind.JOINT_DEFENCE_PATROL) : p)
                .collect(Collectors.toList());
        assertOnlyFailure("GRID-PATROL", clean().patrols(patrols).build())
                .saysEn("1 of 52 full weeks had fewer than 2 security patrols, first the week of 2023-01-02");
    }

    @Test
    void a_declared_weekly_rate_below_the_commitment_needs_the_weekly_log() {
        assertThat(only("GRID-PATROL", reportOnly().addDeclaredFigure(declared("patrol.perWeek", 1)).build(), Outcome.INSUFFICIENT_DATA).messageEn())
                .isEqualTo("Insufficient data: the report declares 1 patrols a week, below the committed 2, but gives no weekly log");
        assertThat(only("GRID-PATROL", reportOnly().addDeclaredFigure(declared("patrol.perWeek", 2)).build(), Outcome.PASS).path())
                .isEqualTo("/declaredFigures");
    }

    @Test
    void a_declared_grid_leader_count_leads_the_grids_it_names() {
        // Issue 13: a report that counts 网格长 was told its Party-secretary count was missing.
        RuleOfLawRecord led = reportOnly().addDeclaredFigure(declared("grid.level1Count", 5)).addDeclaredFigure(declared("grid.level2Count", 10))
                .addDeclaredFigure(declared("grid.staff.gridLeader", 15)).build();
        assertThat(RuleAssertions.findings("GRID-STRUCTURE", led)).allMatch(x -> x.outcome() == Outcome.PASS)
                .anySatisfy(x -> assertThat(x.evidence()).containsEntry("leaders", "15").containsEntry("grids", "15"));
        RuleOfLawRecord short3 = reportOnly().addDeclaredFigure(declared("grid.level1Count", 5)).addDeclaredFigure(declared("grid.level2Count", 10))
                .addDeclaredFigure(declared("grid.staff.gridLeader", 12)).build();
        assertOnlyFailure("GRID-STRUCTURE", short3).at("/declaredFigures")
                .saysZh("网格 15 个，只配备网格长 12 名")
                .saysEn("15 grids but only 12 grid leaders");
    }
}
