package org.fazhi.governance.benchmarks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** (c) A whole township of 10,000 cases and 50,000 tickets: validate and check, indicators, HTML report. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class TownshipBenchmark {
    static final CheckContext CONTEXT = CheckContext.of(LocalDate.of(2023, 12, 31));

    RuleOfLawRecord township;
    CheckReport check;
    IndicatorSheet sheet;

    /** Generates the township once. */
    @Setup
    public void setUp() {
        township = SyntheticCounty.withSeed(10).township(0, 10_000, 50_000);
        check = GovernanceRules.all().evaluate(township, CONTEXT);
        sheet = Indicators.sheet(township, CONTEXT);
    }

    /** Validation of the whole record plus all 74 rules. */
    @Benchmark
    public CheckReport c1_validateAndCheck() {
        return GovernanceRules.all().evaluate(township, CONTEXT);
    }

    /** The 63 indicators. */
    @Benchmark
    public IndicatorSheet c2_indicators() {
        return Indicators.sheet(township, CONTEXT);
    }

    /** The annual report, rendered as HTML. */
    @Benchmark
    public String c3_htmlReport() {
        return HtmlRenderer.render(AnnualReports.build(township, check, sheet), Locale.SIMPLIFIED_CHINESE);
    }

    /** All three, as the Guobao example runs them. */
    @Benchmark
    public String c4_endToEnd() {
        CheckReport c = GovernanceRules.all().evaluate(township, CONTEXT);
        IndicatorSheet s = Indicators.sheet(township, CONTEXT);
        return HtmlRenderer.render(AnnualReports.build(township, c, s), Locale.SIMPLIFIED_CHINESE);
    }
}
