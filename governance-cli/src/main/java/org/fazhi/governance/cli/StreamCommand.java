package org.fazhi.governance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.stream.EntityStreamChecker;
import org.fazhi.governance.stream.StreamSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi stream TICKETS.jsonl --township RECORD.json}: hotline tickets (or cases) one line at a time, in bounded memory. */
@Command(mixinStandardHelpOptions = true, name = "stream", description = {"逐行检查 JSON Lines 格式的热线工单（或执法案件）。", "Checks JSON Lines hotline tickets (or cases) one line at a time."})
class StreamCommand implements Callable<Integer> {
    private static final int SHOWN = 1000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    @Parameters(paramLabel = "TICKETS.jsonl", description = "one JSON ticket (or case) per line / 每行一条 JSON")
    Path lines;

    @Option(names = "--township", paramLabel = "RECORD.json", required = true, description = "the township's record: staff, grids, villages / 乡镇记录（参照数据）")
    Path township;

    @Option(names = "--cases", description = "the lines are enforcement cases, not tickets / 每行是执法案件")
    boolean cases;

    @Option(names = "--as-of", paramLabel = "DATE", description = "check as of this date / 检查日期")
    LocalDate asOf;

    @Option(names = "--fail-on", description = "error, warning or info (default: ${DEFAULT-VALUE}) / 退出码 1 的阈值", defaultValue = "error")
    Options.FailOn failOn;

    @Option(names = "--progress-every", paramLabel = "LINES", description = "a progress line every so many lines (default: ${DEFAULT-VALUE}) / 进度行间隔",
            defaultValue = "100000")
    long every;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleOfLawRecord ref = Options.record(township);
        boolean zh = options.lang == Options.Lang.zh;
        AtomicLong shown = new AtomicLong();
        AtomicLong failing = new AtomicLong();
        long t0 = System.nanoTime();
        StreamSummary s;
        if (!Files.exists(lines)) {
            throw new NoSuchFileException(lines + ": no such file / 文件不存在");
        }
        try (InputStream in = Files.newInputStream(lines)) {
            EntityStreamChecker checker = EntityStreamChecker.builder(ref, CheckContext.of(Options.asOf(asOf, ref))).progressEvery(Math.max(1, every)).build();
            java.util.function.Consumer<org.fazhi.governance.stream.LineFinding> onFinding = lf -> {
                if (lf.finding().outcome() == Outcome.FAIL && lf.finding().waiver().isEmpty() && Options.fails(lf.finding().severity(), failOn)) {
                    failing.incrementAndGet();
                }
                if (shown.getAndIncrement() < SHOWN) {
                    out.println(lines + ":" + lf.line() + ": " + lf.finding().line(options.locale()));
                }
            };
            java.util.function.Consumer<org.fazhi.governance.stream.BadLine> onBad = bad -> err.println(lines + ": " + bad.describe(options.locale()));
            java.util.function.LongConsumer progress = n -> {
                err.printf(zh ? "已处理 %,d 行（%.1f 秒）%n" : "processed %,d lines (%.1f s)%n", n, (System.nanoTime() - t0) / 1e9);
                err.flush();
            };
            s = cases ? checker.evaluateCases(in, onFinding, onBad, progress) : checker.evaluateTickets(in, onFinding, onBad, progress);
        }
        if (shown.get() > SHOWN) {
            out.println((zh ? "……另有 " : "… and ") + (shown.get() - SHOWN) + (zh ? " 项发现未列出" : " more findings not shown"));
        }
        out.printf(zh ? "好行 %,d · 坏行 %,d · 达到阈值的不符合 %,d%n" : "good lines %,d · bad lines %,d · failures at or above the threshold %,d%n",
                s.goodLines(), s.badLines(), failing.get());
        if (!cases) {
            out.println((zh ? "满意率 " : "satisfaction ") + Indicator.HOTLINE_SATISFACTION_RATE.valueOf(s.tally()) + (zh ? " · 办结率 " : " · closure ")
                    + Indicator.HOTLINE_CLOSURE_RATE.valueOf(s.tally()));
        }
        out.flush();
        if (s.badLines() > 0) {
            // a pipeline must not take a stream with bad lines for a clean one: bad input wins over findings
            return Fazhi.BAD_INPUT;
        }
        return failing.get() > 0 ? Fazhi.FINDINGS : Fazhi.OK;
    }
}
