package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.junit.jupiter.api.Test;

/** Evidence is named values in order; wordings fill each language's template and never travel as English text. */
class EvidenceTest {
    @Test
    void values_are_recorded_as_strings_in_the_order_given() {
        Evidence e = Evidence.of("caseId", "c1").and("officers", 1);
        assertThat(e.toMap()).containsExactly(Map.entry("caseId", "c1"), Map.entry("officers", "1"));
        assertThat(e.names()).containsExactly("caseId", "officers");
    }

    @Test
    void a_wording_enum_fills_each_template_in_its_language_and_is_recorded_by_its_code() {
        Evidence e = Evidence.of("caseId", "c1").and("state", ActState.SERVED_LATE).and("servedOn", "2023-05-02");
        assertThat(e.fill("案件 {caseId} {state}", Locale.CHINESE)).isEqualTo("案件 c1 2023-05-02 才送达");
        assertThat(e.fill("case {caseId} {state}", Locale.ENGLISH)).isEqualTo("case c1 was served on 2023-05-02");
        assertThat(e.toMap()).containsEntry("state", "SERVED_LATE").doesNotContainValue("was served on 2023-05-02");
    }

    @Test
    void a_model_enum_is_a_wording_too() {
        Evidence e = Evidence.of("kind", CaseKind.PENALTY);
        assertThat(e.fill("{kind}", Locale.ENGLISH)).isEqualTo(CaseKind.PENALTY.en());
        assertThat(e.fill("{kind}", Locale.CHINESE)).isEqualTo(CaseKind.PENALTY.zh());
        assertThat(e.toMap()).containsExactly(Map.entry("kind", "PENALTY"));
    }

    @Test
    void a_wording_worked_out_while_checking_fills_the_messages_but_is_not_evidence() {
        Evidence e = Evidence.of("caseId", "c1").and("missing", Wording.of("听证笔录", "the hearing record"));
        assertThat(e.fill("{missing}", Locale.ENGLISH)).isEqualTo("the hearing record");
        assertThat(e.toMap()).containsOnlyKeys("caseId");
    }

    @Test
    void names_that_renderers_write_beside_the_evidence_are_refused() {
        for (String reserved : Evidence.RESERVED) {
            assertThatThrownBy(() -> Evidence.of("caseId", "c1").and(reserved, "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("保留").hasMessageContaining("'" + reserved + "' is reserved");
        }
    }

    @Test
    void a_name_is_given_once_and_is_an_identifier() {
        assertThatThrownBy(() -> Evidence.of("caseId", "c1").and("caseId", "c2")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> Evidence.of("case id", "c1")).hasMessageContaining("identifier");
    }

    @Test
    void personal_data_in_a_value_is_masked() {
        assertThat(Evidence.of("phone", "13812345678").toMap().get("phone")).doesNotContain("12345678");
    }

    @Test
    void evidence_is_a_value() {
        assertThat(Evidence.of("a", 1).and("b", "x")).isEqualTo(Evidence.of("a", "1").and("b", "x"))
                .hasSameHashCodeAs(Evidence.of("a", "1").and("b", "x")).isNotEqualTo(Evidence.of("b", "x").and("a", 1));
        assertThat(Evidence.none().toMap()).isEmpty();
    }

    @Test
    void a_descriptor_whose_two_templates_fill_different_names_is_not_built() {
        assertThatThrownBy(() -> RuleDescriptor.builder().id("HOST-MISMATCH").group(RuleGroup.HOST).nameZh("名").nameEn("name")
                .citation(LegalSources.LOCAL.cite("某规范", "a standard", Confidence.D)).severity(Severity.INFO)
                .subjectZh("对象").subjectEn("subjects").failZh("{caseId} {problem}").failEn("{caseId} {problemEn}")
                .remediationZh("改").remediationEn("fix").exampleZh("例").exampleEn("example").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HOST-MISMATCH").hasMessageContaining("{problem}");
    }
}
