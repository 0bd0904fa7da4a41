package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.junit.jupiter.api.Test;

class CountyRollUpTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    @Test
    void a_county_of_townships_rolls_up_to_the_totals_of_all_records_at_once() {
        List<RuleOfLawRecord> townships = SyntheticCounty.withSeed(42).townships(5, 40, 150);
        IndicatorSheet merged = CountyRollUpExample.rollUp(townships, AS_OF);
        IndicatorTally atOnce = townships.stream().collect(IndicatorTally.collector(CheckContext.of(AS_OF)));
        assertThat(merged.tally()).isEqualTo(atOnce);
        assertThat(merged.get(Indicator.HOTLINE_RECEIVED).computed().orElseThrow().numerator()).isEqualTo(750);
        assertThat(merged.get(Indicator.CASES).computed().orElseThrow().numerator()).isEqualTo(200);
        long villages = townships.stream().mapToLong(t -> t.unit().grassrootsUnits().size()).sum();
        assertThat(merged.get(Indicator.UNIT_VILLAGES).computed().orElseThrow().numerator()).isEqualTo(villages);
    }

    @Test
    void the_generator_is_deterministic_and_plants_violations() {
        assertThat(SyntheticCounty.withSeed(42).townships(2, 30, 30)).isEqualTo(SyntheticCounty.withSeed(42).townships(2, 30, 30));
        assertThat(SyntheticCounty.withSeed(42).townships(2, 30, 30)).isNotEqualTo(SyntheticCounty.withSeed(43).townships(2, 30, 30));
        RuleOfLawRecord t = SyntheticCounty.withSeed(5).township(0, 300, 10);
        CheckReport r = org.fazhi.governance.rules.GovernanceRules.all().evaluate(t, CheckContext.of(AS_OF));
        assertThat(r.failures()).extracting(Finding::ruleId).contains("ENF-TWO-OFFICERS", "ENF-SERVICE-7D");
    }

    @Test
    void province_rules_add_a_rule_and_a_dated_parameter() {
        RuleOfLawRecord t = SyntheticCounty.withSeed(7).township(0, 20, 50);
        CheckReport r = ProvinceRuleExample.provinceRules().evaluate(t, CheckContext.of(AS_OF).withParameters(ProvinceRuleExample.provinceParameters()));
        assertThat(r.ofRule("HOST-PROVINCE-GRID-250").findings()).isNotEmpty();
        assertThat(r.ofRule("HOST-PROVINCE-GRID-250").failures()).allSatisfy(f -> assertThat(Integer.parseInt(f.evidence().get("households"))).isGreaterThan(250));
        CheckReport y2024 = ProvinceRuleExample.provinceRules().evaluate(t.withYear(2024), CheckContext.of(LocalDate.of(2024, 12, 31))
                .withParameters(ProvinceRuleExample.provinceParameters()));
        assertThat(y2024.ofRule("CERT-TRAINING-60H").failures()).allSatisfy(f -> assertThat(f.evidence()).containsEntry("minHours", "80"));
    }
}
