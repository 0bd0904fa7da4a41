package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is assembled from one class per subject area. Building it afresh must give the same rules, each area
 * must hold exactly its own groups, and a freshly built rule must judge exactly as the shared one does.
 */
class RuleCatalogTest {
    private static Set<RuleGroup> groupsOf(List<Rule> rules) {
        return rules.stream().map(r -> r.descriptor().group()).collect(Collectors.toCollection(() -> EnumSet.noneOf(RuleGroup.class)));
    }

    @Test
    void building_the_catalogue_afresh_gives_the_published_rules_in_the_published_order() {
        assertThat(GovernanceRules.catalog()).extracting(Rule::descriptor)
                .containsExactlyElementsOf(GovernanceRules.all().rules().stream().map(Rule::descriptor).collect(Collectors.toList()));
    }

    @Test
    void each_rule_file_holds_exactly_one_group() {
        assertThat(groupsOf(EnforcementRules.all())).containsExactly(RuleGroup.ENF);
        assertThat(groupsOf(ThreeSystemsRules.all())).containsExactly(RuleGroup.TRS);
        assertThat(groupsOf(CertificationRules.all())).containsExactly(RuleGroup.CERT);
        assertThat(groupsOf(ListRules.all())).containsExactly(RuleGroup.LIST);
        assertThat(groupsOf(GridRules.all())).containsExactly(RuleGroup.GRID);
        assertThat(groupsOf(MajorDecisionRules.all())).containsExactly(RuleGroup.MAJ);
        assertThat(groupsOf(NormativeDocumentRules.all())).containsExactly(RuleGroup.NORM);
        assertThat(groupsOf(CollectiveDecisionRules.all())).containsExactly(RuleGroup.TZYD);
        assertThat(groupsOf(AnnualReportRules.all())).containsExactly(RuleGroup.RPT);
        assertThat(groupsOf(OpennessRules.all())).containsExactly(RuleGroup.OPEN);
        assertThat(groupsOf(DeputySuggestionRules.all())).containsExactly(RuleGroup.NPC);
        assertThat(groupsOf(HotlineRules.all())).containsExactly(RuleGroup.HOT);
        assertThat(groupsOf(RuralRules.all())).containsExactly(RuleGroup.RURAL);
        assertThat(groupsOf(DisputeRules.all())).containsExactly(RuleGroup.DISP);
        assertThat(groupsOf(NotificationCommitmentRules.all())).containsExactly(RuleGroup.PERMIT);
        assertThat(groupsOf(LitigationRules.all())).containsExactly(RuleGroup.LIT);
        assertThat(groupsOf(FigureRules.all())).containsExactly(RuleGroup.FIG);
    }

    @Test
    void every_rule_id_starts_with_its_group_and_is_unique() {
        List<Rule> rules = GovernanceRules.catalog();
        assertThat(rules).allSatisfy(r -> assertThat(r.descriptor().id()).startsWith(r.descriptor().group().name() + "-"));
        assertThat(rules).extracting(r -> r.descriptor().id()).doesNotHaveDuplicates();
    }

    @Test
    void a_freshly_built_rule_judges_exactly_as_the_shared_one() {
        RuleOfLawRecord bare = RuleOfLawRecord.builder().year(2023)
                .unit(GovernmentUnit.builder().name("空乡").level(UnitLevel.TOWNSHIP).build()).build();
        for (RuleOfLawRecord record : List.of(Townships.clean().build(), bare)) {
            for (Rule fresh : GovernanceRules.catalog()) {
                Rule shared = GovernanceRules.byId(fresh.descriptor().id()).orElseThrow();
                assertThat(fresh.check(record, Townships.CONTEXT)).as(fresh.descriptor().id())
                        .isEqualTo(shared.check(record, Townships.CONTEXT));
            }
        }
    }
}
