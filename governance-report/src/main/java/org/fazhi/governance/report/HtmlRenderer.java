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
import org.fazhi.governance.rules.Outcome;

/**
 * HTML 报告 / Renders the annual report as one self-contained, print-friendly HTML page with inline SVG
 * charts: rates against their targets, village coverage, the grid hierarchy, the hotline funnel and, where cases are recorded, the
 * enforcement-case funnel.
 *
 * <p>No external assets, scripts or fonts. Every piece of record text is escaped. Deterministic.
 */
public final class HtmlRenderer {
    private static final String CSS = "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;"
            + "max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.6}"
            + "h1{font-size:1.6em;border-bottom:2px solid #b22;padding-bottom:.3em}h2{color:#b22;margin-top:1.6em}"
            + "table{border-collapse:collapse;width:100%;margin:.6em 0}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}"
            + "td.num{text-align:right}.summary{background:#f6f6f6;padding:.6em 1em;border-left:4px solid #b22}"
            + ".fail{color:#b22}.undecided{color:#a60}.pass{color:#272}.chart{margin:1em 0}.source{color:#666;font-size:.9em}"
            + "figure{margin:1em 0}figcaption{font-weight:bold}"
            + "@media print{body{margin:0;max-width:none}h2{page-break-after:avoid}figure,table{page-break-inside:avoid}}";

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
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Text.zh(locale) ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
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
                .append(pick(locale, "，已豁免 ", ", waived ")).append(report.checkSummary().get("WAIVED")).append(".</p>\n");
        report.calendarNote(locale).ifPresent(note -> sb.append("<p class=\"summary undecided\">").append(html(note)).append("</p>\n"));

