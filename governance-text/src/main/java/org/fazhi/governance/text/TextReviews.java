package org.fazhi.governance.text;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleDescriptor;
import org.fazhi.governance.rules.Severity;

/**
 * 审核单 / The review sheets of a text audit: Markdown and HTML with each finding's sentence and its figure
 * highlighted, then every figure found with its place; JSON; and SARIF 2.1.0 whose results carry
 * {@code physicalLocation.region} (line, column, character offset and length, the snippet) into the text.
 * Deterministic.
 */
public final class TextReviews {
    private TextReviews() {}

    private static String pick(Locale l, String zh, String en) {
        return Bilingual.isChinese(l) ? zh : en;
    }

    private static String title(TextAuditResult r, Locale l) {
        return pick(l, "数字审核单：", "Figure review: ") + r.record().unit().name() + " " + r.record().year() + pick(l, " 年", "");
    }

    private static String where(ExtractedFigure f) {
        return (f.span().page() > 0 ? "p." + f.span().page() + " " : "") + f.span().line() + ":" + f.span().column();
    }

    private static String name(ExtractedFigure f, Locale l) {
        return f.concept().map(c -> pick(l, c.zh(), c.en()) + " (" + c.id() + ")").orElse(pick(l, "未归类", "unclassified"));
    }

    private static String relation(ExtractedFigure f, Locale l) {
        StringBuilder sb = new StringBuilder();
        f.partOf().ifPresent(i -> sb.append(pick(l, "属于 #", "part of #")).append(i).append(' '));
        f.base().ifPresent(i -> sb.append(pick(l, "分母 #", "over #")).append(i).append(' '));
        f.numerator().ifPresent(i -> sb.append(pick(l, "分子 #", "numerator #")).append(i).append(' '));
        f.wording().ifPresent(w -> sb.append('“').append(w).append('”'));
        return sb.toString().strip();
    }

    private static String period(ExtractedFigure f, Locale l) {
        return pick(l, f.period().kind().zh(), f.period().kind().en()) + f.period().to().map(d -> " " + d).orElse("")
                + f.channel().map(c -> " · " + c).orElse("");
    }

    // ------------------------------------------------------------------ Markdown

    /**
     * The review sheet in Markdown.
     *
     * @param r the audit result
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the Markdown text
     */
    public static String markdown(TextAuditResult r, Locale locale) {
        StringBuilder sb = new StringBuilder();
        TextExtraction x = r.extraction();
        sb.append("# ").append(md(title(r, locale))).append("\n\n");
        sb.append(pick(locale, "原文：", "Source: ")).append('`').append(x.report().name().replace("`", "'")).append("` (")
                .append(pick(locale, x.report().format().zh(), x.report().format().en())).append(")\n\n");
        Map<Severity, Integer> bySeverity = r.failuresBySeverity();
        sb.append(pick(locale, "找到数字 ", "Figures found: ")).append(x.figures().size()).append(pick(locale, " 个，已归类 ", ", classified: "))
                .append(x.classified().size()).append(pick(locale, " 个。不符合：错误 ", ". Failures: errors ")).append(bySeverity.get(Severity.ERROR))
                .append(pick(locale, "，警告 ", ", warnings ")).append(bySeverity.get(Severity.WARNING)).append(pick(locale, "，提示 ", ", info "))
                .append(bySeverity.get(Severity.INFO)).append(pick(locale, "；数据不足 ", "; insufficient data: "))
                .append(r.report().count(Outcome.INSUFFICIENT_DATA)).append(pick(locale, " 项。", ".")).append("\n\n");
        sb.append("## ").append(pick(locale, "待复核", "To review")).append("\n\n");
        List<TextFinding> review = r.toReview();
        if (review.isEmpty()) {
            sb.append(pick(locale, "无。", "Nothing.")).append("\n\n");
        }
        for (TextFinding tf : review) {
            Finding f = tf.finding();
            sb.append("- **").append(f.outcome() == Outcome.FAIL ? f.severity().name() : "REVIEW").append("** `").append(f.ruleId()).append('`');
            tf.figure().ifPresent(fig -> sb.append(pick(locale, " 第 ", " line ")).append(fig.span().line()).append(pick(locale, " 行第 ", ", column "))
                    .append(fig.span().column()).append(pick(locale, " 列", "")));
            sb.append(": ").append(md(f.message(locale))).append('\n');
            tf.figure().ifPresent(fig -> sb.append("  > ").append(highlightMd(fig)).append('\n'));
            if (f.outcome() == Outcome.FAIL) {
                sb.append("  ").append(pick(locale, "整改：", "Fix: ")).append(md(f.remediation(locale))).append('\n');
            }
        }
        sb.append("\n## ").append(pick(locale, "原文中的数字", "Figures in the text")).append("\n\n");
        sb.append(pick(locale, "| # | 位置 | 数字概念 | 数值 | 原文 | 写法 | 期间与渠道 | 关系 |\n",
                "| # | where | concept | value | as written | notation | period and channel | relation |\n"));
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (ExtractedFigure f : x.figures()) {
            sb.append("| ").append(f.index()).append(" | ").append(where(f)).append(" | ").append(md(name(f, locale))).append(" | ").append(md(f.display()))
                    .append(" | ").append(md(f.quote())).append(" | ").append(pick(locale, f.notation().zh(), f.notation().en())).append(" | ")
                    .append(md(period(f, locale))).append(" | ").append(md(relation(f, locale))).append(" |\n");
        }
        Map<ExtractedFigure, String> left = x.notInRecord();
        if (!left.isEmpty()) {
            sb.append("\n").append(pick(locale, "未进入记录的数字：", "Figures left out of the record:")).append("\n\n");
            left.forEach((f, why) -> sb.append("- #").append(f.index()).append(' ').append(where(f)).append(": ")
                    .append(md(Bilingual.isChinese(locale) ? why.substring(why.indexOf(" / ") + 3) : why.substring(0, Math.max(0, why.indexOf(" / "))))).append('\n'));
        }
        return sb.toString();
    }

