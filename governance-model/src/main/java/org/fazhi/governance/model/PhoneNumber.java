package org.fazhi.governance.model;

import org.fazhi.governance.model.base.PersonalData;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * 电话号码 / A telephone number, personal data.
 *
 * <p>Digits with an optional leading {@code +} and single inner hyphens, 5 to 20 digits (mobile
 * {@code 13812345678}, landline {@code 0595-23456789}, hotline {@code 12345}). {@link #toString()}
 * keeps only the first three and last two digits. Immutable and thread-safe.
 */
public final class PhoneNumber {
    private final String value;

    private PhoneNumber(String value) {
        this.value = value;
    }

    /**
     * Parses a number without changing it.
     *
     * @param value the number as written
     * @return the number
     * @throws InvalidIdentifierException if it holds anything but digits, an inner hyphen or a leading plus
     */
    @JsonCreator
    public static PhoneNumber of(String value) {
        Identifiers.requireText(value, "电话号码", "Phone number");
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9')
                    || (c == '+' && i == 0)
                    || (c == '-' && i > 0 && i < value.length() - 1 && value.charAt(i - 1) != '-');
            if (!ok) {
                throw Identifiers.invalid(
                        "identifier.character",
                        "电话号码第" + (i + 1) + "位字符不合法",
                        "Phone number has an illegal character at position " + (i + 1));
            }
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        if (digits < 5 || digits > 20) {
            throw Identifiers.invalid(
                    "identifier.length",
                    "电话号码应有5至20位数字，实际为" + digits + "位",
                    "Phone number must have 5 to 20 digits, not " + digits);
        }
        return new PhoneNumber(value);
    }

    /** The number as written. Personal data: show {@link #masked()} instead. */
    @JsonValue
    public String unmasked() {
        return value;
    }

    /** The number with all but the first three and last two characters replaced by {@code *}. */
    public String masked() {
        return PersonalData.mask(value, 3, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhoneNumber && ((PhoneNumber) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form; never the raw number. */
    @Override
    public String toString() {
        return masked();
    }
}
