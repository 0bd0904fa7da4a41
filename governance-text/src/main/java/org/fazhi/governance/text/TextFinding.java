package org.fazhi.governance.text;

import java.util.Objects;
import java.util.Optional;
import org.fazhi.governance.rules.Finding;

/**
 * 原文中的审核发现 / A finding of the declared-figure audit, with the figure it is about and where that
 * figure is in the report, so that a reviewer sees the sentence. Immutable.
 *
 * @param finding the finding of the FIG rule
 * @param figure the extracted figure it is about, if the finding is about one figure
 */
public record TextFinding(Finding finding, Optional<ExtractedFigure> figure) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the missing attribute
     */
    public TextFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(figure, "figure");
    }

    /** 位置 / Where the figure is, if the finding is about one. */
    public Optional<TextSpan> span() {
        return figure.map(ExtractedFigure::span);
    }

    /**
     * One line for a terminal: {@code file:38:41: [WARNING] FIG-PERCENT-DENOMINATOR message}.
     *
     * @param file the file name to start the line with
     * @param locale the language of the message
     * @return the line
     */
    public String line(String file, java.util.Locale locale) {
        String where = span().map(s -> (s.page() > 0 ? "p." + s.page() + ":" : "") + s.line() + ":" + s.column()).orElse("-");
        return file + ":" + where + ": [" + finding.severity().name() + "] " + finding.ruleId() + " " + finding.message(locale);
    }
}
