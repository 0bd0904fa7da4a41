package org.fazhi.governance.model.base;

import java.util.Locale;
import java.util.Objects;

/**
 * 校验错误 / One reason why input is not a valid record, with its JSON path and a message in
 * Chinese and English.
 *
 * <p>The path is a JSON Pointer (RFC 6901) into the record, e.g.
 * {@code /enforcementCases/3/officers/1/officerId}; the empty string means the whole document. The
 * code is stable ({@code fazhi.dates.order}, {@code json.unknownProperty}, …) so hosts can react to
 * kinds of error without parsing text. Messages never contain raw personal data: anything in the path
 * or the messages that looks like a resident identity number or a phone number is masked by
 * {@link PersonalData#mask(String)} when the violation is created, whoever creates it. Immutable.
 */
public final class Violation {
    private final String path;
    private final String code;
    private final String zh;
    private final String en;

    private Violation(String path, String code, String zh, String en) {
        this.path = PersonalData.mask(Objects.requireNonNull(path, "path"));
        this.code = Objects.requireNonNull(code, "code");
        this.zh = PersonalData.mask(Objects.requireNonNull(zh, "zh"));
        this.en = PersonalData.mask(Objects.requireNonNull(en, "en"));
    }

    /**
     * Creates a violation; identity-number-like and phone-number-like values in the path and messages are
     * masked.
     *
     * @param path JSON Pointer of the offending field, never null
     * @param code stable code of the kind of error, never null
     * @param zh Chinese message, never null
     * @param en English message, never null
     * @return the violation
     */
    public static Violation of(String path, String code, String zh, String en) {
        return new Violation(path, code, zh, en);
    }

    /** JSON Pointer of the offending field; {@code ""} for the whole document. */
    public String path() {
        return path;
    }

    /** Stable code of the kind of error. */
    public String code() {
        return code;
    }

    /** 中文说明. */
    public String zh() {
        return zh;
    }

    /** English message. */
    public String en() {
        return en;
    }

    /**
     * The message in the reader's language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the message
     */
    public String message(Locale locale) {
        return Bilingual.isChinese(locale) ? zh : en;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Violation)) {
            return false;
        }
        Violation v = (Violation) o;
        return path.equals(v.path) && code.equals(v.code) && zh.equals(v.zh) && en.equals(v.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, code, zh, en);
    }

    /** {@code path: English / 中文}. */
    @Override
    public String toString() {
        return (path.isEmpty() ? "(root)" : path) + ": " + en + " / " + zh;
    }
}
