package org.fazhi.governance.benchmarks;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.stream.EntityStreamChecker;
import org.fazhi.governance.stream.StreamSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a) parse-only versus (b) parse + validate + reference checks + entity rules + indicators, on the same
 * 100,000 ticket lines. Scores are tickets per second; the ratio b/a is the streaming overhead.
 *
 * <p>Five warm-up iterations: with three, (b)'s deeper call tree (binding, the validation fast path, the
 * rules) was still being compiled in its first measured iteration, some 8 % below the four after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class StreamingBenchmark {
    static final int LINES = 100_000;

    byte[] jsonLines;
    ObjectReader reader;
    EntityStreamChecker checker;

    /** Generates the lines and the township they refer to. */
    @Setup
    public void setUp() {
        RuleOfLawRecord township = SyntheticCounty.withSeed(1).township(0, 0, 0);
        jsonLines = SyntheticStreams.tickets(LINES, 5, township.unit().grassrootsUnits().size());
        reader = GovernanceJson.newMapper().readerFor(HotlineTicket.class);
        checker = EntityStreamChecker.builder(township, CheckContext.of(LocalDate.of(2023, 12, 31))).build();
    }

    /** (a) Split lines and bind each to the model type; no validation, no rules. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void a_parseOnly(Blackhole bh) throws IOException {
        byte[] b = jsonLines;
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                bh.consume(reader.<HotlineTicket>readValue(b, start, i - start));
                start = i + 1;
            }
        }
    }

    /** (b) The streaming checker: parse, validate, reference checks, duplicate ids, entity rules, indicators. */
    @Benchmark
    @OperationsPerInvocation(LINES)
    public void b_parseValidateCheckCount(Blackhole bh) {
        StreamSummary s = checker.evaluateTickets(new ByteArrayInputStream(jsonLines), bh::consume, bh::consume, n -> { });
        bh.consume(s);
    }
}
