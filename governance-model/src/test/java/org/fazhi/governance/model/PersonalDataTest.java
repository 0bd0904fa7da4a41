package org.fazhi.governance.model;

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
