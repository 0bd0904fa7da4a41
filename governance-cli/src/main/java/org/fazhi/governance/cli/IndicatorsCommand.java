package org.fazhi.governance.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi indicators RECORD.json}: every indicator with its value and where it comes from. */
@Command(mixinStandardHelpOptions = true, name = "indicators", description = {"计算记录的指标。", "Computes a record's indicators."})
class IndicatorsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    @Parameters(paramLabel = "RECORD.json", description = "the record / 记录文件")
    Path record;

    @Option(names = "--as-of", paramLabel = "DATE", description = "as of this date / 计算日期")
    LocalDate asOf;

    @Option(names = "--all", description = "also the indicators nothing in the record gives / 同时列出无数据的指标")
    boolean all;

    @Override
    public Integer call() {
        RuleOfLawRecord r = Options.record(record);
        IndicatorSheet sheet = Indicators.sheet(r, Options.asOf(asOf, r));
        boolean zh = options.lang == Options.Lang.zh;
        var out = spec.commandLine().getOut();
        for (IndicatorResult x : sheet.results()) {
            if (!all && x.source() == IndicatorSource.UNAVAILABLE) {
                continue;
            }
            out.printf("%-44s %-12s %-10s %s%s%n", x.id(), x.display(), zh ? x.source().zh() : x.source().en(), zh ? x.zh() : x.en(),
                    x.agrees().map(a -> a ? "" : zh ? "（与声明不符）" : " (differs from the declared figure)").orElse(""));
        }
        out.flush();
        return Fazhi.OK;
    }
}
