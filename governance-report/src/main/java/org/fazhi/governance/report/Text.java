package org.fazhi.governance.report;

import java.util.Locale;

/** Small text helpers shared by the renderers: language choice and escaping. */
final class Text {
    private Text() {}

    static boolean zh(Locale l) {
        return "zh".equals(l.getLanguage());
    }

    static String pick(Locale l, String zh, String en) {
        return zh(l) ? zh : en;
    }

    /** Escapes text for HTML element content and attribute values. */
    static String html(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&': sb.append("&amp;"); break;
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
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
        return zh(l) ? s.zh() : s.en();
    }
}
