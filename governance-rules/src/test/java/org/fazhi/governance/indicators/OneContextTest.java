package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleParameters;
import org.junit.jupiter.api.Test;

/** One context serves the rules and the indicators: a province sets each of its settings once. */
class OneContextTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    /** Four legally literate villagers in v1, three in v2, two in v3. */
    private static final RuleOfLawRecord VARIED = VariedTownshipIndicatorsTest.varied();
    private static final CheckContext FOUR_PER_VILLAGE = CheckContext.of(AS_OF).withParameters(
            RuleParameters.defaults().with("RURAL-LEGAL-LITERATE-3", "perVillage", BigDecimal.valueOf(4)));

    @Test
    void the_literacy_target_of_the_rule_is_the_target_of_the_coverage_indicator() {
        assertThat(Indicators.sheet(VARIED, CheckContext.of(AS_OF)).tally().get(Count.VILLAGES_WITH_ENOUGH_LITERATE))
                .as("v1 and v2 have three or more").isEqualTo(2);
        assertThat(Indicators.sheet(VARIED, FOUR_PER_VILLAGE).tally().get(Count.VILLAGES_WITH_ENOUGH_LITERATE))
                .as("only v1 has four").isEqualTo(1);
        assertThat(GovernanceRules.byId("RURAL-LEGAL-LITERATE-3").orElseThrow().evaluate(VARIED, FOUR_PER_VILLAGE))
                .filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::path).hasSize(2);
    }

    @Test
    void a_roll_up_takes_its_targets_from_the_context_its_tally_was_counted_in() {
        IndicatorTally tally = IndicatorTally.empty(FOUR_PER_VILLAGE).add(VARIED);
        assertThat(Indicators.rollUp(tally, FOUR_PER_VILLAGE).get(Indicator.LITERATE_COVERAGE).display())
                .isEqualTo(Indicators.sheet(VARIED, FOUR_PER_VILLAGE).get(Indicator.LITERATE_COVERAGE).display());
        assertThatThrownBy(() -> Indicators.rollUp(tally, CheckContext.of(AS_OF)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another context");
    }

    @Test
    void the_locale_and_parameters_that_set_no_count_leave_tallies_mergeable() {
        IndicatorTally chinese = IndicatorTally.empty(CheckContext.of(AS_OF)).add(VARIED);
        IndicatorTally english = IndicatorTally.empty(CheckContext.of(AS_OF).withLocale(java.util.Locale.ENGLISH));
        assertThat(chinese.merge(english)).isEqualTo(chinese);
    }
}
