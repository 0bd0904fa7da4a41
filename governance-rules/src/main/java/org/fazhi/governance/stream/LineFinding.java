package org.fazhi.governance.stream;

import java.util.Objects;
import org.fazhi.governance.rules.Finding;

/**
 * 流式检查发现 / A finding about the entity on one line of a JSON Lines stream. Its path addresses the
 * entity as it would sit in a record ({@code /hotlineTickets/41/closedOn} for line 42). Immutable.
 */
public final class LineFinding {
    private final long line;
    private final Finding finding;

    LineFinding(long line, Finding finding) {
        this.line = line;
        this.finding = Objects.requireNonNull(finding);
    }

    /** 行号 / The 1-based line number. */
    public long line() {
        return line;
    }

    /** The finding. */
    public Finding finding() {
        return finding;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + finding.line(java.util.Locale.ENGLISH);
    }
}
