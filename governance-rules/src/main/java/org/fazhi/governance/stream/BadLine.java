package org.fazhi.governance.stream;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.base.Violation;

/**
 * 错误行 / A line of a JSON Lines stream that could not be read as a valid entity: its number and every
 * reason, in Chinese and English. The rest of the stream is still processed. Immutable.
 */
public final class BadLine {
    private final long line;
    private final List<Violation> violations;

    BadLine(long line, List<Violation> violations) {
        this.line = line;
        this.violations = List.copyOf(violations);
    }

    /** 行号 / The 1-based line number. */
    public long line() {
        return line;
    }

    /** Every reason the line was refused, with paths inside the entity. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One line of text.
     *
     * @param locale the language
     * @return e.g. {@code line 7: /closedOn: …}
     */
    public String describe(Locale locale) {
        return (Bilingual.isChinese(locale) ? "第 " + line + " 行：" : "line " + line + ": ")
                + violations.stream().map(v -> (v.path().isEmpty() ? "/" : v.path()) + " " + v.message(locale))
                .collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return describe(Locale.ENGLISH);
    }
}
