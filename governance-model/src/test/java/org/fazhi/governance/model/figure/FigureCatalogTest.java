package org.fazhi.governance.model.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.base.Violation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The open figure catalog: typed keys, host extensions, and what a record may say of a figure. */
class FigureCatalogTest {
    static final FigureConcept ZHELIBAN_REQUESTS = FigureConcept.builder().id("zj.zheliban.requests").zh("浙里办诉求件数").en("Zheliban requests")
            .unit(FigureUnit.COUNT).section(FigureSection.HOTLINE).counts("浙里办受理的诉求件数", "requests received on Zheliban")
            .source("浙江省数字政府建设要求", "Zhejiang digital government requirements").build();

    static String record(String figures) {
        return "{\"unit\":{\"name\":\"试点街道\",\"level\":\"SUBDISTRICT\"},\"year\":2024,\"declaredFigures\":[" + figures + "]}";
    }

    @Nested
    class Keys {
        @Test
        void an_unknown_key_is_rejected_at_its_path_with_the_nearest_known_keys() {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(
                    record("{\"key\":\"hotline.ticketHandled\",\"value\":3,\"unit\":\"COUNT\",\"quote\":\"3 件\"}")));
            Violation v = e.violations().get(0);
            assertThat(v.path()).isEqualTo("/declaredFigures/0/key");
            assertThat(v.code()).isEqualTo("figure.unknownKey");
            assertThat(v.en()).isEqualTo("unknown figure key 'hotline.ticketHandled'; did you mean hotline.ticketsHandled?");
            assertThat(v.zh()).isEqualTo("未登记的数字键“hotline.ticketHandled”；是否指 hotline.ticketsHandled？");
        }

        @Test
        void a_key_nothing_resembles_asks_for_registration() {
            assertThat(FigureCatalog.standard().unknownMessage("zz.qqqq", Locale.ENGLISH))
                    .isEqualTo("unknown figure key 'zz.qqqq'; register the concept in the figure catalog first");
        }

