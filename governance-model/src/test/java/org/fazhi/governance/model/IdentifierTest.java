package org.fazhi.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class IdentifierTest {
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void creditCode_published_example_passes() {
        // 91350100M000100Y43 is a widely published valid example code
        assertThat(UnifiedSocialCreditCode.of("91350100M000100Y43").divisionCode()).isEqualTo("350100");
    }

    @Test
    void creditCode_generated_codes_pass() {
        qt().forAll(ModelGenerators.creditCodes())
                .checkAssert(code -> assertThat(UnifiedSocialCreditCode.of(code.value())).isEqualTo(code));
    }

    @Test
    void creditCode_any_single_changed_character_fails() {
        qt().forAll(ModelGenerators.creditCodes(), integers().between(0, 17), integers().between(1, 30))
                .checkAssert((code, position, shift) -> {
                    char old = code.value().charAt(position);
                    char changed = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(old) + shift) % 31);
                    String mutated = code.value().substring(0, position) + changed + code.value().substring(position + 1);
                    assertThatThrownBy(() -> UnifiedSocialCreditCode.of(mutated)).isInstanceOf(InvalidIdentifierException.class);
                });
    }

    @Test
    void creditCode_wrong_check_character_has_bilingual_reason() {
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> UnifiedSocialCreditCode.of("91350100M000100Y44"));
        assertThat(e.code()).isEqualTo("identifier.checkCharacter");
        assertThat(e.message(Locale.CHINESE)).isEqualTo("统一社会信用代码校验码错误");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo("Unified social credit code check character is wrong");
    }

    @Test
    void residentId_generated_numbers_pass_and_are_masked() {
        qt().forAll(ModelGenerators.residentIds()).checkAssert(id -> {
            assertThat(ResidentIdNumber.of(id.unmasked())).isEqualTo(id);
            assertThat(id.toString()).doesNotContain(id.unmasked().substring(2, 16)).hasSize(18);
            assertThat(id.toString()).isEqualTo(id.masked()).matches("[0-9]{2}\\*{14}[0-9][0-9X]");
        });
    }

    @Test
    void residentId_any_single_changed_digit_fails() {
        qt().forAll(ModelGenerators.residentIds(), integers().between(0, 17), integers().between(1, 9))
                .checkAssert((id, position, shift) -> {
                    char old = id.unmasked().charAt(position);
                    String digits = position == 17 ? "0123456789X" : "0123456789";
                    int base = digits.indexOf(old);
                    char changed = digits.charAt((base + shift) % digits.length());
                    String mutated = id.unmasked().substring(0, position) + changed + id.unmasked().substring(position + 1);
                    assertThatThrownBy(() -> ResidentIdNumber.of(mutated)).isInstanceOf(InvalidIdentifierException.class);
                });
    }

    @Test
    void residentId_lower_case_x_is_refused_not_changed() {
        String body = bodyWithCheckDigitX();
        assertThat(ResidentIdNumber.checkDigit(body)).as("the fixture must end in X").isEqualTo('X');
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidIdentifierException.class, () -> ResidentIdNumber.of(body + 'x'));
        assertThat(e.code()).isEqualTo("identifier.checkCharacter");
        assertThat(ResidentIdNumber.of(body + 'X').unmasked()).isEqualTo(body + 'X');
    }

    /** The first body 35052619900101nnn (nnn = 000…999) whose check digit is X; about one in eleven is. */
    private static String bodyWithCheckDigitX() {
        for (int seq = 0; seq < 1000; seq++) {
            String body = String.format("35052619900101%03d", seq);
            if (ResidentIdNumber.checkDigit(body) == 'X') {
                return body;
            }
        }
        throw new AssertionError("no sequence number gives the check digit X");
    }

    @Test
    void residentId_impossible_birth_date_fails() {
        String body = "35052619900230123";
        assertThatThrownBy(() -> ResidentIdNumber.of(body + ResidentIdNumber.checkDigit(body)))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("birth date");
    }

    @Test
    void divisionCode_levels_and_parents() {
        DivisionCode village = DivisionCode.of("350526108201");
        assertThat(village.level()).isEqualTo(DivisionCode.Level.VILLAGE);
        assertThat(village.parent()).contains(DivisionCode.of("350526108"));
        assertThat(village.parent().flatMap(DivisionCode::parent)).contains(DivisionCode.of("350526"));
        assertThat(village.isWithin(DivisionCode.of("350526"))).isTrue();
        assertThat(DivisionCode.of("350526").parent()).isEmpty();
    }

    @Test
    void divisionCode_wrong_length_province_or_character_fails() {
        assertThatThrownBy(() -> DivisionCode.of("35052")).hasMessageContaining("6 (county), 9 (township) or 12");
        assertThatThrownBy(() -> DivisionCode.of("990526")).hasMessageContaining("province-level");
        assertThatThrownBy(() -> DivisionCode.of("35O526")).hasMessageContaining("position 3");
    }

    @Test
    void divisionCode_any_changed_province_digit_outside_the_table_fails() {
        qt().forAll(integers().between(0, 99)).checkAssert(prefix -> {
            String code = String.format("%02d0526", prefix);
            boolean province = java.util.Set.of(11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
                    46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82).contains(prefix);
            if (province) {
                assertThat(DivisionCode.of(code).value()).isEqualTo(code);
            } else {
                assertThatThrownBy(() -> DivisionCode.of(code)).isInstanceOf(InvalidIdentifierException.class);
            }
        });
    }

    @Test
    void phone_is_masked_in_toString() {
        PhoneNumber phone = PhoneNumber.of("13812345678");
        assertThat(phone.toString()).isEqualTo("138******78");
        assertThat(phone.unmasked()).isEqualTo("13812345678");
        assertThatThrownBy(() -> PhoneNumber.of("138 1234 5678")).hasMessageContaining("position 4");
    }
}
