package org.fazhi.governance.model;

import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.PersonalData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

/** 个人信息 / No raw resident identity number or phone number appears in any text the model renders. */
class PersonalDataTest {
    static List<String> raw(RuleOfLawRecord r) {
        List<String> out = new ArrayList<>();
        for (Person p : r.people()) {
            p.residentId().ifPresent(id -> out.add(id.unmasked()));
            p.phone().ifPresent(ph -> out.add(ph.unmasked()));
        }
        return out;
    }

    @Test
    void toString_and_export_json_mask_every_id_and_phone() {
        qt().withExamples(100).forAll(ModelGenerators.records()).checkAssert(r -> {
            String toString = r.toString();
            String export = GovernanceJson.writeForExport(r);
            for (String secret : raw(r)) {
                assertThat(toString).doesNotContain(secret);
                assertThat(export).doesNotContain(secret);
            }
        });
    }

    @Test
    void the_storage_json_is_the_explicit_raw_export() {
        qt().withExamples(30).forAll(ModelGenerators.records()).checkAssert(r -> {
            String storage = GovernanceJson.write(r);
            for (String secret : raw(r)) {
                assertThat(storage).contains(secret);
            }
        });
    }

    @Test
    void mask_hides_identity_and_phone_numbers_wherever_they_stand() {
        assertThat(PersonalData.mask("未知的代码“350526199001011234”")).isEqualTo("未知的代码“35**************34”");
        assertThat(PersonalData.mask("id 35052619900101123x!")).isEqualTo("id 35**************3x!");
        assertThat(PersonalData.mask("old id 350526900101123 here")).isEqualTo("old id 35***********23 here");
        assertThat(PersonalData.mask("p13812345678")).isEqualTo("p138******78");
        assertThat(PersonalData.mask("+8613812345678 and 86-139-1234-5678"))
                .isEqualTo("+86*********78 and 86-***********78");
        assertThat(PersonalData.mask("call 138 1234 5678")).isEqualTo("call 138********78");
        assertThat(PersonalData.mask("tel 0595-23456789, 01023456789")).isEqualTo("tel 059********89, 010******89");
        assertThat(PersonalData.mask("0102345678")).as("the shortest kind, ten digits").isEqualTo("010*****78");
        assertThat(PersonalData.mask("13812345678 first, 138-1234-5678 last 13812345678")).isEqualTo("138******78 first, 138********78 last 138******78");
        assertThat(PersonalData.mask("-13812345678-")).isEqualTo("-138******78-");
    }

    @Test
    void export_json_shows_the_masked_forms_of_identity_and_phone_numbers() {
        Person p = Person.builder().id("p1").name("王五").residentId(ResidentIdNumber.of("11010519491231002X")).phone(PhoneNumber.of("13812345678")).build();
        String export = GovernanceJson.writeForExport(p);
        assertThat(export).contains("\"residentId\" : \"11**************2X\"", "\"phone\" : \"138******78\"");
    }

    @Test
    void mask_leaves_codes_dates_counts_fractions_and_hotlines_alone() {
        for (String text : List.of("区划代码 350526108201 不在 350526108 之内", "2023-05-01", "value 12345678901234567",
                "12345 and 8890", "97.00000000001", "0.13812345678", "grid 350526108201001", "91350100M000100Y43", "")) {
            assertThat(PersonalData.mask(text)).as(text).isSameAs(text);
        }
        assertThat(PersonalData.mask(null)).isNull();
    }

    @Test
    void identifier_errors_never_repeat_the_rejected_value() {
        String badId = "350526199001011234";
        InvalidIdentifierException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidIdentifierException.class, () -> ResidentIdNumber.of(badId));
        assertThat(e.getMessage()).doesNotContain(badId);
        InvalidRecordException r = org.junit.jupiter.api.Assertions.assertThrows(InvalidRecordException.class, () -> GovernanceJson.readRecord(
                "{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023,\"people\":[{\"id\":\"p\",\"name\":\"n\",\"residentId\":\"" + badId + "\"}]}"));
        assertThat(r.getMessage()).doesNotContain(badId);
        assertThat(r.violations().toString()).doesNotContain(badId);
    }
}
