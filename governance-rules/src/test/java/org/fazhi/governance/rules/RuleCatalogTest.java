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
        assertThat(groupsOf(EnforcementRules.all())).containsExactly(RuleGroup.ENFORCEMENT);
        assertThat(groupsOf(ThreeSystemsRules.all())).containsExactly(RuleGroup.THREE_SYSTEMS);
        assertThat(groupsOf(CertificationRules.all())).containsExactly(RuleGroup.CERTIFICATION);
        assertThat(groupsOf(ListRules.all())).containsExactly(RuleGroup.POWER_LISTS);
        assertThat(groupsOf(GridRules.all())).containsExactly(RuleGroup.GRIDS);
        assertThat(groupsOf(MajorDecisionRules.all())).containsExactly(RuleGroup.MAJOR_DECISIONS);
        assertThat(groupsOf(NormativeDocumentRules.all())).containsExactly(RuleGroup.NORMATIVE_DOCUMENTS);
        assertThat(groupsOf(CollectiveDecisionRules.all())).containsExactly(RuleGroup.COLLECTIVE_DECISIONS);
        assertThat(groupsOf(AnnualReportRules.all())).containsExactly(RuleGroup.ANNUAL_REPORT);
        assertThat(groupsOf(OpennessRules.all())).containsExactly(RuleGroup.OPENNESS);
        assertThat(groupsOf(DeputySuggestionRules.all())).containsExactly(RuleGroup.DEPUTY_SUGGESTIONS);
        assertThat(groupsOf(HotlineRules.all())).containsExactly(RuleGroup.HOTLINE);
        assertThat(groupsOf(RuralRules.all())).containsExactly(RuleGroup.RURAL);
        assertThat(groupsOf(DisputeRules.all())).containsExactly(RuleGroup.DISPUTES);
        assertThat(groupsOf(NotificationCommitmentRules.all())).containsExactly(RuleGroup.NOTIFICATION_COMMITMENT);
        assertThat(groupsOf(LitigationRules.all())).containsExactly(RuleGroup.LITIGATION);
        assertThat(groupsOf(FigureRules.all())).containsExactly(RuleGroup.DECLARED_FIGURES);
    }

    @Test
    void every_rule_id_starts_with_its_group_and_is_unique() {
        List<Rule> rules = GovernanceRules.catalog();
        assertThat(rules).allSatisfy(r -> assertThat(r.descriptor().id()).startsWith(r.descriptor().group().code() + "-"));
        assertThat(rules).extracting(r -> r.descriptor().id()).doesNotHaveDuplicates();
    }

    @Test
    void a_freshly_built_rule_judges_exactly_as_the_shared_one() {
        RuleOfLawRecord bare = RuleOfLawRecord.builder().year(2023)
                .unit(GovernmentUnit.builder().name("空乡").level(UnitLevel.TOWNSHIP).build()).build();
        for (RuleOfLawRecord record : List.of(Townships.clean().build(), bare)) {
            for (Rule fresh : GovernanceRules.catalog()) {
                Rule shared = GovernanceRules.byId(fresh.descriptor().id()).orElseThrow();
                assertThat(fresh.evaluate(record, Townships.CONTEXT)).as(fresh.descriptor().id())
                        .isEqualTo(shared.evaluate(record, Townships.CONTEXT));
            }
        }
    }
}
