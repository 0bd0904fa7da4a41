package org.fazhi.governance.report;

import static org.fazhi.governance.report.Text.html;
import static org.fazhi.governance.report.Text.pick;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.IndicatorUnit;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.rules.Outcome;

/**
 * HTML 报告 / Renders the annual report as one self-contained HTML page that reads on a phone, a desktop
 * and on paper: rates against their targets, village coverage, the hotline funnel, the grid hierarchy and,
 * where cases are recorded, the enforcement-case funnel, as charts made of plain HTML and CSS.
 *
 * <p>No external assets, scripts or web fonts. The font stack names the Chinese system fonts of Windows
 * (微软雅黑), macOS (PingFang SC) and Linux (Noto Sans CJK SC, WenQuanYi), so characters never fall back
 * to boxes where one of them is installed. A bar is green when its value meets its target, red when it
 * misses it, amber when the report declares a value that meets the target but gives no counts to verify
 * it, and grey when there is no target; the status is also written out, so colour is never the only
 * sign. Below 600 px the tables stack into cards and the chart labels go above their bars. The print
 * stylesheet sets A4 pages, keeps tables, charts and list items whole, repeats table heads, and prints
 * bars in darker colours with a hatch for misses, so they read on a black-and-white printer. Every piece
 * of record text is escaped. Deterministic.
 */
public final class HtmlRenderer {
    /** The font stack: Windows, macOS, Linux CJK fonts, then generic. */
    static final String FONTS = "'Microsoft YaHei','微软雅黑','PingFang SC','Hiragino Sans GB','Noto Sans CJK SC','Noto Sans SC',"
            + "'Source Han Sans SC','Source Han Sans CN','WenQuanYi Micro Hei','Heiti SC',system-ui,-apple-system,'Segoe UI',Roboto,sans-serif";

    private static final String CSS = ":root{--ink:#1f2328;--muted:#57606a;--accent:#b22222;--meets:#1a7f37;--misses:#cf222e;"
            + "--unverified:#bf8700;--none:#6e7781;--track:#eaeef2}"
            + "*{box-sizing:border-box}"
            + "body{font-family:" + FONTS + ";max-width:960px;margin:2em auto;padding:0 1em;color:var(--ink);line-height:1.7;overflow-wrap:break-word}"
            + "h1{font-size:1.6em;line-height:1.35;border-bottom:2px solid var(--accent);padding-bottom:.3em}"
            + "h2{color:var(--accent);margin-top:1.6em}h3{margin-top:1.4em}"
            + "table{border-collapse:collapse;width:100%;margin:.6em 0}td,th{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f6f8fa;white-space:nowrap}td.num,td.src{white-space:nowrap}td.num{text-align:right}"
            + ".summary{background:#f6f8fa;padding:.6em 1em;border-left:4px solid var(--accent)}"
            + ".fail{color:var(--misses)}.undecided{color:#9a6700}.pass{color:var(--meets)}.source{color:var(--muted);font-size:.9em}"
            + "figure{margin:1.2em 0}figcaption{font-weight:bold;margin-bottom:.4em}"
            + ".bars{display:grid;grid-template-columns:minmax(9em,17em) minmax(6em,1fr) 16.5em;gap:.3em .8em;align-items:center}"
            + ".bars .label{font-size:.95em}.bars .value{font-size:.9em;white-space:nowrap}"
            + ".track{position:relative;height:1.1em;background:var(--track);border-radius:2px}"
            + ".bar{position:absolute;left:0;top:0;bottom:0;border-radius:2px}"
            + ".bar.meets{background:var(--meets)}.bar.misses{background:var(--misses)}.bar.unverified{background:var(--unverified)}"
            + ".bar.no-target{background:var(--none)}"
            + ".target{position:absolute;top:-.3em;bottom:-.3em;width:2px;margin-left:-1px;background:var(--ink)}"
            + ".status{font-size:.85em;padding:0 .35em;border-radius:3px;margin-left:.3em;color:#fff}"
            + ".status.meets{background:var(--meets)}.status.misses{background:var(--misses)}.status.unverified{background:var(--unverified)}"
            + ".status.no-target{background:var(--none)}"
            + ".legend{font-size:.85em;color:var(--muted);margin:.2em 0 .6em}.legend .swatch{display:inline-block;width:.9em;height:.9em;"
            + "vertical-align:-.1em;margin:0 .25em 0 .8em;border-radius:2px}"
            + ".swatch.meets{background:var(--meets)}.swatch.misses{background:var(--misses)}.swatch.unverified{background:var(--unverified)}"
            + ".swatch.no-target{background:var(--none)}"
            + ".tree{display:flex;flex-wrap:wrap;align-items:center;gap:.4em}"
            + ".node{border:1px solid var(--accent);background:#fdf2f2;border-radius:6px;padding:.4em .9em;text-align:center;min-width:7em}"
            + ".node .count{display:block;font-size:1.3em;font-weight:bold}.arrow{color:var(--accent);font-weight:bold}"
            + ".signature{text-align:right}"
            + "@media screen and (max-width:600px){body{margin:1em auto;padding:0 .75em}h1{font-size:1.3em}"
            + ".bars{grid-template-columns:minmax(0,1fr);gap:.15em}.bars .label{margin-top:.5em}.bars .value{white-space:normal}"
            + "table.figures thead{display:none}table.figures,table.figures tbody,table.figures tr,table.figures td{display:block;width:100%}"
            + "table.figures tr{border:1px solid #d0d7de;margin:.5em 0;padding:.3em .5em}table.figures td{border:none;padding:.1em 0;text-align:left;"
            + "white-space:normal;overflow-wrap:anywhere}table.figures td:empty{display:none}table.figures td::before{content:attr(data-label) '：';color:var(--muted)}"
            + ".arrow{display:none}.node{flex:1 1 40%}}"
            + "@media print{@page{size:A4;margin:16mm 14mm}"
            + "body{max-width:none;margin:0;padding:0;font-size:10.5pt;line-height:1.55}"
            + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
            + ":root{--meets:#0b5d1e;--misses:#a40e26;--unverified:#7d5a00;--none:#424a53;--track:#d8dee4}"
            + "table,figure,tr,li,.summary,.node{break-inside:avoid;page-break-inside:avoid}thead{display:table-header-group}"
            + "h2,h3,figcaption{break-after:avoid;page-break-after:avoid}"
            + ".bar.misses{background:repeating-linear-gradient(45deg,var(--misses) 0 3px,#e8a0a8 3px 6px)}"
            + ".track{border:1px solid #8c959f}section{break-inside:auto}}";

