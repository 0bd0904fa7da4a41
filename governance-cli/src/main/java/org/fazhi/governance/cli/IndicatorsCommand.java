package org.fazhi.governance.cli;

import java.util.List;

import java.util.ArrayList;

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
        List<String[]> rows = new ArrayList<>();
        rows.add(zh ? new String[] {"指标", "数值", "来源", "名称"} : new String[] {"indicator", "value", "source", "name"});
        for (IndicatorResult x : sheet.results()) {
            if (!all && x.source() == IndicatorSource.UNAVAILABLE) {
                continue;
            }
            rows.add(new String[] {x.id(), x.display(), zh ? x.source().zh() : x.source().en(), (zh ? x.zh() : x.en())
                    + x.agrees().map(a -> a ? "" : zh ? "（与声明不符）" : " (differs from the declared figure)").orElse("")});
        }
        int[] widths = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - width(row[c]) + 2));
            }
            out.println(line.append(row[3]));
        }
        out.flush();
        return Fazhi.OK;
    }

    /** The columns a text takes in a terminal: two for a wide (CJK) character, one for any other. */
    static int width(String text) {
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60) ? 2 : 1).sum();
    }
}
