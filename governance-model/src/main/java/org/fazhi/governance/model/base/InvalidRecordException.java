package org.fazhi.governance.model.base;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * 输入无效 / The one exception for bad input: malformed JSON, wrong types, unknown fields, failed
 * constraints or broken invariants.
 *
 * <p>It carries every violation found, not just the first, each with its JSON path and a Chinese
 * and English message. Its {@link #getMessage()} lists them all in English and Chinese.
 */
public final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations at least one violation
     */
    public InvalidRecordException(List<Violation> violations) {
        super(describe(violations, null));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRecordException needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation found, in path order; never empty. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The violations, one per line, in one language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return a header line and one line per violation
     */
    public String describe(Locale locale) {
        return describe(violations, locale);
    }

    private static String describe(List<Violation> violations, Locale locale) {
        String header = locale == null
                ? "Invalid input, " + violations.size() + " violation(s) / 输入无效，共 " + violations.size() + " 处错误:"
                : Bilingual.isChinese(locale)
                        ? "输入无效，共 " + violations.size() + " 处错误："
                        : "Invalid input, " + violations.size() + " violation(s):";
        return violations.stream()
                .map(v -> "  " + (v.path().isEmpty() ? "(root)" : v.path()) + ": "
                        + (locale == null ? v.en() + " / " + v.zh() : v.message(locale)))
                .collect(Collectors.joining("\n", header + "\n", ""));
    }
}
