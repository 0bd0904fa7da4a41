package org.fazhi.governance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.ReportFiles;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi report RECORD.json -o DIR}: the annual report in every format. */
@Command(mixinStandardHelpOptions = true, name = "report", description = {"生成年度报告（Markdown、HTML、JSON、SARIF）。", "Writes the annual report in every format."})
class ReportCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    @Parameters(paramLabel = "RECORD.json", description = "the record / 记录文件")
    Path record;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "the folder to write to / 输出目录")
    Path dir;

    @Option(names = "--as-of", paramLabel = "DATE", description = "as of this date / 检查日期")
    LocalDate asOf;

    @Override
    public Integer call() {
        RuleOfLawRecord r = Options.record(record);
        LocalDate date = Options.asOf(asOf, r);
        RuleSet rules = GovernanceRules.all();
        CheckContext context = CheckContext.of(date);
        CheckReport check = rules.evaluate(r, context);
        List<Path> files = ReportFiles.writeAll(dir, AnnualReports.build(r, check, Indicators.sheet(r, context)), check, rules,
                Options.uri(record), Options.bytes(record));
        files.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return Fazhi.OK;
    }
}
