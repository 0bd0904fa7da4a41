package org.fazhi.governance.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fazhi.governance.text.FigureExtractor;
import org.fazhi.governance.text.ReportFormat;
import org.fazhi.governance.text.ReportText;
import org.fazhi.governance.text.TextAudit;
import org.fazhi.governance.text.TextAuditResult;
import org.fazhi.governance.text.TextExtraction;
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

/**
 * Text audit of a 20,000-character report, warm: the seed report's text (run from the repository root, or
 * give {@code -Dfazhi.seed=PATH}) repeated for four townships and cut at 20,000 characters; extraction of
 * every figure with its position and relations, the record, and the FIG rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class TextAuditBenchmark {
    /** The report's length in characters. */
    static final int LENGTH = 20_000;

    String text;

    /**
     * Builds the report text once.
     *
     * @throws IOException if the seed cannot be read
     */
    @Setup
    public void setUp() throws IOException {
        Path seed = Path.of(System.getProperty("fazhi.seed", "../shared/seed/guobao-2023-rule-of-law-report.md"));
        String body = Files.readString(seed);
        StringBuilder sb = new StringBuilder(body);
        String[] others = {"云龙乡", "南斗镇", "佛岭乡"};
        for (int i = 0; sb.length() < LENGTH; i++) {
            sb.append('\n').append(body.substring(body.indexOf('\n', 3)).replace("国宝乡", others[i % others.length]));
        }
        text = sb.substring(0, LENGTH);
    }

    /** Extraction only. */
    @Benchmark
    public TextExtraction extract() {
        return FigureExtractor.standard().extract(ReportText.plain("report.md", ReportFormat.MARKDOWN, text));
    }

    /** Extraction, the record and the FIG rules. */
    @Benchmark
    public TextAuditResult extractAndAudit() {
        return TextAudit.run(extract());
    }
}
