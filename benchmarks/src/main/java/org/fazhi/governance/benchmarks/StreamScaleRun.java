package org.fazhi.governance.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.stream.EntityStreamChecker;
import org.fazhi.governance.stream.StreamSummary;

/**
 * 10 million tickets through the streaming checker, generated on the fly (nothing on disk), meant to be
 * run with {@code -Xmx128m}: proves memory does not grow with the number of lines.
 *
 * <p>{@code java -Xmx128m -cp benchmarks/target/benchmarks.jar org.fazhi.governance.benchmarks.StreamScaleRun [lines]}
 */
public final class StreamScaleRun {
    private StreamScaleRun() {}

    /**
     * Runs the check.
     *
     * @param args optional number of lines (default 10,000,000)
     */
    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        RuleOfLawRecord township = SyntheticCounty.withSeed(1).township(0, 0, 0);
        EntityStreamChecker checker = EntityStreamChecker.builder(township, CheckContext.of(LocalDate.of(2023, 12, 31))).build();
        AtomicLong findings = new AtomicLong();
        long t0 = System.nanoTime();
        StreamSummary s = checker.evaluateTickets(SyntheticStreams.lazyTickets(n, 5, township.unit().grassrootsUnits().size()),
                f -> findings.incrementAndGet(), b -> { },
                lines -> System.out.printf("  %,d lines, %.0f lines/s, heap used %d MiB%n", lines,
                        lines / ((System.nanoTime() - t0) / 1e9), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20));
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("lines %,d (good %,d, bad %,d), findings %,d, tickets counted %s%n", s.goodLines() + s.badLines(), s.goodLines(),
                s.badLines(), findings.get(), org.fazhi.governance.indicators.Indicator.HOTLINE_RECEIVED.valueOf(s.tally()).display());
        System.out.printf("time %.1f s, %.0f lines/s, max heap %d MiB, peak heap used (sum of pools) %d MiB, duplicate-id check complete: %s (%,d ids)%n",
                secs, n / secs, Runtime.getRuntime().maxMemory() >> 20, peak >> 20, s.idCheckComplete(), s.idsChecked());
    }
}
