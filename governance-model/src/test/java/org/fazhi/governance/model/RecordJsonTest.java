package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    private static final String MINIMAL = "{\"unit\":{\"name\":\"国宝乡\",\"level\":\"TOWNSHIP\"},\"year\":2023}";

    @Test
    void generated_records_are_valid() {
        qt().withExamples(100).forAll(ModelGenerators.records())
                .checkAssert(r -> assertThat(RecordValidator.shared().validate(r)).isEmpty());
    }

    @Test
    void object_to_json_to_object_is_equal() {
        qt().withExamples(100).forAll(ModelGenerators.records())
                .checkAssert(r -> assertThat(GovernanceJson.readRecord(GovernanceJson.write(r))).isEqualTo(r));
    }

    @Test
    void minimal_record_reads_with_empty_lists() {
        RuleOfLawRecord r = GovernanceJson.readRecord(MINIMAL);
        assertThat(r.unit().name()).isEqualTo("国宝乡");
        assertThat(r.grids()).isEmpty();
        assertThat(r.report()).isEmpty();
    }

    @Test
    void module_registers_like_javaTimeModule_on_a_plain_mapper() throws Exception {
        ObjectMapper plain = new ObjectMapper().registerModule(new GovernanceModule());
        RuleOfLawRecord r = plain.readValue(MINIMAL, RuleOfLawRecord.class);
        assertThat(plain.readValue(plain.writeValueAsString(r), RuleOfLawRecord.class)).isEqualTo(r);
    }

    @Test
    void a_number_written_with_an_exponent_reads_as_its_plain_value_and_round_trips() {
        RuleOfLawRecord r = GovernanceJson.readRecord("{\"unit\":{\"name\":\"国宝乡\",\"level\":\"TOWNSHIP\"},\"year\":2023,\"declaredFigures\":["
                + "{\"key\":\"grid.level1Count\",\"value\":1e2,\"unit\":\"COUNT\",\"quote\":\"q\"},"
                + "{\"key\":\"hotline.satisfactionRate\",\"value\":9.750e1,\"unit\":\"PERCENT\",\"quote\":\"q\"}]}");
        assertThat(r.declaredFigures()).extracting(DeclaredFigure::value).containsExactly(new BigDecimal("100"), new BigDecimal("97.50"));
        assertThat(GovernanceJson.readRecord(GovernanceJson.write(r))).isEqualTo(r);
    }

    @Test
    void unknown_property_names_its_path() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\",\"mayor\":\"y\"},\"year\":2023}");
        assertThat(v).containsExactly(Violation.of("/unit/mayor", "json.unknownProperty", "未知字段“mayor”", "Unknown property 'mayor'"));
    }

    @Test
    void every_unknown_property_and_enum_code_of_a_document_comes_back_in_one_exception() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"VILLAGE\",\"mayor\":{\"a\":[1,2]}},\"year\":2023,"
                + "\"hotlineTickets\":[{\"id\":\"t1\",\"channel\":\"12345\",\"receivedOn\":\"2023-01-02\",\"colour\":\"red\"}],\"mayor\":[1]}");
        assertThat(v).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/unit/level", "json.unknownEnum"),
                org.assertj.core.groups.Tuple.tuple("/unit/mayor", "json.unknownProperty"),
                org.assertj.core.groups.Tuple.tuple("/hotlineTickets/0/colour", "json.unknownProperty"),
                org.assertj.core.groups.Tuple.tuple("/mayor", "json.unknownProperty"));
    }

    @Test
    void a_json_lines_entity_reports_all_its_unknown_fields_and_codes_too() {
        byte[] line = ("xx{\"id\":\"t1\",\"channel\":\"12345\",\"receivedOn\":\"2023-01-02\",\"colour\":\"red\",\"size\":3}")
                .getBytes(StandardCharsets.UTF_8);
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readValid(line, 2, line.length - 2, org.fazhi.governance.model.service.HotlineTicket.class));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("/colour", "/size");
    }

    @Test
    void a_misspelt_required_field_is_reported_as_unknown_and_as_missing() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"yaer\":2023}");
        assertThat(v).extracting(Violation::path, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/yaer", "json.unknownProperty"), org.assertj.core.groups.Tuple.tuple("/year", "json.missing"));
    }

    @Test
    void readRecord_given_a_path_instead_of_json_says_so() {
        for (String path : new String[] {"guobao-2023.json", "data/guobao-2023.json", "C:\\data\\r.json"}) {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(path));
            assertThat(e.violations()).singleElement().satisfies(x -> {
                assertThat(x.code()).isEqualTo("json.pathGiven");
                assertThat(x.en()).contains("looks like a file path", "GovernanceJson.readRecord(Path.of(");
                assertThat(x.zh()).contains("像是文件路径");
            });
        }
        assertThat(violations("nonsense")).extracting(Violation::code).containsExactly("json.malformed");
    }

    @Test
    void unknown_enum_code_lists_the_allowed_values() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"VILLAGE\"},\"year\":2023}");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/unit/level");
            assertThat(x.code()).isEqualTo("json.unknownEnum");
            assertThat(x.en()).isEqualTo("Unknown code 'VILLAGE'; allowed values are [TOWNSHIP, TOWN, SUBDISTRICT]");
            assertThat(x.zh()).startsWith("未知的代码“VILLAGE”");
        });
    }

    @Test
    void missing_required_fields_are_each_named() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\"}}");
        assertThat(v).extracting(Violation::path).contains("/unit/level");
    }

    @Test
    void text_where_a_number_belongs_is_not_coerced() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":\"2023\"}");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/year");
            assertThat(x.code()).isEqualTo("json.wrongType");
            assertThat(x.en()).isEqualTo("Wrong type: expected a whole number here");
            assertThat(x.zh()).isEqualTo("类型错误：此处应为整数");
        });
    }

    @Test
    void fraction_where_a_whole_number_belongs_is_not_truncated() {
        assertThat(violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023.5}"))
                .extracting(Violation::path).containsExactly("/year");
    }

    @Test
    void duplicate_keys_are_rejected_not_overwritten() {
        assertThat(violations("{\"unit\":{\"name\":\"x\",\"name\":\"y\",\"level\":\"TOWNSHIP\"},\"year\":2023}"))
                .extracting(Violation::code).containsExactly("json.duplicateKey");
    }

    @Test
    void malformed_json_gives_line_and_column() {
        assertThat(violations("{\"unit\": {\n  \"name\": }"))
                .singleElement().satisfies(x -> {
                    assertThat(x.code()).isEqualTo("json.malformed");
                    assertThat(x.en()).startsWith("Malformed JSON (line 2");
                });
    }

    @Test
    void empty_and_non_utf8_input_are_rejected() {
        assertThat(violations("")).extracting(Violation::code).containsExactly("json.empty");
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readRecord(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertThat(e.violations()).extracting(Violation::code).containsExactly("json.encoding");
    }

    @Test
    void invalid_identifier_in_json_names_its_path() {
        List<Violation> v = violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\",\"code\":\"350526\"},"
                + "\"year\":2023,\"people\":[{\"id\":\"p\",\"name\":\"张三\",\"residentId\":\"350526199001011234\"}]}");
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("/people/0/residentId");
            assertThat(x.code()).isEqualTo("identifier.checkCharacter");
            assertThat(x.toString()).doesNotContain("350526199001011234");
        });
    }

    @Test
    void oversized_numbers_and_strings_are_rejected_by_the_stream_limits() {
        String longNumber = "{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":" + "9".repeat(GovernanceJson.MAX_NUMBER_LENGTH + 1) + "}";
        assertThat(violations(longNumber)).extracting(Violation::code).containsExactly("json.limit");
        String longName = "{\"unit\":{\"name\":\"" + "x".repeat(GovernanceJson.MAX_STRING_LENGTH + 1) + "\",\"level\":\"TOWNSHIP\"},\"year\":2023}";
        assertThat(violations(longName)).extracting(Violation::code).containsExactly("json.limit");
    }

    @Test
    void huge_whole_numbers_do_not_overflow_silently() {
        assertThat(violations("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":99999999999}"))
                .extracting(Violation::path).containsExactly("/year");
    }

    @Test
    void class_names_in_input_are_never_used() {
        List<Violation> v = violations("{\"@class\":\"java.lang.ProcessBuilder\",\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023}");
        assertThat(v).extracting(Violation::code).containsExactly("json.unknownProperty");
    }

    private static List<Violation> violations(String json) {
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readRecord(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(e).as("expected InvalidRecordException for %s", json).isNotNull();
        return e.violations();
    }
}
