package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words of the library's rules live in {@code rule-texts.json}, one entry a rule: the resource and the catalog
 * must name the same rules, each rule must say what its entry says, and a broken resource must stop the library from
 * loading with a message that names the rule and the field.
 */
class RuleTextsTest {
    private static final Map<String, Map<String, String>> ENTRIES = RuleTexts.load(RuleTexts.RESOURCE);

    private static Map<String, Map<String, String>> read(String json) throws IOException {
        return RuleTexts.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String entry(String id, String... fieldsAndTexts) {
        StringBuilder b = new StringBuilder("{\"" + id + "\": {");
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            b.append(i == 0 ? "" : ", ").append('"').append(fieldsAndTexts[i]).append("\": \"")
                    .append(fieldsAndTexts[i + 1]).append('"');
        }
        return b.append("}}").toString();
    }

    private static String[] allFieldsExcept(String left, String blank) {
        return RuleTexts.FIELDS.stream().filter(f -> !f.equals(left))
                .flatMap(f -> Stream.of(f, f.equals(blank) ? " " : "文字 " + f))
                .toArray(String[]::new);
    }

    @Test
    void every_rule_of_the_catalog_has_one_entry_and_every_entry_a_rule() {
        List<String> ids = GovernanceRules.all().rules().stream().map(Rule::id).collect(Collectors.toList());
        assertThat(ENTRIES.keySet()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(RuleTexts.ids()).isEqualTo(ENTRIES.keySet());
    }

    @Test
    void each_rule_says_what_its_entry_says() {
        for (Rule rule : GovernanceRules.all().rules()) {
            RuleDescriptor d = rule.descriptor();
            Map<String, String> e = ENTRIES.get(d.id());
            assertThat(List.of(d.nameZh(), d.nameEn(), d.subjectZh(), d.subjectEn(), d.failZh(), d.failEn(),
                    d.remediationZh(), d.remediationEn(), d.exampleZh(), d.exampleEn()))
                    .as(d.id()).isEqualTo(RuleTexts.FIELDS.stream().map(e::get).collect(Collectors.toList()));
        }
    }

    @Test
    void each_entry_fills_the_same_placeholders_in_chinese_and_english() {
        ENTRIES.forEach((id, e) -> assertThat(Evidence.placeholders(e.get("failZh")))
                .as(id).containsExactlyInAnyOrderElementsOf(Evidence.placeholders(e.get("failEn"))));
    }

    @Test
    void a_well_formed_entry_is_read_field_by_field() throws IOException {
        assertThat(read(entry("HOST-X", allFieldsExcept("", ""))).get("HOST-X"))
                .containsEntry("nameZh", "文字 nameZh").containsEntry("exampleEn", "文字 exampleEn")
                .hasSize(RuleTexts.FIELDS.size());
    }

    @Test
    void a_missing_resource_fails_naming_it() {
        assertThatThrownBy(() -> RuleTexts.load("no-such-texts.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-texts.json is missing");
    }

    @Test
    void a_blank_text_fails_naming_the_rule_and_the_field() {
        assertThatThrownBy(() -> read(entry("ENF-X", allFieldsExcept("", "remediationEn"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule ENF-X field remediationEn must be a text that is not blank");
    }

    @Test
    void a_missing_field_fails_naming_the_rule_and_the_field() {
        assertThatThrownBy(() -> read(entry("ENF-X", allFieldsExcept("exampleZh", ""))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule ENF-X field exampleZh is missing");
    }

    @Test
    void an_unknown_field_fails_naming_the_rule_and_the_field() {
        String json = entry("ENF-X", allFieldsExcept("", "")).replace("}}", ", \"nameFr\": \"nom\"}}");
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rule ENF-X field nameFr is not a field");
    }

    @Test
    void an_entry_that_is_not_an_object_fails_naming_the_rule() {
        assertThatThrownBy(() -> read("{\"ENF-X\": \"名称\"}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("rule ENF-X is not an object");
    }

    @Test
    void a_rule_id_given_twice_fails_naming_it() {
        String one = entry("ENF-X", allFieldsExcept("", ""));
        String twice = one.substring(0, one.length() - 1) + ", " + one.substring(1);
        assertThatThrownBy(() -> read(twice)).isInstanceOf(IOException.class).hasMessageContaining("ENF-X");
    }

    @Test
    void a_rule_without_an_entry_cannot_be_described() {
        assertThatThrownBy(() -> RuleTexts.describe("HOST-NOT-IN-CATALOG", RuleGroup.HOST, Severity.INFO,
                GovernanceRules.all().rules().get(0).descriptor().citation()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no entry for rule HOST-NOT-IN-CATALOG");
    }
}
