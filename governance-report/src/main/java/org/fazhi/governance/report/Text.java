package org.fazhi.governance.report;

import java.util.Locale;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.indicators.IndicatorUnit;

/** Small text helpers shared by the renderers: language choice and escaping. */
final class Text {
    private Text() {}

    static String pick(Locale l, String zh, String en) {
        return Bilingual.isChinese(l) ? zh : en;
    }

    /** Escapes text for HTML element content and attribute values. (Guava's HTML escaper: {@code & < > " '}). */
    static String html(String s) {
        return com.google.common.html.HtmlEscapers.htmlEscaper().escape(s);
    }

    /** Escapes text for a Markdown table cell or line: pipes, backslashes, markup characters, newlines. */
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

    static String source(org.fazhi.governance.indicators.IndicatorSource s, Locale l) {
        return Bilingual.isChinese(l) ? s.zh() : s.en();
    }

    /** A target as shown beside its value: {@code 100%} for a rate, the plain number otherwise. */
    static String target(ReportLine l) {
        return l.target().map(t -> t.stripTrailingZeros().toPlainString() + (l.unit() == IndicatorUnit.PERCENT ? "%" : "")).orElse("");
    }

    /**
     * The undecided checks, with those that share a cause together: one entry per cause, in the order the
     * causes first appear; a check with a cause of its own is an entry by itself.
     */
    static java.util.List<java.util.List<ReportIssue>> byCause(java.util.List<ReportIssue> issues, java.util.Locale locale) {
        java.util.Map<String, java.util.List<ReportIssue>> groups = new java.util.LinkedHashMap<>();
        for (ReportIssue i : issues) {
            String key = i.cause(locale).map(c -> "cause\u0000" + i.path() + "\u0000" + c).orElse("rule\u0000" + groups.size());
            groups.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(i);
        }
        return new java.util.ArrayList<>(groups.values());
    }

    /** One line for checks that share a cause: the cause once, then what it leaves unchecked. */
    static String causeLine(java.util.List<ReportIssue> group, java.util.Locale locale) {
        java.util.Set<String> unchecked = new java.util.LinkedHashSet<>();
        group.forEach(i -> i.unchecked(locale).ifPresent(unchecked::add));
        String cause = group.get(0).cause(locale).orElseThrow();
        return Bilingual.isChinese(locale)
                ? cause + "，" + group.size() + " 项检查无法进行，涉及" + String.join("、", unchecked) + "。"
                : capitalised(cause) + ", so " + group.size() + " checks cannot be made, about " + String.join(", ", unchecked) + ".";
    }

    /** An undecided check's message without the "数据不足：" its heading already says. */
    static String undecided(ReportIssue i, java.util.Locale locale) {
        String m = i.message(locale);
        for (String prefix : new String[] {"数据不足：", "Insufficient data: "}) {
            if (m.startsWith(prefix)) {
                return Bilingual.isChinese(locale) ? m.substring(prefix.length()) : capitalised(m.substring(prefix.length()));
            }
        }
        return m;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