        @Test
        void a_misspelt_grid_role_no_longer_slips_into_a_total() {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(
                    record("{\"key\":\"grid.staff.partTimeGridWorkers\",\"value\":32,\"unit\":\"COUNT\",\"quote\":\"32名兼职网格员\"}")));
            assertThat(e.violations().get(0).en()).contains("did you mean grid.staff.partTimeGridWorker");
        }

        @Test
        void every_standard_concept_has_a_typed_constant_and_every_constant_is_in_the_catalog() throws Exception {
            Set<String> constants = new HashSet<>();
            for (Field f : StandardFigures.class.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == FigureConcept.class) {
                    FigureConcept c = (FigureConcept) f.get(null);
                    assertThat(FigureCatalog.standard().contains(c)).as(f.getName()).isTrue();
                    constants.add(c.id());
                }
            }
            assertThat(constants).hasSize(FigureCatalog.standard().size());
        }

        @Test
        void the_standard_catalog_has_a_source_and_both_languages_for_every_concept() {
            assertThat(FigureCatalog.standard().concepts()).allSatisfy(c -> {
                assertThat(c.source(Locale.CHINESE)).isNotBlank();
                assertThat(c.source(Locale.ENGLISH)).isNotBlank();
                assertThat(c.counts(Locale.CHINESE)).isNotBlank();
                assertThat(c.zh()).isNotEqualTo(c.en());
            });
        }
    }

    @Nested
    class HostConcepts {
        @Test
        void a_host_registers_a_concept_and_reads_records_that_use_it() {
            FigureCatalog zhejiang = FigureCatalog.standard().extend(List.of(ZHELIBAN_REQUESTS));
            String json = record("{\"key\":\"zj.zheliban.requests\",\"value\":41,\"unit\":\"COUNT\",\"channel\":\"浙里办\",\"quote\":\"浙里办诉求41件\"}");
            RuleOfLawRecord r = GovernanceJson.readRecord(json.getBytes(StandardCharsets.UTF_8), zhejiang);
            assertThat(r.declaredFigure(ZHELIBAN_REQUESTS)).hasValueSatisfying(f -> assertThat(f.channel()).contains("浙里办"));
            assertThat(GovernanceJson.readRecord(GovernanceJson.write(r).getBytes(StandardCharsets.UTF_8), zhejiang)).isEqualTo(r);
            assertThatThrownBy(() -> GovernanceJson.readRecord(json)).as("the standard catalog alone does not know it")
                    .isInstanceOf(InvalidRecordException.class).hasMessageContaining("zj.zheliban.requests");
        }

        @Test
        void two_definitions_under_one_id_are_a_conflict() {
            FigureConcept other = ZHELIBAN_REQUESTS.toBuilder().zh("另一个定义").build();
            assertThatThrownBy(() -> FigureCatalog.standard().extend(List.of(ZHELIBAN_REQUESTS, other)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("figure concept zj.zheliban.requests is registered twice with different definitions / 数字概念 "
                            + "zj.zheliban.requests 被以不同的定义注册了两次");
        }

        @Test
        void a_relation_to_an_unregistered_concept_is_refused() {
            FigureConcept rate = FigureConcept.builder().id("zj.zheliban.rate").zh("率").en("rate").unit(FigureUnit.PERCENT)
                    .section(FigureSection.HOTLINE).counts("a", "a").source("s", "s").base("zj.nowhere").build();
            assertThatThrownBy(() -> FigureCatalog.standard().extend(List.of(rate))).hasMessageContaining("zj.nowhere");
        }

        @Test
        void a_catalog_file_is_read_with_every_problem_at_its_path() {
            String file = "{\"concepts\":[{\"id\":\"zj.a\",\"zh\":\"甲\",\"en\":\"a\",\"unit\":\"METRES\",\"section\":\"HOTLINE\","
                    + "\"countsZh\":\"甲\",\"countsEn\":\"a\",\"sourceZh\":\"s\",\"sourceEn\":\"s\",\"colour\":\"red\"}]}";
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                    () -> FigureCatalog.readConcepts(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("/concepts/0/colour", "/concepts/0/unit");
        }
    }

    @Nested
    class WhatAFigureSays {
        @Test
        void a_figure_in_a_unit_of_another_quantity_is_rejected() {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(
                    record("{\"key\":\"study.participants\",\"value\":700,\"unit\":\"YUAN\",\"quote\":\"700 人次\"}")));
            assertThat(e.violations()).extracting(Violation::path, Violation::en).containsExactly(org.assertj.core.groups.Tuple.tuple(
                    "/declaredFigures/0/unit", "unit YUAN does not fit study.participants, which is measured in PERSON_TIMES"));
        }

        @Test
        void period_channel_precision_and_qualifier_are_kept() {
            RuleOfLawRecord r = GovernanceJson.readRecord(record("{\"key\":\"hotline.satisfactionRate\",\"value\":98.30,\"unit\":\"PERCENT\","
                    + "\"channel\":\"8890\",\"period\":{\"kind\":\"AS_OF\",\"to\":\"2024-11-30\"},\"quote\":\"截至11月底满意率98.30%\"},"
                    + "{\"key\":\"publicity.participants\",\"value\":5000,\"unit\":\"PERSON_TIMES\",\"qualifier\":\"AT_LEAST\",\"quote\":\"5000余人次\"}"));
            DeclaredFigure rate = r.declaredFigures().get(0);
            assertThat(rate.writtenDecimals()).isEqualTo(2);
            assertThat(rate.period()).isEqualTo(FigurePeriod.asOf(java.time.LocalDate.of(2024, 11, 30)));
            assertThat(rate.channel()).contains("8890");
            assertThat(r.declaredFigures().get(1).approximate()).isTrue();
        }

        @Test
        void a_figure_declared_twice_in_one_context_is_rejected_but_two_channels_are_not() {
            String twelve = "{\"key\":\"hotline.ticketsHandled\",\"value\":130,\"unit\":\"COUNT\",\"channel\":\"12345\",\"quote\":\"130 件\"}";
            String eight = "{\"key\":\"hotline.ticketsHandled\",\"value\":90,\"unit\":\"COUNT\",\"channel\":\"8890\",\"quote\":\"90 件\"}";
            assertThat(GovernanceJson.readRecord(record(twelve + "," + eight)).declaredFigures()).hasSize(2);
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(record(twelve + "," + twelve)));
            assertThat(e.violations().get(0).path()).isEqualTo("/declaredFigures/1/key");
            assertThat(e.violations().get(0).en()).isEqualTo("hotline.ticketsHandled is declared twice for the same period, channel and scope "
                    + "(first at /declaredFigures/0)");
        }

        @Test
        void a_relation_to_a_figure_the_record_does_not_declare_is_rejected() {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(record(
                    "{\"key\":\"disputes.mediatedSuccessfully\",\"value\":5,\"unit\":\"COUNT\",\"partOf\":\"disputes.screened\",\"quote\":\"成功 5 起\"}")));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("/declaredFigures/0/partOf");
            assertThat(e.violations().get(0).zh()).isEqualTo("引用了 disputes.screened，但记录中在此口径下没有声明该数字");
        }

        @Test
        void a_period_as_of_a_date_needs_the_date() {
            InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceJson.readRecord(record(
                    "{\"key\":\"publicity.campaigns\",\"value\":5,\"unit\":\"COUNT\",\"period\":{\"kind\":\"AS_OF\"},\"quote\":\"5 场\"}")));
            assertThat(e.violations()).extracting(Violation::path).containsExactly("/declaredFigures/0/period/to");
        }
    }
}
