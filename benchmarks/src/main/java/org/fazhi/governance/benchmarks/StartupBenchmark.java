package org.fazhi.governance.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.fazhi.governance.examples.GuobaoExample;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (d) Start-up: in a fresh JVM, load and validate the Guobao record (Bean Validation bootstraps here) and
 * run every rule once. Single-shot, one cold measurement per fork.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class StartupBenchmark {
    /** First load, validation and check in a new JVM. */
    @Benchmark
    public CheckReport d_coldLoadValidateCheck() {
        return GovernanceRules.all().evaluate(GuobaoExample.load(), CheckContext.of(LocalDate.of(2023, 12, 25)));
    }
}
