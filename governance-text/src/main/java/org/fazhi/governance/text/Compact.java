package org.fazhi.governance.text;

/**
 * 紧凑文本 / The report text without the spaces, soft line breaks and Markdown marks that reports put
 * between a number and its words ("办理 12345 诉求件 130 件" reads as "办理12345诉求件130件"), with the
 * offset in the original text of every character kept, so that whatever is found here is located there.
 *
 * <p>Full-width digits, percent signs and points become ASCII. A line break is kept (as {@code '\n'}, a
 * sentence boundary) where the line ends a sentence or a heading, or is short; otherwise the lines are
 * joined (page breaks in the middle of a sentence). A space is kept only between two ASCII letters or
 * digits, so that "12345 130" stays two numbers. Immutable after construction.
 */
final class Compact {
    private static final int SHORT_LINE = 30;

    private final char[] chars;
    private final int[] origin;
    private final int length;

    private Compact(char[] chars, int[] origin, int length) {
        this.chars = chars;
        this.origin = origin;
        this.length = length;
    }

    /**
     * The compact view of a text.
     *
     * @param text the report's text
     * @param hardBreaks whether every line break ends a block (HTML, Word, PDF after joining) or only those
     *     the heuristic above keeps (plain text and Markdown)
     */
    static Compact of(String text, boolean hardBreaks) {
        int n = text.length();
        char[] out = new char[n + 1];
        int[] at = new int[n + 1];
        int len = 0;
        int lineStart = 0;
        boolean pendingSpace = false;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int s = lineStart;
            while (s < lineEnd && isSpace(text.charAt(s))) {
                s++;
            }
            boolean heading = s < lineEnd && text.charAt(s) == '#';
            boolean blockMark = true;
            for (int i = s; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (blockMark && (c == '#' || c == '>' || c == '|')) {
                    continue; // Markdown heading, quote and table marks at the start of a line
                }
                blockMark = false;
                if (c == '*' || c == '`' || c == '|') {
                    continue; // emphasis, code and table-cell marks: a cell reads on into the next ("复议案件 | 0件")
                }
                if (isSpace(c)) {
                    pendingSpace = true;
                    continue;
                }
                c = narrow(c);
                if (pendingSpace && len > 0 && isAsciiWord(out[len - 1]) && isAsciiWord(c)) {
                    out[len] = ' ';
                    at[len++] = i - 1;
                }
                pendingSpace = false;
                out[len] = c;
                at[len++] = i;
            }
            pendingSpace = true;
            if (lineEnd < n) {
                int last = lineEnd - 1;
                while (last >= lineStart && isSpace(text.charAt(last))) {
                    last--;
                }
                boolean blank = last < s;
                int next = lineEnd + 1;
                while (next < n && (isSpace(text.charAt(next)) || text.charAt(next) == '\n')) {
                    next++;
                }
                boolean nextHeading = next < n && (text.charAt(next) == '#' || text.charAt(next) == '|');
                boolean ends = !blank && (hardBreaks || heading || nextHeading || "。！？；：!?;:".indexOf(text.charAt(last)) >= 0
                        || last - s + 1 < SHORT_LINE);
                if (ends && len > 0 && out[len - 1] != '\n') {
                    out[len] = '\n';
                    at[len++] = lineEnd;
                }
            }
            lineStart = lineEnd + 1;
        }
        return new Compact(out, at, len);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u3000' || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static char narrow(char c) {
        if (c >= '０' && c <= '９') {
            return (char) ('0' + (c - '０'));
        }
        if (c == '％') {
            return '%';
        }
        if (c == '．') {
            return '.';
        }
        return c;
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    /** The compact text as a string (for regular expressions). */
    String string() {
        return new String(chars, 0, length);
    }

    /** The offset in the original text of the compact character at {@code i}. */
    int origin(int i) {
        return origin[i];
    }

    /** The end offset (exclusive) in the original text of a compact range ending before {@code end}. */
    int originEnd(int end) {
        return end == 0 ? 0 : origin[end - 1] + 1;
    }
}
