package org.fazhi.governance.text;

import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * 汉字数字 / Chinese numerals as reports write them: 两, 三十, 一千二百, 十二, 三万五千, 二百零五.
 *
 * <p>Digit-by-digit strings without a unit character (二〇二三, 八五, 十四五) are not counts and parse
 * to nothing: they are years, plans and names. Stateless.
 */
final class ChineseNumbers {
    /** The characters a Chinese numeral is made of. */
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumbers() {}

    static boolean isNumeralChar(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    private static int digit(char c) {
        switch (c) {
            case '零': case '〇': return 0;
            case '一': return 1;
            case '二': case '两': return 2;
            case '三': return 3;
            case '四': return 4;
            case '五': return 5;
            case '六': return 6;
            case '七': return 7;
            case '八': return 8;
            case '九': return 9;
            default: return -1;
        }
    }

    private static long unit(char c) {
        switch (c) {
            case '十': return 10;
            case '百': return 100;
            case '千': return 1000;
            default: return 0;
        }
    }

    /**
     * The value of a Chinese numeral.
     *
     * @param s e.g. {@code 一千二百}
     * @return the value, or empty if {@code s} is not a well-formed numeral (八五, 十四五, 二〇二三)
     */
    static OptionalLong parse(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return OptionalLong.empty();
        }
        long total = 0;
        long section = 0;
        int pendingDigit = -1;
        long lastUnit = Long.MAX_VALUE;
        boolean zeroSeen = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                if (pendingDigit >= 0) {
                    return OptionalLong.empty();
                }
                zeroSeen = true;
                continue;
            }
            if (d > 0) {
                if (pendingDigit >= 0) {
                    return OptionalLong.empty(); // two digits in a row: 八五, 二三
                }
                pendingDigit = d;
                continue;
            }
            long u = unit(c);
            if (u > 0) {
                if (u >= lastUnit && !zeroSeen) {
                    return OptionalLong.empty(); // 十十, 百千 in the wrong order
                }
                if (pendingDigit < 0 && !(u == 10 && section == 0 && i == 0) && !(u == 10 && section == 0 && total > 0)) {
                    return OptionalLong.empty();
                }
                section += (pendingDigit < 0 ? 1 : pendingDigit) * u;
                pendingDigit = -1;
                lastUnit = u;
                zeroSeen = false;
                continue;
            }
            if (c == '万' || c == '亿') {
                long big = c == '万' ? 10_000L : 100_000_000L;
                if (pendingDigit >= 0) {
                    section += pendingDigit;
                    pendingDigit = -1;
                }
                if (section == 0) {
                    return OptionalLong.empty();
                }
                total = (total + section) * big;
                section = 0;
                lastUnit = Long.MAX_VALUE;
                zeroSeen = false;
                continue;
            }
            return OptionalLong.empty();
        }
        if (pendingDigit >= 0) {
            if (lastUnit != Long.MAX_VALUE && !zeroSeen && lastUnit >= 100) {
                // 一千二 = 1200, 三百五 = 350: the digit counts in the next smaller unit
                section += pendingDigit * (lastUnit / 10);
            } else {
                section += pendingDigit;
            }
        }
        return OptionalLong.of(total + section);
    }

    /**
     * A value in digits, with {@code 万} or {@code 亿} scaling, keeping the written precision where the
     * result is not whole (1.25万 is 12500, 3.5 is 3.5).
     */
    static BigDecimal scale(BigDecimal written, char scale) {
        BigDecimal v = scale == '万' ? written.multiply(BigDecimal.valueOf(10_000))
                : scale == '亿' ? written.multiply(BigDecimal.valueOf(100_000_000)) : written;
        if (scale != 0 && v.stripTrailingZeros().scale() <= 0) {
            return v.setScale(0, java.math.RoundingMode.UNNECESSARY);
        }
        return v;
    }
}
