package org.fazhi.governance.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 统一社会信用代码 / Unified social credit code of an organisation (GB 32100-2015).
 *
 * <p>Eighteen characters from {@code 0-9} and {@code ABCDEFGHJKLMNPQRTUWXY}: registration authority,
 * organisation type, a six-digit division code, a nine-character organisation code and a check
 * character computed modulo 31 with the weights of the standard. Any single changed character is
 * detected. Immutable and thread-safe.
 */
public final class UnifiedSocialCreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses and checks a code.
     *
     * @param value the 18 characters, upper case
     * @return the code
     * @throws InvalidIdentifierException if the length, a character or the check character is wrong
     */
    @JsonCreator
    public static UnifiedSocialCreditCode of(String value) {
        Identifiers.requireText(value, "统一社会信用代码", "Unified social credit code");
        if (value.length() != 18) {
            throw Identifiers.invalid(
                    "identifier.length",
                    "统一社会信用代码应为18位，实际为" + value.length() + "位",
                    "Unified social credit code must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw Identifiers.invalid(
                        "identifier.character",
                        "统一社会信用代码第" + (i + 1) + "位字符不合法（不得使用 I、O、S、V、Z 或小写字母）",
                        "Unified social credit code has an illegal character at position " + (i + 1)
                                + " (I, O, S, V, Z and lower case are not allowed)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                throw Identifiers.invalid(
                        "identifier.character",
                        "统一社会信用代码第3至8位应为行政区划代码数字",
                        "Unified social credit code positions 3 to 8 must be the digits of a division code");
            }
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw Identifiers.invalid(
                    "identifier.checkCharacter",
                    "统一社会信用代码校验码错误",
                    "Unified social credit code check character is wrong");
        }
        return new UnifiedSocialCreditCode(value);
    }

    /**
     * Computes the check character for the first 17 characters (GB 32100-2015 §5).
     *
     * @param body 17 characters of the code's alphabet
     * @return the 18th character
     */
    public static char checkCharacter(String body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("body must have 17 characters / 主体代码应为17位");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(body.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException(
                        "illegal character at position " + (i + 1) + " / 第" + (i + 1) + "位字符不合法");
            }
            sum += v * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    /** The 18 characters. Not personal data, so not masked. */
    @JsonValue
    public String value() {
        return value;
    }

    /** The six-digit division code at positions 3 to 8. */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
