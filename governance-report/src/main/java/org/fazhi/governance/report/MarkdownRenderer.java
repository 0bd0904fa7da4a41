package org.fazhi.governance.report;

import static org.fazhi.governance.report.Text.md;
import static org.fazhi.governance.report.Text.pick;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.rules.Outcome;

/**
 * Markdown 报告 / Renders the annual report as Markdown, in Chinese or English. Deterministic; all record
 * text is escaped.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the Markdown text
     */
    public static String render(AnnualRuleOfLawReport report, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(md(report.title(locale))).append("\n\n");
        sb.append(pick(locale, "> 截至 ", "> Checked as of ")).append(report.asOf()).append(pick(locale, "，规则检查结论：", ": "))
                .append(report.passing() ? pick(locale, "**通过**（无未豁免的错误）", "**passing** (no unwaived error)")
                        : pick(locale, "**未通过**", "**failing**"))
                .append(pick(locale, "。通过 ", ". Pass ")).append(report.checkSummary().get(Outcome.PASS.name()))
                .append(pick(locale, "，不符合 ", ", fail ")).append(report.checkSummary().get(Outcome.FAIL.name()))
                .append(pick(locale, "，数据不足 ", ", insufficient data ")).append(report.checkSummary().get(Outcome.INSUFFICIENT_DATA.name()))
                .append(pick(locale, "，不适用 ", ", not applicable ")).append(report.checkSummary().get(Outcome.NOT_APPLICABLE.name()))
                .append(pick(locale, "，已豁免 ", ", waived ")).append(report.checkSummary().get("WAIVED")).append(pick(locale, "。\n\n", ".\n\n"));
        report.calendarNote(locale).ifPresent(note -> sb.append("> ").append(md(note)).append("\n\n"));

        sb.append("## ").append(pick(locale, "一、主要工作完成情况", "1. Main work and results")).append("\n\n");
        for (ReportSection s : report.sections()) {
            sb.append("### ").append(md(s.title(locale))).append("\n\n");
            for (String f : s.facts(locale)) {
                sb.append("- ").append(md(f)).append('\n');
            }
            if (!s.facts(locale).isEmpty()) {
                sb.append('\n');
            }
            if (!s.lines().isEmpty()) {
                sb.append(pick(locale, "| 指标 | 数值 | 来源 | 目标 | 原文 |\n|---|---:|---|---:|---|\n",
                        "| Indicator | Value | Source | Target | Quote |\n|---|---:|---|---:|---|\n"));
                for (ReportLine l : s.lines()) {
                    sb.append("| ").append(md(l.label(locale))).append(" | ").append(md(l.value()))
                            .append(l.agreesWithDeclared().map(a -> a ? "" : pick(locale, "（与声明不符）", " (differs from declared)")).orElse(""))
                            .append(" | ").append(Text.source(l.source(), locale)).append(" | ")
                            .append(Text.target(l)).append(" | ")
                            .append(l.quote().map(Text::md).orElse("")).append(" |\n");
                }
                sb.append('\n');
            }
            if (s.checksPassed() + s.checksFailed() + s.checksUndecided() > 0) {
                sb.append(pick(locale, "相关规则检查：通过 ", "Related checks: pass ")).append(s.checksPassed())
                        .append(pick(locale, "，不符合 ", ", fail ")).append(s.checksFailed())
                        .append(pick(locale, "，数据不足 ", ", insufficient data ")).append(s.checksUndecided()).append(pick(locale, "。\n\n", ".\n\n"));
            }
        }

        sb.append("## ").append(pick(locale, "二、存在问题及短板", "2. Problems and shortcomings")).append("\n\n");
        if (!report.declaredShortcomings().isEmpty()) {
            sb.append("### ").append(pick(locale, "单位自述", "In the unit's words")).append("\n\n");
            report.declaredShortcomings().forEach(x -> sb.append("- ").append(md(x)).append('\n'));
            sb.append('\n');
        }
        sb.append("### ").append(pick(locale, "规则检查发现的问题", "Failed checks")).append("\n\n");
        int n = 0;
        for (ReportIssue i : report.issues()) {
            if (i.outcome() == Outcome.FAIL) {
                if (Bilingual.isChinese(locale)) {
                    sb.append(++n).append(". **").append(md(i.ruleNameZh())).append("**（").append(i.severity().zh()).append("）：")
                            .append(md(i.messageZh())).append("（位置：").append(md(i.locationZh())).append("；依据：").append(md(i.citationZh()))
                            .append("）\n");
                } else {
                    sb.append(++n).append(". **").append(i.ruleId()).append("** [").append(i.severity().name()).append("] ")
                            .append(md(i.messageEn())).append(" (at `").append(i.location(locale)).append("`; source: ").append(md(i.citationEn()))
                            .append(")\n");
                }
            }
        }
        if (n == 0) {
            sb.append(pick(locale, "未发现不符合规定的情况。\n", "No check failed.\n"));
        }
        sb.append('\n').append("### ").append(pick(locale, "数据无法证明的事项", "What the data cannot show")).append("\n\n");
        int m = 0;
        List<ReportIssue> undecided = new ArrayList<>();
        report.issues().stream().filter(i -> i.outcome() == Outcome.INSUFFICIENT_DATA).forEach(undecided::add);
        for (List<ReportIssue> group : Text.byCause(undecided, locale)) {
            ReportIssue i = group.get(0);
            sb.append(++m).append(". ");
            if (i.cause(locale).isPresent()) {
                sb.append(md(Text.causeLine(group, locale)));
                if (!Bilingual.isChinese(locale)) {
                    sb.append(" (").append(group.stream().map(ReportIssue::ruleId).collect(Collectors.joining(", "))).append(')');
                }
            } else {
                sb.append("**").append(Bilingual.isChinese(locale) ? md(i.ruleNameZh()) : i.ruleId()).append(pick(locale, "**：", "**: ")).append(md(Text.undecided(i, locale)));
            }
            sb.append('\n');
        }
        if (m == 0) {
            sb.append(pick(locale, "所有检查均有足够数据。\n", "Every check had enough data.\n"));
        }

        sb.append('\n').append("## ").append(pick(locale, "三、更好推进贯彻落实的意见建议", "3. Recommendations")).append("\n\n");
        report.declaredRecommendations().forEach(x -> sb.append("- ").append(md(x)).append('\n'));
        Set<String> fixes = new LinkedHashSet<>();
        report.issues().stream().filter(i -> i.outcome() == Outcome.FAIL).forEach(i -> fixes.add(i.remediation(locale)));
        if (!fixes.isEmpty()) {
            sb.append('\n').append(pick(locale, "针对检查发现的问题：\n\n", "For the failed checks:\n\n"));
            fixes.forEach(x -> sb.append("- ").append(md(x)).append('\n'));
        }
        sb.append('\n').append(md(report.unitName())).append(pick(locale, "人民政府", " People's Government")).append("  \n");
        sb.append(report.signedOn().map(String::valueOf).orElse(pick(locale, "（未记录落款日期）", "(no signing date recorded)"))).append('\n');
        return sb.toString();
    }
}
