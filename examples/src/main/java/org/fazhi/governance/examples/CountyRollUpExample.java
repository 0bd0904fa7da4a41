package org.fazhi.governance.examples;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;

/**
 * 县级汇总示例 / Rolls several synthetic townships up into a county: each township's tally is computed
 * on its own and merged, which gives exactly the counts of one pass over all records.
 */
public final class CountyRollUpExample {
    private CountyRollUpExample() {}

    /**
     * The county sheet of some townships.
     *
     * @param townships the township records
     * @param asOf the as-of date
     * @return the merged indicator sheet
     */
    public static IndicatorSheet rollUp(List<RuleOfLawRecord> townships, LocalDate asOf) {
        CheckContext context = CheckContext.of(asOf);
        IndicatorTally county = townships.stream().map(t -> IndicatorTally.empty(context).add(t))
                .reduce(IndicatorTally.empty(context), IndicatorTally::merge);
        return Indicators.rollUp(county, context);
    }

    /**
     * Runs the example.
     *
     * @param args optional: number of townships (default 6)
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        LocalDate asOf = LocalDate.of(2023, 12, 31);
        List<RuleOfLawRecord> townships = SyntheticCounty.withSeed(2023).townships(n, 200, 1000);
        IndicatorSheet county = rollUp(townships, asOf);
        System.out.println("合成县 " + n + " 个乡镇汇总 / synthetic county of " + n + " townships:");
        for (Indicator i : new Indicator[] {Indicator.UNIT_VILLAGES, Indicator.HOTLINE_RECEIVED, Indicator.HOTLINE_SATISFACTION_RATE,
            Indicator.HOTLINE_CLOSURE_RATE, Indicator.CASES, Indicator.CERTIFIED_RATE, Indicator.TRAINING_ASSESSMENT_RATE,
            Indicator.MEDIATION_SUCCESS_RATE, Indicator.ADVISER_COVERAGE}) {
            System.out.printf("  %-36s %s%n", i.id(), county.get(i).computed().orElseThrow());
        }
        CheckReport all = townships.stream().map(t -> GovernanceRules.all().evaluate(t, asOf)).reduce(CheckReport::merge).orElseThrow();
        System.out.println("规则检查 / checks: " + all.failures().size() + " failures across the county, by rule:");
        all.failures().stream().collect(java.util.stream.Collectors.groupingBy(f -> f.ruleId(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).forEach((rule, count) -> System.out.printf("  %-28s %d%n", rule, count));
    }
}
