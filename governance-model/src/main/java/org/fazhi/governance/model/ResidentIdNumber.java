package org.fazhi.governance.model;

import org.fazhi.governance.model.base.PersonalData;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 居民身份证号码 / Citizen identity number (GB 11643-1999), personal data.
 *
 * <p>Six-digit address code, eight-digit birth date, three-digit sequence and a check digit
 * ({@code 0-9} or {@code X}) computed with ISO 7064 MOD 11-2. Any single changed character is
 * detected. {@link #toString()} and {@link #masked()} show only the first two and last two
 * characters; the raw digits are only reachable through {@link #unmasked()}, which the storage JSON
 * of the record uses. Immutable and thread-safe.
 */
public final class ResidentIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;

    private ResidentIdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and checks a number; a lower-case {@code x} is refused rather than silently changed.
     *
     * @param value 18 characters
     * @return the number
     * @throws InvalidIdentifierException if the length, a digit, the birth date or the check digit is wrong
     */
    @JsonCreator
    public static ResidentIdNumber of(String value) {
        Identifiers.requireText(value, "居民身份证号码", "Resident identity number");
        if (value.length() != 18) {
            throw Identifiers.invalid(
                    "identifier.length",
                    "居民身份证号码应为18位，实际为" + value.length() + "位",
                    "Resident identity number must have 18 characters, not " + value.length());
        }
        for (int i = 0; i < 17; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                throw Identifiers.invalid(
                        "identifier.character",
                        "居民身份证号码第" + (i + 1) + "位应为数字",
                        "Resident identity number must have a digit at position " + (i + 1));
            }
        }
        try {
            LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw Identifiers.invalid(
                    "identifier.birthDate",
                    "居民身份证号码中的出生日期不存在",
                    "Resident identity number holds a birth date that does not exist");
        }
        if (checkDigit(value.substring(0, 17)) != value.charAt(17)) {
            throw Identifiers.invalid(
                    "identifier.checkCharacter",
                    "居民身份证号码校验码错误",
                    "Resident identity number check digit is wrong");
        }
        return new ResidentIdNumber(value);
    }

    /**
     * Computes the check digit of the first 17 digits (ISO 7064 MOD 11-2).
     *
     * @param body 17 digits
     * @return {@code 0-9} or {@code X}
     */
    public static char checkDigit(String body) {
        if (body.length() != 17) {
            throw new IllegalArgumentException("body must have 17 digits / 本体码应为17位");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The raw 18 characters. Personal data: show {@link #masked()} instead. */
    @JsonValue
    public String unmasked() {
        return value;
    }

    /** The number with all but the first two and last two characters replaced by {@code *}. */
    public String masked() {
        return PersonalData.mask(value, 2, 2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResidentIdNumber && ((ResidentIdNumber) o).value.equals(value);
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