    private HtmlRenderer() {}

    /**
     * Renders a report.
     *
     * @param report the report
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the HTML document
     */
    public static String render(AnnualRuleOfLawReport report, Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Bilingual.isChinese(locale) ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(html(report.title(locale)))
                .append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(html(report.title(locale))).append("</h1>\n");
        sb.append("<p class=\"summary\">").append(pick(locale, "截至 ", "Checked as of ")).append(report.asOf()).append(pick(locale, "，规则检查结论：", ": "))
                .append("<strong class=\"").append(report.passing() ? "pass" : "fail").append("\">")
                .append(report.passing() ? pick(locale, "通过", "passing") : pick(locale, "未通过", "failing")).append("</strong>")
                .append(pick(locale, "。通过 ", ". Pass ")).append(report.checkSummary().get("PASS"))
                .append(pick(locale, "，不符合 ", ", fail ")).append(report.checkSummary().get("FAIL"))
                .append(pick(locale, "，数据不足 ", ", insufficient data ")).append(report.checkSummary().get("INSUFFICIENT_DATA"))
                .append(pick(locale, "，不适用 ", ", not applicable ")).append(report.checkSummary().get("NOT_APPLICABLE"))
                .append(pick(locale, "，已豁免 ", ", waived ")).append(report.checkSummary().get("WAIVED")).append(pick(locale, "。", ".")).append("</p>\n");
        report.calendarNote(locale).ifPresent(note -> sb.append("<p class=\"summary undecided\">").append(html(note)).append("</p>\n"));

        sb.append("<h2>").append(pick(locale, "一、主要工作完成情况", "1. Main work and results")).append("</h2>\n");
        sb.append(Charts.rates(report, locale));
        sb.append(Charts.coverage(report, locale));
        for (ReportSection s : report.sections()) {
            sb.append("<section id=\"").append(html(s.id().id())).append("\">\n<h3>").append(html(s.title(locale))).append("</h3>\n");
            if (!s.facts(locale).isEmpty()) {
                sb.append("<ul>\n");
                s.facts(locale).forEach(f -> sb.append("<li>").append(html(f)).append("</li>\n"));
                sb.append("</ul>\n");
            }
            if (s.id() == ReportSectionId.SERVICES_AND_HOTLINE) {
                sb.append(Charts.grid(report, locale)).append(Charts.funnel(report, locale));
            }
            if (s.id() == ReportSectionId.DECISIONS_AND_ENFORCEMENT) {
                sb.append(Charts.caseFunnel(report, locale));
            }
            if (!s.lines().isEmpty()) {
                String[] heads = {pick(locale, "指标", "Indicator"), pick(locale, "数值", "Value"), pick(locale, "来源", "Source"),
                    pick(locale, "目标", "Target"), pick(locale, "原文", "Quote")};
                sb.append("<table class=\"figures\">\n<thead><tr>");
                for (String h : heads) {
                    sb.append("<th>").append(h).append("</th>");
                }
                sb.append("</tr></thead>\n<tbody>\n");
                for (ReportLine l : s.lines()) {
                    boolean differs = l.agreesWithDeclared().map(a -> !a).orElse(false);
                    sb.append("<tr data-indicator=\"").append(html(l.indicatorId())).append("\"><td data-label=\"").append(heads[0]).append("\">")
                            .append(html(l.label(locale))).append("</td><td data-label=\"").append(heads[1]).append("\" class=\"num")
                            .append(differs ? " fail" : "").append("\">").append(html(l.value()))
                            .append(differs ? pick(locale, "（与声明不符）", " (differs from declared)") : "").append("</td><td data-label=\"")
                            .append(heads[2]).append("\" class=\"source src\">").append(html(Text.source(l.source(), locale))).append("</td><td data-label=\"")
                            .append(heads[3]).append("\" class=\"num\">").append(html(Text.target(l))).append("</td><td data-label=\"")
                            .append(heads[4]).append("\" class=\"source\">").append(html(l.quote().orElse(""))).append("</td></tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            }
            if (s.checksPassed() + s.checksFailed() + s.checksUndecided() > 0) {
                sb.append("<p class=\"source\">").append(pick(locale, "相关规则检查：", "Related checks: ")).append("<span class=\"pass\">")
                        .append(pick(locale, "通过 ", "pass ")).append(s.checksPassed()).append("</span>").append(pick(locale, "，", ", "))
                        .append("<span class=\"fail\">").append(pick(locale, "不符合 ", "fail ")).append(s.checksFailed()).append("</span>")
                        .append(pick(locale, "，", ", ")).append("<span class=\"undecided\">").append(pick(locale, "数据不足 ", "insufficient data "))
                        .append(s.checksUndecided()).append("</span>").append(pick(locale, "。", ".")).append("</p>\n");
            }
            sb.append("</section>\n");
        }

        sb.append("<h2>").append(pick(locale, "二、存在问题及短板", "2. Problems and shortcomings")).append("</h2>\n");
        if (!report.declaredShortcomings().isEmpty()) {
            sb.append("<h3>").append(pick(locale, "单位自述", "In the unit's words")).append("</h3>\n<ul>\n");
            report.declaredShortcomings().forEach(x -> sb.append("<li>").append(html(x)).append("</li>\n"));
            sb.append("</ul>\n");
        }
        sb.append("<h3>").append(pick(locale, "规则检查发现的问题", "Failed checks")).append("</h3>\n");
        failures(sb, report, locale);
        sb.append("<h3>").append(pick(locale, "数据无法证明的事项", "What the data cannot show")).append("</h3>\n");
        undecided(sb, report, locale);

        sb.append("<h2>").append(pick(locale, "三、更好推进贯彻落实的意见建议", "3. Recommendations")).append("</h2>\n<ul>\n");
        report.declaredRecommendations().forEach(x -> sb.append("<li>").append(html(x)).append("</li>\n"));
        Set<String> fixes = new LinkedHashSet<>();
        report.issues().stream().filter(i -> i.outcome() == Outcome.FAIL).forEach(i -> fixes.add(i.remediation(locale)));
        fixes.forEach(x -> sb.append("<li class=\"fail\">").append(html(x)).append("</li>\n"));
        sb.append("</ul>\n");
        sb.append("<p class=\"signature\">").append(html(report.unitName())).append(pick(locale, "人民政府", " People's Government")).append("<br>")
                .append(report.signedOn().map(String::valueOf).orElse(pick(locale, "（未记录落款日期）", "(no signing date recorded)"))).append("</p>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    /**
     * The failures. In Chinese each is named by its rule's Chinese name and placed in words; the rule id
     * and the JSON path, which mean something to the system's developers, stay in attributes.
     */
    private static void failures(StringBuilder sb, AnnualRuleOfLawReport report, Locale locale) {
        List<ReportIssue> list = report.issues().stream().filter(i -> i.outcome() == Outcome.FAIL).collect(Collectors.toList());
        if (list.isEmpty()) {
            sb.append("<p>").append(pick(locale, "未发现不符合规定的情况。", "No check failed.")).append("</p>\n");
            return;
        }
        sb.append("<ol>\n");
        for (ReportIssue i : list) {
            sb.append("<li class=\"fail\" data-rule=\"").append(html(i.ruleId())).append("\" data-path=\"").append(html(i.path().isEmpty() ? "/" : i.path()))
                    .append("\">");
            if (Bilingual.isChinese(locale)) {
                sb.append("<strong>").append(html(i.ruleNameZh())).append("</strong>（").append(i.severity().zh()).append("）：")
                        .append(html(i.messageZh())).append("<br><span class=\"source\">位置：").append(html(i.locationZh())).append("；依据：")
                        .append(html(i.citationZh())).append("</span>");
            } else {
                sb.append("<code>").append(html(i.ruleId())).append("</code> [").append(i.severity().name()).append("] ").append(html(i.messageEn()))
                        .append("<br><span class=\"source\">at <code>").append(html(i.location(locale))).append("</code>; source: ")
                        .append(html(i.citationEn())).append("</span>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    /** The undecided checks, one line per shared cause. */
    private static void undecided(StringBuilder sb, AnnualRuleOfLawReport report, Locale locale) {
        List<ReportIssue> list = report.issues().stream().filter(i -> i.outcome() == Outcome.INSUFFICIENT_DATA).collect(Collectors.toList());
        if (list.isEmpty()) {
            sb.append("<p>").append(pick(locale, "所有检查均有足够数据。", "Every check had enough data.")).append("</p>\n");
            return;
        }
        sb.append("<ol>\n");
        for (List<ReportIssue> group : Text.byCause(list, locale)) {
            ReportIssue first = group.get(0);
            sb.append("<li class=\"undecided\" data-rule=\"").append(html(group.stream().map(ReportIssue::ruleId).collect(Collectors.joining(" "))))
                    .append("\" data-path=\"").append(html(first.path().isEmpty() ? "/" : first.path())).append("\">");
            if (first.cause(locale).isPresent()) {
                sb.append(html(Text.causeLine(group, locale))).append("<br><span class=\"source\">").append(pick(locale, "涉及规则：", "Rules: "))
                        .append(html(group.stream().map(i -> Bilingual.isChinese(locale) ? i.ruleNameZh() : i.ruleId()).collect(Collectors.joining(pick(locale, "；", "; ")))))
                        .append("</span>");
            } else {
                sb.append("<strong>").append(html(first.ruleName(locale))).append("</strong>").append(pick(locale, "：", ": "))
                        .append(html(Text.undecided(first, locale))).append("<br><span class=\"source\">").append(pick(locale, "位置：", "at "))
                        .append(html(first.location(locale))).append("</span>");
            }
            sb.append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    /** Whether a value meets its target, for the bar's colour and the status written beside it. */
    enum Status {
        MEETS("meets", "达标", "meets target"),
        MISSES("misses", "未达标", "misses target"),
        UNVERIFIED("unverified", "声明达标，未核实", "declared, not verified"),
        NO_TARGET("no-target", "无目标", "no target");

        final String css;
        final String zh;
        final String en;

        Status(String css, String zh, String en) {
            this.css = css;
            this.zh = zh;
            this.en = en;
        }

        static Status of(BigDecimal value, Optional<BigDecimal> target, IndicatorSource source) {
            if (target.isEmpty()) {
                return NO_TARGET;
            }
            if (value.compareTo(target.get()) < 0) {
                return MISSES;
            }
            // a rate the report only declares, with no counts behind it, cannot count as met (FIG-UNSUPPORTED-RATE)
            return source == IndicatorSource.DECLARED ? UNVERIFIED : MEETS;
        }
    }

    /** The charts: bars and boxes in HTML and CSS, so they reflow on a phone and print as they show. */
    static final class Charts {
        private Charts() {}

        static Optional<ReportLine> line(AnnualRuleOfLawReport r, String id) {
            return r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.indicatorId().equals(id)).findFirst();
        }

        /** One bar of a chart. */
        static final class Bar {
            final String id;
            final String label;
            final String value;
            final BigDecimal number;
            final Optional<BigDecimal> target;
            final Status status;

            Bar(String id, String label, String value, BigDecimal number, Optional<BigDecimal> target, Status status) {
                this.id = id;
                this.label = label;
                this.value = value;
                this.number = number;
                this.target = target;
                this.status = status;
            }
        }

        static String percent(BigDecimal v, BigDecimal max) {
            if (max.signum() == 0) {
                return "0%";
            }
            double share = Math.max(0, Math.min(1.0, v.doubleValue() / max.doubleValue()));
            return String.format(Locale.ROOT, "%.2f%%", share * 100);
        }

        static String bars(String id, String caption, List<Bar> rows, BigDecimal max, boolean legend, Locale locale) {
            StringBuilder sb = new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-label=\"").append(html(caption))
                    .append("\"><figcaption>").append(html(caption)).append("</figcaption>\n");
            if (legend) {
                sb.append("<div class=\"legend\">");
                for (Status s : Status.values()) {
                    sb.append("<span class=\"swatch ").append(s.css).append("\"></span>").append(pick(locale, s.zh, s.en));
                }
                sb.append(pick(locale, "；竖线为目标。", "; the line marks the target.")).append("</div>\n");
            }
            if (rows.isEmpty()) {
                return sb.append("<p class=\"source\">").append(pick(locale, "无数据", "no data")).append("</p></figure>\n").toString();
            }
            sb.append("<div class=\"bars\">\n");
            for (Bar b : rows) {
                sb.append("<div class=\"label\">").append(html(b.label)).append("</div><div class=\"track\" data-indicator=\"").append(html(b.id))
                        .append("\" data-value=\"").append(b.number.toPlainString()).append("\" data-max=\"").append(max.toPlainString()).append("\">");
                sb.append("<div class=\"bar ").append(b.status.css).append("\" style=\"width:").append(percent(b.number, max)).append("\"></div>");
                b.target.ifPresent(t -> sb.append("<div class=\"target\" style=\"left:").append(percent(t, max)).append("\"></div>"));
                sb.append("</div><div class=\"value\">").append(html(b.value));
                if (b.status != Status.NO_TARGET) {
                    sb.append("<span class=\"status ").append(b.status.css).append("\">").append(pick(locale, b.status.zh, b.status.en)).append("</span>");
                }
                sb.append("</div>\n");
            }
            return sb.append("</div></figure>\n").toString();
        }

        static String rates(AnnualRuleOfLawReport r, Locale locale) {
            List<Bar> rows = new ArrayList<>();
            r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.unit() == IndicatorUnit.PERCENT && l.number().isPresent())
                    .filter(l -> !l.indicatorId().startsWith("coverage.")).forEach(l -> rows.add(new Bar(l.indicatorId(), l.label(locale),
                            l.value() + " · " + Text.source(l.source(), locale), l.number().get(), l.target(),
                            Status.of(l.number().get(), l.target(), l.source()))));
            return bars("chart-rates", pick(locale, "比率与目标", "Rates against their targets"), rows, BigDecimal.valueOf(100), true, locale);
        }

        static String coverage(AnnualRuleOfLawReport r, Locale locale) {
            List<Bar> rows = new ArrayList<>();
            r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.indicatorId().startsWith("coverage.") && l.number().isPresent())
                    .forEach(l -> {
                        Optional<BigDecimal> target = Optional.of(l.target().orElse(BigDecimal.valueOf(100)));
                        rows.add(new Bar(l.indicatorId(), l.label(locale), l.value() + " · " + Text.source(l.source(), locale), l.number().get(), target,
                                Status.of(l.number().get(), target, l.source())));
                    });
            return bars("chart-coverage", pick(locale, "村（社区）覆盖率（目标为全覆盖）", "Coverage of villages (the target is all of them)"), rows,
                    BigDecimal.valueOf(100), false, locale);
        }

        static String grid(AnnualRuleOfLawReport r, Locale locale) {
            String caption = pick(locale, "网格层级", "Grid hierarchy");
            String[][] boxes = {{r.unitName(), ""}, {pick(locale, "一级网格", "level-1 grids"), line(r, "grid.level1Count").map(ReportLine::value).orElse("—")},
                {pick(locale, "二级网格", "level-2 grids"), line(r, "grid.level2Count").map(ReportLine::value).orElse("—")},
                {pick(locale, "网格人员", "grid staff"), line(r, "grid.staffTotal").map(ReportLine::value).orElse("—")}};
            StringBuilder sb = new StringBuilder("<figure class=\"chart\" id=\"chart-grid\" role=\"img\" aria-label=\"").append(caption)
                    .append("\"><figcaption>").append(caption).append("</figcaption>\n<div class=\"tree\">");
            for (int i = 0; i < boxes.length; i++) {
                if (i > 0) {
                    sb.append("<span class=\"arrow\">→</span>");
                }
                sb.append("<div class=\"node\">").append(html(boxes[i][0]));
                if (!boxes[i][1].isEmpty()) {
                    sb.append("<span class=\"count\">").append(html(boxes[i][1])).append("</span>");
                }
                sb.append("</div>");
            }
            return sb.append("</div></figure>\n").toString();
        }

        /**
         * 案件漏斗 / The enforcement-case funnel: cases, decided, served, closed, archived, with the penalties' notice and
         * the decisions' on-time publication rates; nothing when the report has no case count.
         */
        static String caseFunnel(AnnualRuleOfLawReport r, Locale locale) {
            Optional<BigDecimal> top = line(r, "enforcement.cases").flatMap(ReportLine::number);
            if (top.isEmpty() || top.get().signum() == 0 || line(r, "enforcement.casesDecided").isEmpty()) {
                return "";
            }
            String[][] steps = {{"enforcement.cases", "执法案件", "cases"}, {"enforcement.casesDecided", "作出决定", "decided"},
                {"enforcement.casesServed", "送达", "served"}, {"enforcement.casesClosed", "结案", "closed"}, {"enforcement.casesArchived", "归档", "archived"}};
            List<Bar> rows = new ArrayList<>();
            for (String[] st : steps) {
                Optional<ReportLine> l = line(r, st[0]);
                rows.add(new Bar(st[0], pick(locale, st[1], st[2]), l.map(x -> x.value() + " · " + Text.source(x.source(), locale))
                        .orElse(pick(locale, "— 无数据", "— no data")), l.flatMap(ReportLine::number).orElse(BigDecimal.ZERO), Optional.empty(),
                        Status.NO_TARGET));
            }
            String[][] rates = {{"enforcement.priorNoticeRate", "事先告知率", "prior notice rate"},
                {"enforcement.disclosedOnTimeRate", "按时公开率", "disclosed on time"}, {"enforcement.correctionRate", "被纠错率", "corrected"}};
            for (String[] rt : rates) {
                line(r, rt[0]).filter(l -> l.number().isPresent()).ifPresent(l -> rows.add(new Bar(rt[0], pick(locale, rt[1], rt[2]),
                        l.value() + " · " + Text.source(l.source(), locale),
                        l.number().get().multiply(top.get()).divide(BigDecimal.valueOf(100), 4, java.math.RoundingMode.HALF_UP), Optional.empty(),
                        Status.NO_TARGET)));
            }
            return bars("chart-cases", pick(locale, "执法案件漏斗（案件→决定→送达→结案→归档，以案件数为满格）",
                    "Case funnel (cases → decided → served → closed → archived; a full bar is the cases)"), rows, top.get(), false, locale);
        }

        static String funnel(AnnualRuleOfLawReport r, Locale locale) {
            String[][] steps = {{"hotline.ticketsHandled", "受理", "received"}, {"hotline.responded", "响应", "responded"}, {"hotline.closed", "办结", "closed"},
                {"hotline.rated", "评价", "rated"}, {"hotline.satisfied", "满意", "satisfied"}};
            BigDecimal top = line(r, "hotline.ticketsHandled").flatMap(ReportLine::number).orElse(BigDecimal.ZERO);
            List<Bar> rows = new ArrayList<>();
            for (String[] s : steps) {
                Optional<ReportLine> l = line(r, s[0]);
                rows.add(new Bar(s[0], pick(locale, s[1], s[2]), l.map(x -> x.value() + " · " + Text.source(x.source(), locale)).orElse(pick(locale, "— 无数据", "— no data")),
                        l.flatMap(ReportLine::number).orElse(BigDecimal.ZERO), Optional.empty(), Status.NO_TARGET));
            }
            return bars("chart-hotline", pick(locale, "热线工单漏斗（受理→响应→办结→评价→满意，以受理件数为满格）",
                    "Hotline funnel (received → responded → closed → rated → satisfied; a full bar is the tickets received)"), rows,
                    top.signum() == 0 ? BigDecimal.ONE : top, false, locale);
        }
    }
}