    private static String highlightMd(ExtractedFigure f) {
        String s = f.sentenceText();
        int a = f.inSentence();
        int b = Math.min(s.length(), a + f.written().length());
        return md(s.substring(0, a)) + "**" + md(s.substring(a, b)) + "**" + md(s.substring(b));
    }

    /** Escapes Markdown: pipes, backslashes, markup characters and line breaks. */
    static String md(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|#".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ HTML

    /**
     * The review sheet as one self-contained HTML page.
     *
     * @param r the audit result
     * @param locale the language
     * @return the HTML text
     */
    public static String html(TextAuditResult r, Locale locale) {
        StringBuilder sb = new StringBuilder();
        TextExtraction x = r.extraction();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(Bilingual.isChinese(locale) ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(html(title(r, locale))).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;line-height:1.6}\n")
                .append("mark{background:#ffe066;padding:0 .15em}.ERROR{color:#b00020}.WARNING{color:#a65e00}.INFO,.REVIEW{color:#33658a}\n")
                .append("blockquote{margin:.3em 0 .8em 0;padding:.4em .8em;border-left:4px solid #ccc;background:#fafafa}\n")
                .append("table{border-collapse:collapse;width:100%;font-size:.9em}td,th{border:1px solid #ddd;padding:.25em .4em;vertical-align:top}\n")
                .append("tr.unclassified td{color:#666}\n</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(html(title(r, locale))).append("</h1>\n<p>").append(pick(locale, "原文：", "Source: ")).append("<code>")
                .append(html(x.report().name())).append("</code> (").append(html(pick(locale, x.report().format().zh(), x.report().format().en())))
                .append(")</p>\n");
        Map<Severity, Integer> bySeverity = r.failuresBySeverity();
        sb.append("<p>").append(pick(locale, "找到数字 ", "Figures found: ")).append(x.figures().size()).append(pick(locale, " 个，已归类 ", ", classified: "))
                .append(x.classified().size()).append(pick(locale, " 个。不符合：错误 ", ". Failures: errors ")).append(bySeverity.get(Severity.ERROR))
                .append(pick(locale, "，警告 ", ", warnings ")).append(bySeverity.get(Severity.WARNING)).append(pick(locale, "，提示 ", ", info "))
                .append(bySeverity.get(Severity.INFO)).append(pick(locale, "；数据不足 ", "; insufficient data: "))
                .append(r.report().count(Outcome.INSUFFICIENT_DATA)).append("</p>\n");
        sb.append("<h2>").append(pick(locale, "待复核", "To review")).append("</h2>\n");
        List<TextFinding> review = r.toReview();
        if (review.isEmpty()) {
            sb.append("<p>").append(pick(locale, "无。", "Nothing.")).append("</p>\n");
        }
        for (TextFinding tf : review) {
            Finding f = tf.finding();
            String level = f.outcome() == Outcome.FAIL ? f.severity().name() : "REVIEW";
            sb.append("<div class=\"finding\"><p><strong class=\"").append(level).append("\">").append(level).append("</strong> <code>")
                    .append(html(f.ruleId())).append("</code>");
            tf.figure().ifPresent(fig -> sb.append(' ').append(pick(locale, "第 " + fig.span().line() + " 行第 " + fig.span().column() + " 列",
                    "line " + fig.span().line() + ", column " + fig.span().column())));
            sb.append(": ").append(html(f.message(locale))).append("</p>\n");
            tf.figure().ifPresent(fig -> sb.append("<blockquote>").append(highlightHtml(fig)).append("</blockquote>\n"));
            if (f.outcome() == Outcome.FAIL) {
                sb.append("<p>").append(pick(locale, "整改：", "Fix: ")).append(html(f.remediation(locale))).append("</p>\n");
            }
            sb.append("</div>\n");
        }
        sb.append("<h2>").append(pick(locale, "原文中的数字", "Figures in the text")).append("</h2>\n<table>\n<tr>");
        for (String h : Bilingual.isChinese(locale) ? new String[] {"#", "位置", "数字概念", "数值", "原文", "写法", "期间与渠道", "关系"}
                : new String[] {"#", "where", "concept", "value", "as written", "notation", "period and channel", "relation"}) {
            sb.append("<th>").append(h).append("</th>");
        }
        sb.append("</tr>\n");
        for (ExtractedFigure f : x.figures()) {
            sb.append("<tr").append(f.classified() ? "" : " class=\"unclassified\"").append(" id=\"f").append(f.index()).append("\"><td>")
                    .append(f.index()).append("</td><td>").append(where(f)).append("</td><td>").append(html(name(f, locale))).append("</td><td>")
                    .append(html(f.display())).append("</td><td>").append(html(f.quote())).append("</td><td>")
                    .append(html(pick(locale, f.notation().zh(), f.notation().en()))).append("</td><td>").append(html(period(f, locale)))
                    .append("</td><td>").append(html(relation(f, locale))).append("</td></tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        return sb.toString();
    }

    private static String highlightHtml(ExtractedFigure f) {
        String s = f.sentenceText();
        int a = f.inSentence();
        int b = Math.min(s.length(), a + f.written().length());
        return html(s.substring(0, a)) + "<mark>" + html(s.substring(a, b)) + "</mark>" + html(s.substring(b));
    }

    /** Escapes text for HTML content and attributes. (Guava's HTML escaper: {@code & < > " '}). */
    static String html(String s) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(s);
    }

    // ------------------------------------------------------------------ JSON

    /**
     * The audit as JSON: the report, unit, year, every figure with its place and relations, every finding to
     * review with its place, and the counts.
     *
     * @param r the audit result
     * @return the JSON text
     */
    public static String json(TextAuditResult r) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode root = n.objectNode();
        TextExtraction x = r.extraction();
        root.put("report", x.report().name());
        root.put("format", x.report().format().name());
        root.put("unit", r.record().unit().name());
        root.put("year", r.record().year());
        x.reportDate().ifPresent(d -> root.put("reportDate", d.toString()));
        ObjectNode summary = root.putObject("summary");
        summary.put("figures", x.figures().size());
        summary.put("classified", x.classified().size());
        summary.put("unclassified", x.unclassified().size());
        r.failuresBySeverity().forEach((s, c) -> summary.put(s.name().toLowerCase(Locale.ROOT), c));
        summary.put("insufficientData", r.report().count(Outcome.INSUFFICIENT_DATA));
        ArrayNode figures = root.putArray("figures");
        for (ExtractedFigure f : x.figures()) {
            ObjectNode o = figures.addObject();
            o.put("index", f.index());
            o.put("key", f.key());
            o.put("value", f.value());
            o.put("unit", f.unit().name());
            o.put("qualifier", f.qualifier().name());
            o.put("notation", f.notation().name());
            o.put("period", f.period().kind().name());
            f.period().to().ifPresent(d -> o.put("periodTo", d.toString()));
            f.channel().ifPresent(c -> o.put("channel", c));
            o.put("written", f.written());
            o.put("quote", f.quote());
            span(o.putObject("span"), f.span());
            f.partOf().ifPresent(i -> o.put("partOf", i));
            f.base().ifPresent(i -> o.put("base", i));
            f.numerator().ifPresent(i -> o.put("numerator", i));
            f.wording().ifPresent(w -> o.put("wording", w));
            x.recordIndex(r.record(), f).ifPresent(i -> o.put("recordPath", "/declaredFigures/" + i));
        }
        ArrayNode findings = root.putArray("findings");
        for (TextFinding tf : r.toReview()) {
            Finding f = tf.finding();
            ObjectNode o = findings.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().name());
            o.put("outcome", f.outcome().name());
            o.put("path", f.path());
            o.put("messageZh", f.messageZh());
            o.put("messageEn", f.messageEn());
            tf.figure().ifPresent(fig -> {
                o.put("figure", fig.index());
                span(o.putObject("span"), fig.span());
                o.put("sentence", fig.sentenceText());
            });
        }
        return GovernanceJson.write(root);
    }

    private static void span(ObjectNode o, TextSpan s) {
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
        o.put("charOffset", s.start());
        o.put("charLength", s.length());
        if (s.page() > 0) {
            o.put("page", s.page());
        }
    }

    // ------------------------------------------------------------------ SARIF

    /**
     * The audit as a SARIF 2.1.0 log. Each failure is a result of kind {@code fail} at its severity's level,
     * each undecidable check one of kind {@code review}; a result about a figure has a
     * {@code physicalLocation} whose {@code region} gives its line, column, character offset and length,
     * and the sentence as {@code contextRegion}.
     *
     * @param r the audit result
     * @param artifactUri the text file the regions point into: the report itself for text formats, the
     *     file holding {@link ReportText#artifactText()} for Word and PDF
     * @param locale the language of the messages
     * @return the SARIF JSON text
     */
    public static String sarif(TextAuditResult r, String artifactUri, Locale locale) {
        JsonNodeFactory n = JsonNodeFactory.instance;
        ObjectNode root = n.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Fazhi");
        driver.put("informationUri", "https://github.com/fazhi/fazhi/blob/main/docs/text-audit.md");
        driver.put("semanticVersion", "0.1.0");
        ArrayNode descriptors = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule rule : r.rules().rules()) {
            RuleDescriptor d = rule.descriptor();
            index.put(d.id(), index.size());
            ObjectNode rd = descriptors.addObject();
            rd.put("id", d.id());
            rd.putObject("shortDescription").put("text", d.name(locale));
            rd.putObject("fullDescription").put("text", d.nameZh() + " / " + d.nameEn());
            rd.putObject("help").put("text", d.citation().text(locale) + "\n" + (Bilingual.isChinese(locale) ? d.remediationZh() : d.remediationEn()));
            rd.putObject("defaultConfiguration").put("level", d.severity().sarifLevel());
        }
        run.put("columnKind", "utf16CodeUnits");
        ObjectNode artifact = run.putArray("artifacts").addObject();
        artifact.putObject("location").put("uri", artifactUri);
        artifact.put("encoding", "utf-8");
        if (r.extraction().report().format().isBinary()) {
            artifact.putObject("description").put("text", pick(locale, "提取自 ", "text extracted from ") + r.extraction().report().name());
        }
        ArrayNode results = run.putArray("results");
        String text = r.extraction().report().artifactText();
        for (TextFinding tf : r.toReview()) {
            Finding f = tf.finding();
            ObjectNode res = results.addObject();
            res.put("ruleId", f.ruleId());
            if (index.containsKey(f.ruleId())) {
                res.put("ruleIndex", index.get(f.ruleId()));
            }
            res.put("kind", f.outcome() == Outcome.FAIL ? "fail" : "review");
            res.put("level", f.outcome() == Outcome.FAIL ? f.severity().sarifLevel() : "note");
            res.putObject("message").put("text", f.message(locale));
            ObjectNode loc = res.putArray("locations").addObject();
            ObjectNode phys = loc.putObject("physicalLocation");
            phys.putObject("artifactLocation").put("uri", artifactUri).put("index", 0);
            tf.figure().ifPresent(fig -> {
                region(phys.putObject("region"), fig.span(), text);
                region(phys.putObject("contextRegion"), fig.sentence(), text);
            });
            loc.putArray("logicalLocations").addObject().put("fullyQualifiedName", f.path().isEmpty() ? "/" : f.path()).put("kind", "object");
            ObjectNode props = res.putObject("properties");
            props.put("subject", f.subject().fingerprint());
            tf.figure().ifPresent(fig -> props.put("figure", fig.key()));
            f.evidence().forEach(props::put);
        }
        return GovernanceJson.write(root);
    }

    private static void region(ObjectNode o, TextSpan s, String text) {
        o.put("startLine", s.line());
        o.put("startColumn", s.column());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
        o.put("charOffset", s.start());
        o.put("charLength", s.length());
        o.putObject("snippet").put("text", text.substring(s.start(), Math.min(text.length(), s.end())));
    }
}
