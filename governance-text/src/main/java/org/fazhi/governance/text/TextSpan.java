package org.fazhi.governance.text;

/**
 * 原文位置 / Where something is in a report: a character range and the line and column of its first and
 * last character.
 *
 * <p>Offsets count UTF-16 characters from 0, as SARIF's {@code charOffset} does; lines and columns count
 * from 1. For text formats (plain text, Markdown, HTML) they point into the file itself; for Word and PDF
 * into the text extracted from it ({@link ReportText#artifactText()}). {@code page} is the PDF page, 0
 * where there are no pages. Immutable.
 *
 * @param start the offset of the first character
 * @param end the offset after the last character
 * @param line the line of the first character
 * @param column the column of the first character
 * @param endLine the line of the last character
 * @param endColumn the column after the last character
 * @param page the PDF page (from 1), or 0
 */
public record TextSpan(int start, int end, int line, int column, int endLine, int endColumn, int page) {
    /**
     * Checks the invariants.
     *
     * @throws IllegalArgumentException naming the bad value, in English and Chinese
     */
    public TextSpan {
        if (start < 0 || end < start || line < 1 || column < 1 || endLine < line || page < 0) {
            throw new IllegalArgumentException("invalid text span " + start + "-" + end + " at " + line + ":" + column
                    + " / 无效的原文位置 " + start + "-" + end + "（" + line + ":" + column + "）");
        }
    }

    /** The length in characters. */
    public int length() {
        return end - start;
    }

    /** {@code line:column}, e.g. {@code 38:41}. */
    public String lineColumn() {
        return line + ":" + column;
    }

    @Override
    public String toString() {
        return (page > 0 ? "p." + page + " " : "") + line + ":" + column + "-" + endLine + ":" + endColumn + " [" + start + "," + end + ")";
    }
}
