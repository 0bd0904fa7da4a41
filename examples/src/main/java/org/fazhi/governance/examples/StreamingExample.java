package org.fazhi.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.stream.EntityStreamChecker;
import org.fazhi.governance.stream.StreamSummary;

/**
 * 流式检查示例 / Checks a JSON Lines file of hotline tickets, one line at a time, with a progress line.
 *
 * <p>Usage: {@code StreamingExample [--as-of yyyy-MM-dd] [tickets.jsonl [township-record.json]]}.
 *
 * <ul>
 *   <li>With a file, it checks that file as of the given date, or today's date when none is given (the
 *       rules never read the clock; this program passes the date it chose), and <b>exits with status 2
 *       when any line is bad</b>, so a script or CI job notices.
 *   <li>Without a file, it writes 200,000 synthetic tickets with two bad lines planted in them to a
 *       temporary file, checks them as of 2023-12-31 (the synthetic year's end), and deletes the file
 *       when done. It exits with status 0 when exactly the two planted lines are reported, 2 otherwise.
 * </ul>
 *
 * <p>Exit status 1: the arguments or a file could not be read.
 */
public final class StreamingExample {
    /** Tickets in the synthetic demonstration file. */
    static final int DEMO_TICKETS = 200_000;
    /** Bad lines planted in the demonstration file. */
    static final int PLANTED_BAD_LINES = 2;
    /** The as-of date of the demonstration: the end of the synthetic data's year. */
    static final LocalDate DEMO_AS_OF = LocalDate.of(2023, 12, 31);

    private StreamingExample() {}

    /**
     * Runs the example and exits with its status.
     *
     * @param args {@code [--as-of yyyy-MM-dd] [tickets.jsonl [township-record.json]]}
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        int status = run(args, System.out, DEMO_TICKETS, LocalDate.now());
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * The program: parses the arguments, checks the lines, prints the summary.
     *
     * @param args the arguments
     * @param out where to print
     * @param demoTickets the size of the synthetic file when no file is given
     * @param today the date to check a given file as of when {@code --as-of} is absent
     * @return the exit status: 0 all lines good (or exactly the planted ones bad), 1 bad arguments or
     *     unreadable file, 2 bad lines
     */
    static int run(String[] args, PrintStream out, int demoTickets, LocalDate today) {
        List<String> files = new ArrayList<>();
        LocalDate asOf = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--as-of") || args[i].startsWith("--as-of=")) {
                String value = args[i].startsWith("--as-of=") ? args[i].substring("--as-of=".length()) : i + 1 < args.length ? args[++i] : "";
                try {
                    asOf = LocalDate.parse(value);
                } catch (DateTimeParseException e) {
                    out.println("--as-of 需要 yyyy-MM-dd 格式的日期，收到“" + value + "” / --as-of needs a yyyy-MM-dd date, got '" + value + "'");
                    return 1;
                }
            } else if (args[i].startsWith("--")) {
                out.println("未知选项 / unknown option " + args[i] + "\nusage: StreamingExample [--as-of yyyy-MM-dd] [tickets.jsonl [township-record.json]]");
                return 1;
            } else {
                files.add(args[i]);
            }
        }
        try {
            if (files.isEmpty()) {
                return demo(out, demoTickets, asOf == null ? DEMO_AS_OF : asOf);
            }
            Path lines = Path.of(files.get(0));
            RuleOfLawRecord township = files.size() > 1 ? GovernanceJson.readRecord(Path.of(files.get(1))) : SyntheticCounty.withSeed(1).township(0, 0, 0);
            LocalDate date = asOf == null ? today : asOf;
            out.println("检查 / checking " + lines + " as of " + date + (asOf == null ? "（今天 / today; --as-of to choose）" : ""));
            StreamSummary s = check(lines, township, date, out);
            if (s.badLines() > 0) {
                out.printf("有 %,d 行无法读取，退出状态 2 / %,d bad line(s): exit status 2%n", s.badLines(), s.badLines());
                return 2;
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            out.println("无法读取文件 / cannot read a file: " + e.getMessage());
            return 1;
        }
    }

    private static int demo(PrintStream out, int tickets, LocalDate asOf) throws IOException {
        RuleOfLawRecord township = SyntheticCounty.withSeed(1).township(0, 0, tickets);
        Path dir = Files.createTempDirectory("fazhi-stream");
        Path lines = dir.resolve("tickets.jsonl");
        try {
            StringBuilder sb = new StringBuilder();
            township.hotlineTickets().forEach(t -> sb.append(GovernanceJson.writeLine(t)).append('\n'));
            // the planted bad lines: a truncated object, and a ticket whose id repeats the first one's
            sb.append("{\"id\":\"broken\",\n").append(GovernanceJson.writeLine(township.hotlineTickets().get(0))).append('\n');
            Files.writeString(lines, sb.toString());
            out.printf("已生成 / wrote %,d synthetic tickets and %d planted bad lines to %s (deleted when done)%n", tickets, PLANTED_BAD_LINES, lines);
            StreamSummary s = check(lines, township, asOf, out);
            if (s.badLines() != PLANTED_BAD_LINES) {
                out.printf("预期 %d 行坏行，实际 %,d 行，退出状态 2 / expected the %d planted bad lines, found %,d: exit status 2%n",
                        PLANTED_BAD_LINES, s.badLines(), PLANTED_BAD_LINES, s.badLines());
                return 2;
            }
            out.println("两行坏行均为预先植入，退出状态 0 / both bad lines are the planted ones: exit status 0");
            return 0;
        } finally {
            Files.deleteIfExists(lines);
            Files.deleteIfExists(dir);
        }
    }

    private static StreamSummary check(Path lines, RuleOfLawRecord township, LocalDate asOf, PrintStream out) throws IOException {
        AtomicLong failures = new AtomicLong();
        long t0 = System.nanoTime();
        StreamSummary s;
        try (InputStream in = Files.newInputStream(lines)) {
            s = EntityStreamChecker.builder(township, CheckContext.of(asOf)).progressEvery(50_000).build()
                    .evaluateTickets(in, f -> failures.incrementAndGet(), bad -> out.println("  " + bad.describe(Locale.SIMPLIFIED_CHINESE)),
                            n -> out.printf("  已处理 / processed %,d lines (%.1f s)%n", n, (System.nanoTime() - t0) / 1e9));
        }
        out.printf("好行 good %,d · 坏行 bad %,d · 不符合或数据不足 failing or insufficient-data findings %,d%n", s.goodLines(), s.badLines(), failures.get());
        out.println("满意率 satisfaction: " + Indicator.HOTLINE_SATISFACTION_RATE.valueOf(s.tally())
                + " · 办结率 closure: " + Indicator.HOTLINE_CLOSURE_RATE.valueOf(s.tally()));
        out.printf("Done in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
        return s;
    }
}
