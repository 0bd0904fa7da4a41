package org.fazhi.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.stream.EntityStreamChecker;
import org.fazhi.governance.rules.stream.StreamSummary;

/**
 * 流式检查示例 / Checks a JSON Lines file of hotline tickets, one line at a time, with a progress line.
 *
 * <p>Usage: {@code StreamingExample tickets.jsonl [township-record.json]}. Without arguments it writes a
 * small synthetic file (with two bad lines) to a temporary folder and checks that.
 */
public final class StreamingExample {
    private StreamingExample() {}

    /**
     * Runs the example.
     *
     * @param args the JSON Lines file and, optionally, the township record with the reference data
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        RuleOfLawRecord township;
        Path lines;
        if (args.length == 0) {
            township = SyntheticCounty.withSeed(1).township(0, 0, 200_000);
            lines = Files.createTempDirectory("fazhi").resolve("tickets.jsonl");
            StringBuilder sb = new StringBuilder();
            township.hotlineTickets().forEach(t -> sb.append(GovernanceJson.writeLine(t)).append('\n'));
            sb.append("{\"id\":\"broken\",\n").append(GovernanceJson.writeLine(township.hotlineTickets().get(0))).append('\n');
            Files.writeString(lines, sb.toString());
            System.out.println("已生成 / wrote " + lines);
        } else {
            lines = Path.of(args[0]);
            township = args.length > 1 ? GovernanceJson.readRecord(Path.of(args[1])) : SyntheticCounty.withSeed(1).township(0, 0, 0);
        }
        AtomicLong failures = new AtomicLong();
        long t0 = System.nanoTime();
        StreamSummary s;
        try (InputStream in = Files.newInputStream(lines)) {
            s = EntityStreamChecker.builder(township, CheckContext.of(LocalDate.of(2023, 12, 31))).progressEvery(50_000).build()
                    .checkTickets(in, f -> failures.incrementAndGet(), bad -> System.out.println("  " + bad.describe(Locale.SIMPLIFIED_CHINESE)),
                            n -> System.out.printf("  已处理 / processed %,d lines (%.1f s)%n", n, (System.nanoTime() - t0) / 1e9));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        System.out.printf("好行 good %,d · 坏行 bad %,d · 不符合或数据不足 failing or undecidable findings %,d%n", s.goodLines(), s.badLines(), failures.get());
        System.out.println("满意率 satisfaction: " + Indicator.HOTLINE_SATISFACTION_RATE.valueOf(s.tally())
                + " · 办结率 closure: " + Indicator.HOTLINE_CLOSURE_RATE.valueOf(s.tally()));
        System.out.printf("Done in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
    }
}
