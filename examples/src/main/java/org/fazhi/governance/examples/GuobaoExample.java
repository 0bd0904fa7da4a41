package org.fazhi.governance.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.ReportFiles;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleSet;

/**
 * 国宝乡 2023 年示例 / The Guobao 2023 example, end to end: load and validate the township's record,
 * check it against every rule, compute the indicators, audit the declared figures, and write the annual
 * report in every format to one folder.
 *
 * <p>Usage: {@code GuobaoExample [output-folder]} (default {@code fazhi-output/guobao-2023}).
 */
public final class GuobaoExample {
    /** Classpath location of the Guobao 2023 record. */
    public static final String RESOURCE = "/guobao-2023.json";
    /** The record file's path from the repository root, where SARIF viewers look for it. */
    public static final String SOURCE_PATH = "examples/src/main/resources/guobao-2023.json";
    /** The checks are made as of the report's signing date. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 12, 25);

    private GuobaoExample() {}

    /**
     * Loads and validates the bundled Guobao 2023 record.
     *
     * @return the record
     * @throws InvalidRecordException if the bundled file is not a valid record
     */
    public static RuleOfLawRecord load() {
        return GovernanceJson.readRecord(bytes());
    }

    /** The bytes of the bundled Guobao 2023 record, as {@link #load()} reads them. */
    public static byte[] bytes() {
        try (InputStream in = GuobaoExample.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The check report of the Guobao record as of {@link #AS_OF}, in Chinese. */
    public static CheckReport evaluate(RuleOfLawRecord record) {
        return GovernanceRules.all().evaluate(record, CheckContext.of(AS_OF));
    }

    /**
     * Runs the example.
     *
     * @param args optional output folder
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        Path out = Path.of(args.length > 0 ? args[0] : "fazhi-output/guobao-2023");
        long t0 = System.nanoTime();
        System.out.println("[1/5] 读取并校验记录 / loading and validating " + RESOURCE.substring(1)
                + " (examples/src/main/resources) ...");
        RuleOfLawRecord record = load();
        System.out.println("[2/5] 规则检查 / checking " + GovernanceRules.all().rules().size() + " rules as of " + AS_OF + " ...");
        RuleSet rules = GovernanceRules.all();
        CheckContext context = CheckContext.of(AS_OF);
        CheckReport check = rules.evaluate(record, context);
        System.out.println("[3/5] 计算指标 / computing " + Indicator.values().length + " indicators ...");
        IndicatorSheet sheet = Indicators.sheet(record, context);
        System.out.println("[4/5] 生成报告 / building the annual report ...");
        AnnualRuleOfLawReport report = AnnualReports.build(record, check, sheet);
        System.out.println("[5/5] 写出文件 / writing to " + out.toAbsolutePath() + " ...");
        List<Path> files = ReportFiles.writeAll(out, report, check, rules, SOURCE_PATH, bytes());

        System.out.println();
        System.out.printf("%s %d 年 / %s: %s%n", record.unit().name(), record.year(), "rule check",
                check.isPassing() ? "通过 PASSING (no unwaived error)" : "未通过 FAILING");
        System.out.printf("  通过 pass %d · 不符合 fail %d · 数据不足 insufficient data %d · 不适用 not applicable %d%n",
                check.count(Outcome.PASS), check.failures().size(), check.count(Outcome.INSUFFICIENT_DATA), check.count(Outcome.NOT_APPLICABLE));
        System.out.println();
        System.out.println("关键指标 / key indicators (value · source):");
        for (IndicatorResult r : sheet.results()) {
            if (r.source() != IndicatorSource.UNAVAILABLE) {
                System.out.printf("  %-38s %-12s %s%s%n", r.id(), r.display(), r.source().en(),
                        r.agrees().map(a -> a ? "" : "  ≠ declared").orElse(""));
            }
        }
        System.out.println();
        System.out.println("不符合 / failures:");
        for (Finding f : check.failures()) {
            System.out.println("  " + f.line(Locale.SIMPLIFIED_CHINESE));
        }
        System.out.println();
        System.out.println("数据无法证明 / what the data cannot show: " + check.count(Outcome.INSUFFICIENT_DATA)
                + " checks (see report section 二)");
        System.out.println();
        System.out.println("报告文件 / report files:");
        files.forEach(p -> System.out.println("  " + p));
        System.out.printf("Done in %.1f s.%n", (System.nanoTime() - t0) / 1e9);
    }
}
