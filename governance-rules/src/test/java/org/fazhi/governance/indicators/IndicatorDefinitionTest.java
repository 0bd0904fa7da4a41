package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.ParameterRef;
import org.fazhi.governance.rules.RuleParameters;
import org.junit.jupiter.api.Test;

/** Indicators are defined part by named part, and their targets name real rule parameters. */
class IndicatorDefinitionTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    @Test
    void every_indicator_target_names_a_catalog_rule_and_a_parameter_it_declares() {
        assertThat(Indicator.values()).filteredOn(i -> i.targetParameter().isPresent()).isNotEmpty()
                .allSatisfy(i -> {
                    ParameterRef ref = i.targetParameter().orElseThrow();
                    assertThat(GovernanceRules.byId(ref.ruleId())).as(i + " names rule " + ref.ruleId()).isPresent();
                    assertThat(GovernanceRules.byId(ref.ruleId()).orElseThrow().descriptor().parameter(ref.name()))
                            .as(i + " names parameter " + ref).isPresent();
                });
    }

    @Test
    void a_reference_to_an_unknown_rule_or_parameter_is_refused_with_the_nearest_names() {
        assertThatThrownBy(() -> RuleParameters.defaults().value(ParameterRef.of("GRID-PATROLL", "perWeek"), AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean GRID-PATROL");
        assertThatThrownBy(() -> RuleParameters.defaults().value(ParameterRef.of("GRID-PATROL", "perWeak"), AS_OF))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean perWeek");
    }

    @Test
    void a_reference_prints_as_rule_id_colon_parameter() {
        assertThat(ParameterRef.of("GRID-PATROL", "perWeek")).hasToString("GRID-PATROL:perWeek")
                .isEqualTo(ParameterRef.of("GRID-PATROL", "perWeek")).isNotEqualTo(ParameterRef.of("GRID-PATROL", "x"));
    }

    @Test
    void a_definition_without_a_required_part_is_refused_when_built() {
        assertThatThrownBy(() -> described().countOf(Count.UNITS).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.count lacks detailsIn or computedWhen");
        assertThatThrownBy(() -> described().computedWhen(r -> true).build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("x.count lacks a value");
    }

    private static Indicator.Definition.Builder described() {
        return new Indicator.Definition.Builder("x.count", IndicatorUnit.COUNT).names("某数", "some count")
                .formula("某数", "some count").counts("某物", "things");
    }
}
