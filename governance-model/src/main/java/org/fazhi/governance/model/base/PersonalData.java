package org.fazhi.governance.model.base;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 个人信息脱敏 / Masks anything in a text that looks like a resident identity number or a phone number,
 * so that error messages and findings never repeat personal data that reached the wrong field (an
 * identity number typed into a code field, a phone number used as a person's id).
 *
 * <p>What counts as "looks like", each as a run of digits not touching another digit (nor following a
 * decimal point, so that the digits of a fraction are never taken for a number):
 * <ul>
 *   <li>居民身份证号码: 17 digits and a check character ({@code 0-9}, {@code X} or {@code x}); or the old
 *       15-digit form whose digits 7–12 are a plausible {@code yyMMdd} birth date;</li>
 *   <li>手机号码: {@code 1[3-9]} and 9 more digits, optionally after {@code +86} or {@code 86} and with
 *       single spaces or hyphens between the groups ({@code 138 1234 5678});</li>
 *   <li>固定电话: {@code 0}, the rest of a 3- or 4-digit area code (not starting with 0), an optional
 *       hyphen and a 7- or 8-digit local number starting with 2 to 9 ({@code 0595-23456789}).</li>
 * </ul>
 * An identity number keeps its first two and last two characters ({@code 35**************3X}), a phone
 * number its first three and last two ({@code 138******78}), as {@link org.fazhi.governance.model.ResidentIdNumber#masked()} and
 * {@link org.fazhi.governance.model.PhoneNumber#masked()} do. Division codes (6, 9 or 12 digits, never starting with 0), dates,
 * hotline numbers and counts are left alone. Stateless and thread-safe.
 */
public final class PersonalData {
    /** The four kinds in one pass; the named group says which matched, and so how much stays visible. */
    private static final Pattern PERSONAL = Pattern.compile("(?<![0-9.])(?:"
            + "(?<id>[0-9]{17}[0-9Xx]|[0-9]{8}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})"
            + "|(?<mobile>(?:\\+?86[- ]?)?1[3-9][0-9](?:[- ]?[0-9]{4}){2})"
            + "|(?<landline>0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})"
            + ")(?![0-9])");
    /** No kind has fewer than 10 digits (the shortest is a landline number such as 010-2345678). */
    private static final int FEWEST_DIGITS = 10;

    private PersonalData() {}

    /**
     * The text with every identity-number-like and phone-number-like value masked.
     *
     * @param text any text, may be null
     * @return the masked text; the same string when nothing looked like personal data; null for null
     */
    public static String mask(String text) {
        if (text == null || longestDigitChain(text) < FEWEST_DIGITS) {
            return text;
        }
        Matcher m = PERSONAL.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        do {
            sb.append(text, last, m.start()).append(mask(m.group(), m.group("id") != null ? 2 : 3, 2));
            last = m.end();
        } while (m.find());
        return sb.append(text, last, text.length()).toString();
    }

    /**
     * The most digits in one run of digits joined by single spaces or hyphens, which every kind of number
     * masked here is: a cheap test that lets almost every message skip the regular expression.
     */
    private static int longestDigitChain(String text) {
        int longest = 0;
        int chain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                chain++;
                longest = Math.max(longest, chain);
            } else if (!((c == ' ' || c == '-') && i > 0 && i + 1 < text.length() && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)))) {
                chain = 0;
            }
        }
        return longest;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A value with all but its first and last characters replaced by {@code *}, e.g. {@code mask("13800138078", 3, 2)}
     * is {@code 138******78}; a value no longer than the kept characters is all stars.
     *
     * @param value the value
     * @param keepStart how many leading characters stay
     * @param keepEnd how many trailing characters stay
     * @return the masked value
     */
    public static String mask(String value, int keepStart, int keepEnd) {
        if (value.length() <= keepStart + keepEnd) {
            return "*".repeat(value.length());
        }
        return value.substring(0, keepStart)
                + "*".repeat(value.length() - keepStart - keepEnd)
                + value.substring(value.length() - keepEnd);
    }
}
