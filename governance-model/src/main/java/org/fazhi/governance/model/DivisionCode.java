package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * 行政区划代码 / 统计用区划代码: administrative division code (GB/T 2260 and the statistical codes).
 *
 * <p>Six digits for a province, city or county ({@code 350526} 德化县); nine digits for a township
 * ({@code 350526108}); twelve digits for a village or community ({@code 350526108201}). The first two
 * digits must name a province-level division. The codes carry no check digit: a changed digit is
 * caught only when it leaves the province table or breaks the parent prefix. Immutable and
 * thread-safe.
 */
public final class DivisionCode {
    private static final java.util.Set<String> PROVINCES = java.util.Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private final String value;

    private DivisionCode(String value) {
        this.value = value;
    }

    /**
     * Parses and checks a code.
     *
     * @param value 6, 9 or 12 digits
     * @return the code
     * @throws InvalidIdentifierException if the length, a digit or the province prefix is wrong
     */
    @JsonCreator
    public static DivisionCode of(String value) {
        Identifiers.requireText(value, "行政区划代码", "Division code");
        if (value.length() != 6 && value.length() != 9 && value.length() != 12) {
            throw Identifiers.invalid(
                    "identifier.length",
                    "行政区划代码应为6位（县）、9位（乡镇）或12位（村、社区），实际为" + value.length() + "位",
                    "Division code must have 6 (county), 9 (township) or 12 (village) digits, not "
                            + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw Identifiers.invalid(
                        "identifier.character",
                        "行政区划代码第" + (i + 1) + "位应为数字",
                        "Division code must have a digit at position " + (i + 1));
            }
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw Identifiers.invalid(
                    "identifier.province",
                    "行政区划代码前两位" + value.substring(0, 2) + "不是省级行政区代码",
                    "Division code prefix " + value.substring(0, 2) + " is not a province-level code");
        }
        if (value.length() >= 6 && value.substring(2, 4).equals("00") && !value.substring(4, 6).equals("00")) {
            throw Identifiers.invalid(
                    "identifier.hierarchy",
                    "行政区划代码的地级部分为00时县级部分也必须为00",
                    "Division code with prefecture part 00 must also have county part 00");
        }
        return new DivisionCode(value);
    }

    /** The digits. */
    @JsonValue
    public String value() {
        return value;
    }

    /** 层级 / Which level the length says: county (6), township (9) or village (12). */
    public Level level() {
        return value.length() == 6 ? Level.COUNTY : value.length() == 9 ? Level.TOWNSHIP : Level.VILLAGE;
    }

    /** The code one level up (a village's township, a township's county), if any. */
    public Optional<DivisionCode> parent() {
        return value.length() == 6 ? Optional.empty() : Optional.of(new DivisionCode(value.substring(0, value.length() - 3)));
    }

    /**
     * Whether this code lies inside {@code other} (same code or a descendant).
     *
     * @param other the possible ancestor
     * @return true if this code starts with the other one
     */
    public boolean isWithin(DivisionCode other) {
        return value.startsWith(other.value);
    }

    /** 区划层级 / Level of a division code. */
    public enum Level implements Bilingual {
        /** 县级 (6 digits). */
        COUNTY("县级", "county"),
        /** 乡级 (9 digits). */
        TOWNSHIP("乡级", "township"),
        /** 村级 (12 digits). */
        VILLAGE("村级", "village");

        private final String zh;
        private final String en;

        Level(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        @Override
        public String zh() {
            return zh;
        }

        @Override
        public String en() {
            return en;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DivisionCode && ((DivisionCode) o).value.equals(value);
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