        sb.append("<h2>").append(pick(locale, "一、主要工作完成情况", "1. Main work and results")).append("</h2>\n");
        sb.append(Charts.rates(report, locale));
        sb.append(Charts.coverage(report, locale));
        for (ReportSection s : report.sections()) {
            sb.append("<section id=\"").append(html(s.id())).append("\">\n<h3>").append(html(s.title(locale))).append("</h3>\n");
            if (!s.facts(locale).isEmpty()) {
                sb.append("<ul>\n");
                s.facts(locale).forEach(f -> sb.append("<li>").append(html(f)).append("</li>\n"));
                sb.append("</ul>\n");
            }
            if (s.id().equals("services-and-hotline")) {
                sb.append(Charts.grid(report, locale)).append(Charts.funnel(report, locale));
            }
            if (s.id().equals("decisions-and-enforcement")) {
                sb.append(Charts.caseFunnel(report, locale));
            }
            if (!s.lines().isEmpty()) {
                sb.append("<table>\n<thead><tr><th>").append(pick(locale, "指标", "Indicator")).append("</th><th>").append(pick(locale, "数值", "Value"))
                        .append("</th><th>").append(pick(locale, "来源", "Source")).append("</th><th>").append(pick(locale, "目标", "Target"))
                        .append("</th><th>").append(pick(locale, "原文", "Quote")).append("</th></tr></thead>\n<tbody>\n");
                for (ReportLine l : s.lines()) {
                    boolean differs = l.agreesWithDeclared().map(a -> !a).orElse(false);
                    sb.append("<tr><td>").append(html(l.label(locale))).append("</td><td class=\"num").append(differs ? " fail" : "").append("\">")
                            .append(html(l.value())).append(differs ? pick(locale, "（与声明不符）", " (differs from declared)") : "").append("</td><td class=\"source\">")
                            .append(html(Text.source(l.source(), locale))).append("</td><td class=\"num\">")
                            .append(l.target().map(BigDecimal::toPlainString).orElse("")).append("</td><td class=\"source\">")
                            .append(html(l.quote().orElse(""))).append("</td></tr>\n");
                }
                sb.append("</tbody>\n</table>\n");
            }
            if (s.checksPassed() + s.checksFailed() + s.checksUndecided() > 0) {
                sb.append("<p class=\"source\">").append(pick(locale, "相关规则检查：", "Related checks: ")).append("<span class=\"pass\">")
                        .append(pick(locale, "通过 ", "pass ")).append(s.checksPassed()).append("</span>, <span class=\"fail\">")
                        .append(pick(locale, "不符合 ", "fail ")).append(s.checksFailed()).append("</span>, <span class=\"undecided\">")
                        .append(pick(locale, "数据不足 ", "insufficient data ")).append(s.checksUndecided()).append("</span></p>\n");
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
        issues(sb, report, locale, Outcome.FAIL, pick(locale, "未发现不符合规定的情况。", "No check failed."));
        sb.append("<h3>").append(pick(locale, "数据无法证明的事项", "What the data cannot show")).append("</h3>\n");
        issues(sb, report, locale, Outcome.INSUFFICIENT_DATA, pick(locale, "所有检查均有足够数据。", "Every check had enough data."));

        sb.append("<h2>").append(pick(locale, "三、更好推进贯彻落实的意见建议", "3. Recommendations")).append("</h2>\n<ul>\n");
        report.declaredRecommendations().forEach(x -> sb.append("<li>").append(html(x)).append("</li>\n"));
        Set<String> fixes = new LinkedHashSet<>();
        report.issues().stream().filter(i -> i.outcome() == Outcome.FAIL).forEach(i -> fixes.add(i.remediation(locale)));
        fixes.forEach(x -> sb.append("<li class=\"fail\">").append(html(x)).append("</li>\n"));
        sb.append("</ul>\n");
        sb.append("<p style=\"text-align:right\">").append(html(report.unitName())).append(pick(locale, "人民政府", " People's Government")).append("<br>")
                .append(report.signedOn().map(String::valueOf).orElse(pick(locale, "（未记录落款日期）", "(no signing date recorded)"))).append("</p>\n");
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void issues(StringBuilder sb, AnnualRuleOfLawReport report, Locale locale, Outcome outcome, String none) {
        List<ReportIssue> list = new ArrayList<>();
        report.issues().stream().filter(i -> i.outcome() == outcome).forEach(list::add);
        if (list.isEmpty()) {
            sb.append("<p>").append(none).append("</p>\n");
            return;
        }
        sb.append("<ol>\n");
        for (ReportIssue i : list) {
            sb.append("<li class=\"").append(outcome == Outcome.FAIL ? "fail" : "undecided").append("\"><code>").append(html(i.ruleId())).append("</code> [")
                    .append(i.severity().name()).append("] ").append(html(i.message(locale))).append("<br><span class=\"source\">")
                    .append(pick(locale, "位置：", "at ")).append("<code>").append(html(i.path().isEmpty() ? "/" : i.path())).append("</code>; ")
                    .append(pick(locale, "依据：", "source: ")).append(html(i.citation(locale))).append("</span></li>\n");
        }
        sb.append("</ol>\n");
    }

    /** The SVG charts. */
    static final class Charts {
        private Charts() {}

        static Optional<ReportLine> line(AnnualRuleOfLawReport r, String id) {
            return r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.indicatorId().equals(id)).findFirst();
        }

        private static String bars(String id, String caption, List<String[]> rows, List<BigDecimal> values, List<Optional<BigDecimal>> targets,
                BigDecimal max, Locale locale) {
            int rowH = 26;
            int height = Math.max(1, rows.size()) * rowH + 10;
            StringBuilder sb = new StringBuilder("<figure class=\"chart\" id=\"").append(id).append("\"><figcaption>").append(html(caption))
                    .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 1000 ")
                    .append(height).append("\"><title>").append(html(caption)).append("</title>\n");
            if (rows.isEmpty()) {
                sb.append("<text x=\"10\" y=\"20\" font-size=\"13\">").append(pick(locale, "无数据", "no data")).append("</text>\n");
            }
            for (int i = 0; i < rows.size(); i++) {
                int y = 5 + i * rowH;
                BigDecimal v = values.get(i);
                double w = max.signum() == 0 ? 0 : Math.min(1.0, v.doubleValue() / max.doubleValue()) * 420;
                sb.append("<text x=\"0\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(html(rows.get(i)[0])).append("</text>\n");
                sb.append("<rect x=\"260\" y=\"").append(y + 3).append("\" width=\"420\" height=\"16\" fill=\"#eee\"/>\n");
                sb.append("<rect x=\"260\" y=\"").append(y + 3).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", w))
                        .append("\" height=\"16\" fill=\"#c33\"/>\n");
                targets.get(i).ifPresent(t -> sb.append("<line x1=\"").append(String.format(Locale.ROOT, "%.1f", 260 + Math.min(1.0, t.doubleValue() / max.doubleValue()) * 420))
                        .append("\" x2=\"").append(String.format(Locale.ROOT, "%.1f", 260 + Math.min(1.0, t.doubleValue() / max.doubleValue()) * 420))
                        .append("\" y1=\"").append(y).append("\" y2=\"").append(y + 22).append("\" stroke=\"#222\" stroke-width=\"2\"/>\n"));
                sb.append("<text x=\"690\" y=\"").append(y + 16).append("\" font-size=\"13\">").append(html(rows.get(i)[1])).append("</text>\n");
            }
            return sb.append("</svg></figure>\n").toString();
        }

        static String rates(AnnualRuleOfLawReport r, Locale locale) {
            List<String[]> rows = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<Optional<BigDecimal>> targets = new ArrayList<>();
            r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.unit().equals("PERCENT") && l.number().isPresent())
                    .filter(l -> !l.indicatorId().startsWith("coverage.")).forEach(l -> {
                        rows.add(new String[] {l.label(locale), l.value() + " · " + Text.source(l.source(), locale)});
                        values.add(l.number().get());
                        targets.add(l.target());
                    });
            return bars("chart-rates", pick(locale, "比率与目标（竖线为目标）", "Rates against their targets (the line marks the target)"), rows, values,
                    targets, BigDecimal.valueOf(100), locale);
        }

        static String coverage(AnnualRuleOfLawReport r, Locale locale) {
            List<String[]> rows = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<Optional<BigDecimal>> targets = new ArrayList<>();
            r.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.indicatorId().startsWith("coverage.") && l.number().isPresent())
                    .forEach(l -> {
                        rows.add(new String[] {l.label(locale), l.value() + " · " + Text.source(l.source(), locale)});
                        values.add(l.number().get());
                        targets.add(Optional.of(l.target().orElse(BigDecimal.valueOf(100))));
                    });
            return bars("chart-coverage", pick(locale, "村（社区）覆盖率", "Coverage of villages"), rows, values, targets, BigDecimal.valueOf(100), locale);
        }

        static String grid(AnnualRuleOfLawReport r, Locale locale) {
            String l1 = line(r, "grid.level1Count").map(ReportLine::value).orElse("—");
            String l2 = line(r, "grid.level2Count").map(ReportLine::value).orElse("—");
            String staff = line(r, "grid.staffTotal").map(ReportLine::value).orElse("—");
            String caption = pick(locale, "网格层级", "Grid hierarchy");
            StringBuilder sb = new StringBuilder("<figure class=\"chart\" id=\"chart-grid\"><figcaption>").append(caption)
                    .append("</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 900 150\"><title>")
                    .append(caption).append("</title>\n");
            String[][] boxes = {{r.unitName(), ""}, {pick(locale, "一级网格", "level-1 grids"), l1}, {pick(locale, "二级网格", "level-2 grids"), l2},
                {pick(locale, "网格人员", "grid staff"), staff}};
            for (int i = 0; i < boxes.length; i++) {
                int x = 10 + i * 220;
                sb.append("<rect x=\"").append(x).append("\" y=\"40\" width=\"180\" height=\"60\" rx=\"6\" fill=\"#fbeaea\" stroke=\"#b22\"/>\n");
                sb.append("<text x=\"").append(x + 90).append("\" y=\"65\" font-size=\"14\" text-anchor=\"middle\">").append(html(boxes[i][0])).append("</text>\n");
                sb.append("<text x=\"").append(x + 90).append("\" y=\"88\" font-size=\"16\" font-weight=\"bold\" text-anchor=\"middle\">").append(html(boxes[i][1])).append("</text>\n");
                if (i > 0) {
                    sb.append("<line x1=\"").append(x - 40).append("\" y1=\"70\" x2=\"").append(x).append("\" y2=\"70\" stroke=\"#b22\" stroke-width=\"2\"/>\n");
                }
            }
            return sb.append("</svg></figure>\n").toString();
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
            List<String[]> rows = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<Optional<BigDecimal>> targets = new ArrayList<>();
            for (String[] st : steps) {
                Optional<ReportLine> l = line(r, st[0]);
                rows.add(new String[] {pick(locale, st[1], st[2]), l.map(ReportLine::value).orElse(pick(locale, "— 无数据", "— no data"))});
                values.add(l.flatMap(ReportLine::number).orElse(BigDecimal.ZERO));
                targets.add(Optional.empty());
            }
            String[][] rates = {{"enforcement.priorNoticeRate", "事先告知率", "prior notice rate"},
                {"enforcement.disclosedOnTimeRate", "按时公开率", "disclosed on time"}, {"enforcement.correctionRate", "被纠错率", "corrected"}};
            for (String[] rt : rates) {
                line(r, rt[0]).filter(l -> l.number().isPresent()).ifPresent(l -> {
                    rows.add(new String[] {pick(locale, rt[1], rt[2]), l.value() + " · " + Text.source(l.source(), locale)});
                    values.add(l.number().get().multiply(top.get()).divide(BigDecimal.valueOf(100), 4, java.math.RoundingMode.HALF_UP));
                    targets.add(Optional.empty());
                });
            }
            return bars("chart-cases", pick(locale, "执法案件漏斗（案件→决定→送达→结案→归档）", "Case funnel (cases → decided → served → closed → archived)"),
                    rows, values, targets, top.get(), locale);
        }

        static String funnel(AnnualRuleOfLawReport r, Locale locale) {
            String[][] steps = {{"hotline.ticketsHandled", "受理", "received"}, {"hotline.responded", "响应", "responded"}, {"hotline.closed", "办结", "closed"},
                {"hotline.rated", "评价", "rated"}, {"hotline.satisfied", "满意", "satisfied"}};
            BigDecimal top = line(r, "hotline.ticketsHandled").flatMap(ReportLine::number).orElse(BigDecimal.ZERO);
            List<String[]> rows = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<Optional<BigDecimal>> targets = new ArrayList<>();
            for (String[] s : steps) {
                Optional<ReportLine> l = line(r, s[0]);
                rows.add(new String[] {pick(locale, s[1], s[2]), l.map(ReportLine::value).orElse(pick(locale, "— 无数据", "— no data"))});
                values.add(l.flatMap(ReportLine::number).orElse(BigDecimal.ZERO));
                targets.add(Optional.empty());
            }
            line(r, "hotline.satisfactionRate").ifPresent(l -> {
                rows.add(new String[] {pick(locale, "满意率", "satisfaction rate"), l.value() + " · " + Text.source(l.source(), locale)});
                values.add(l.number().orElse(BigDecimal.ZERO).multiply(top).divide(BigDecimal.valueOf(100), 4, java.math.RoundingMode.HALF_UP));
                targets.add(Optional.empty());
            });
            return bars("chart-hotline", pick(locale, "热线工单漏斗（受理→响应→办结→评价→满意）", "Hotline funnel (received → responded → closed → rated → satisfied)"),
                    rows, values, targets, top.signum() == 0 ? BigDecimal.ONE : top, locale);
        }
    }
}
