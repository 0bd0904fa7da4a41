package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.fazhi.governance.model.enforcement.ComprehensiveEnforcementTeam;
import org.fazhi.governance.model.service.HotlineTicket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 输入界限 / The bounds of the binding at their edges, the ways into it, and the module on a host's own mapper. */
class BindingLimitsTest {
    private static final String MINIMAL = "{\"unit\":{\"name\":\"国宝乡\",\"level\":\"TOWNSHIP\"},\"year\":2023}";

    private static String figure(String value) {
        return "{\"unit\":{\"name\":\"国宝乡\",\"level\":\"TOWNSHIP\"},\"year\":2023,\"declaredFigures\":[{\"key\":\"hotline.satisfactionRate\",\"value\":"
                + value + ",\"unit\":\"PERCENT\",\"quote\":\"q\"}]}";
    }

    @Test
    void decimals_are_accepted_up_to_the_bounds_and_refused_one_past_them() {
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("999999999999999999"))).as("18 digits").isTrue();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("1000000000000000000"))).as("19 digits").isFalse();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0.0000000001"))).as("10 decimals").isTrue();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0.00000000001"))).as("11 decimals").isFalse();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("1.00000000000000000000"))).as("trailing zeros are not significant").isTrue();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0e-40"))).as("a zero written with 40 decimals").isTrue();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0e-41"))).as("a zero written with 41 decimals").isFalse();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0e17"))).isTrue();
        assertThat(StrictDeserializers.withinBounds(new BigDecimal("0e18"))).isFalse();
        assertThat(GovernanceJson.readRecord(figure("99.9999999999")).declaredFigures().get(0).value()).isEqualByComparingTo("99.9999999999");
    }

    @Test
    void dates_are_accepted_from_the_first_to_the_last_day_of_the_range() {
        assertThat(StrictDeserializers.withinRange(GovernanceModule.EARLIEST_DATE)).isTrue();
        assertThat(StrictDeserializers.withinRange(GovernanceModule.EARLIEST_DATE.minusDays(1))).isFalse();
        assertThat(StrictDeserializers.withinRange(GovernanceModule.LATEST_DATE)).isTrue();
        assertThat(StrictDeserializers.withinRange(GovernanceModule.LATEST_DATE.plusDays(1))).isFalse();
    }

    @Test
    void an_unpaired_surrogate_is_found_wherever_it_stands() {
        assertThat(StrictDeserializers.unpairedSurrogate("国宝乡")).isEqualTo(-1);
        assertThat(StrictDeserializers.unpairedSurrogate("\ud83d\ude00")).as("a pair").isEqualTo(-1);
        assertThat(StrictDeserializers.unpairedSurrogate("a\ud83d\ude00b\ud840\udc00")).isEqualTo(-1);
        assertThat(StrictDeserializers.unpairedSurrogate("\ude00x")).as("a low half first").isZero();
        assertThat(StrictDeserializers.unpairedSurrogate("ab\ud83d")).as("a high half last").isEqualTo(2);
        assertThat(StrictDeserializers.unpairedSurrogate("\ud83d\ud83d\ude00")).as("two highs, then a low").isZero();
        assertThat(StrictDeserializers.unpairedSurrogate("x\ud83d\ude00\udc00")).as("a low after a pair").isEqualTo(3);
    }

    /** The module guards binding even on a lenient mapper a host set up itself, where text may become a number. */
    @Test
    void the_module_bounds_numbers_on_a_host_mapper_that_accepts_numbers_as_text() throws IOException {
        ObjectMapper lenient = new ObjectMapper().registerModule(new GovernanceModule());
        assertThatThrownBy(() -> lenient.readValue(figure("\"1e999999999\""), RuleOfLawRecord.class))
                .isInstanceOf(BindingException.class).hasMessageContaining("(was 1E+999999999)");
        String longest = "1" + "0".repeat(GovernanceJson.MAX_NUMBER_LENGTH - 1);
        assertThatThrownBy(() -> lenient.readValue(figure("\"" + longest + "\""), RuleOfLawRecord.class))
                .hasMessageContaining("(was " + longest + ")");
        assertThatThrownBy(() -> lenient.readValue(figure("\"" + longest + "0\""), RuleOfLawRecord.class))
                .hasMessageContaining("(was " + longest + "…)");
        assertThat(lenient.readValue(figure("\"1e2\""), RuleOfLawRecord.class).declaredFigures().get(0).value()).isEqualTo(new BigDecimal("100"));
    }

    @Test
    void the_date_range_holds_under_a_host_date_format() throws IOException {
        ObjectMapper dotted = new ObjectMapper().registerModule(new GovernanceModule());
        dotted.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("dd.MM.yyyy"));
        String ticket = "{\"id\":\"t\",\"channel\":\"12345\",\"receivedOn\":\"%s\"}";
        assertThat(dotted.readValue(String.format(ticket, "31.12.2023"), HotlineTicket.class).receivedOn()).isEqualTo(LocalDate.of(2023, 12, 31));
        BindingException e = catchThrowableOfType(BindingException.class, () -> dotted.readValue(String.format(ticket, "01.01.2101"), HotlineTicket.class));
        assertThat(e.code()).isEqualTo("json.dateOutOfRange");
        assertThat(pointer(e)).isEqualTo("/receivedOn");
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        e.getPath().forEach(r -> sb.append('/').append(r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())));
        return sb.toString();
    }

    @Test
    void a_document_of_exactly_the_limit_is_parsed_by_every_entry_point(@TempDir Path dir) throws IOException {
        byte[] spaces = new byte[GovernanceJson.MAX_DOCUMENT_BYTES];
        Arrays.fill(spaces, (byte) ' ');
        Violation empty = Violation.of("", "json.empty", "输入为空，不是 JSON 文档", "Input is empty, not a JSON document");
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(spaces)).violations()).containsExactly(empty);
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(new ByteArrayInputStream(spaces))).violations())
                .containsExactly(empty);
        Path file = Files.write(dir.resolve("limit.json"), spaces);
        assertThat(catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(file)).violations()).containsExactly(empty);
    }

    @Test
    void a_record_reads_the_same_from_text_bytes_a_stream_and_a_file(@TempDir Path dir) throws IOException {
        RuleOfLawRecord fromText = GovernanceJson.readRecord(MINIMAL);
        byte[] bytes = MINIMAL.getBytes(StandardCharsets.UTF_8);
        assertThat(GovernanceJson.readRecord(new ByteArrayInputStream(bytes))).isEqualTo(fromText);
        assertThat(GovernanceJson.readRecord(Files.write(dir.resolve("r.json"), bytes))).isEqualTo(fromText);
        assertThat(fromText.unit().name()).isEqualTo("国宝乡");
    }

    @Test
    void a_json_line_is_written_on_one_line_raw_and_reads_back_equal() {
        HotlineTicket t = HotlineTicket.builder().id("t1").channel("12345").receivedOn(LocalDate.of(2023, 5, 2))
                .closedOn(LocalDate.of(2023, 5, 4)).build();
        String line = GovernanceJson.writeLine(t);
        assertThat(line).doesNotContain("\n").startsWith("{\"id\":\"t1\"");
        byte[] padded = ("xx" + line + "yy").getBytes(StandardCharsets.UTF_8);
        assertThat(GovernanceJson.readValid(padded, 2, padded.length - 4, HotlineTicket.class)).isEqualTo(t);
    }

    @Test
    void a_line_larger_than_the_document_limit_is_refused_before_it_is_parsed() {
        byte[] huge = new byte[GovernanceJson.MAX_DOCUMENT_BYTES + 16];
        Arrays.fill(huge, (byte) ' ');
        huge[0] = '[';
        huge[huge.length - 1] = ']';
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> GovernanceJson.readValid(huge, 0, huge.length, HotlineTicket.class));
        assertThat(e.violations()).containsExactly(Violation.of("", "json.limit", "文档超过 33554432 字节的上限",
                "Document larger than the limit of 33554432 bytes"));
    }

    @Test
    void the_chinese_and_english_messages_of_one_path_and_code_pair_up() {
        for (int run = 0; run < 20; run++) {
            RuleOfLawRecord r = RuleOfLawRecord.builder().unit(GovernmentUnit.builder().name("乡").level(UnitLevel.TOWNSHIP).build()).year(2023)
                    .enforcementTeam(ComprehensiveEnforcementTeam.builder().name("队").addOfficerIds("ghost-a", "ghost-b", "ghost-c", "ghost-d").build())
                    .build();
            List<Violation> v = RecordValidator.shared().validate(r);
            assertThat(v).extracting(Violation::path).containsOnly("/enforcementTeam");
            assertThat(v).extracting(Violation::en).containsExactly("refers to 'ghost-a', which is not in enforcementOfficers",
                    "refers to 'ghost-b', which is not in enforcementOfficers", "refers to 'ghost-c', which is not in enforcementOfficers",
                    "refers to 'ghost-d', which is not in enforcementOfficers");
            assertThat(v).allSatisfy(x -> assertThat(x.zh()).contains(x.en().substring(11, 18)));
        }
    }

    @Test
    void violations_are_values_and_print_the_root_as_such() {
        Violation a = Violation.of("", "json.empty", "空", "empty");
        assertThat(a).isEqualTo(Violation.of("", "json.empty", "空", "empty")).hasSameHashCodeAs(Violation.of("", "json.empty", "空", "empty"));
        assertThat(a).isNotEqualTo(Violation.of("/x", "json.empty", "空", "empty")).isNotEqualTo(Violation.of("", "json.null", "空", "empty"))
                .isNotEqualTo(Violation.of("", "json.empty", "无", "empty")).isNotEqualTo(Violation.of("", "json.empty", "空", "none"))
                .isNotEqualTo("json.empty");
        assertThat(a.toString()).isEqualTo("(root): empty / 空");
        assertThat(Violation.of("/year", "c", "年", "year").toString()).isEqualTo("/year: year / 年");
    }
}
