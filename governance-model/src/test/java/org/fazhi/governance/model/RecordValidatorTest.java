package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.service.HotlineTicket;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final GovernmentUnit UNIT = GovernmentUnit.builder().name("国宝乡").level(UnitLevel.TOWNSHIP)
            .addGrassrootsUnit(GrassrootsUnit.builder().id("v1").name("佛岭村").kind(GrassrootsKind.VILLAGE).build())
            .build();

    private static RuleOfLawRecord.Builder record() {
        return RuleOfLawRecord.builder().unit(UNIT).year(2023);
    }

    @Test
    void grid_cycle_is_reported_at_the_parent_of_each_grid_in_it() {
        RuleOfLawRecord r = record()
                .addGrid(Grid.builder().id("a").name("A").level(2).parentId("b").build())
                .addGrid(Grid.builder().id("b").name("B").level(2).parentId("a").build())
                .build();
        List<Violation> v = RecordValidator.shared().validate(r);
        assertThat(v).filteredOn(x -> x.code().equals("fazhi.grid.cycle")).extracting(Violation::path)
                .containsExactly("/grids/0/parentId", "/grids/1/parentId");
        assertThat(v).filteredOn(x -> x.path().equals("/grids/0/parentId") && x.code().equals("fazhi.grid.cycle"))
                .singleElement().satisfies(x -> {
                    assertThat(x.en()).isEqualTo("grid 'a' is its own ancestor: the grid hierarchy has a cycle");
                    assertThat(x.zh()).isEqualTo("网格“a”成为自己的上级：网格层级存在循环");
                });
    }

    @Test
    void a_grid_leading_into_a_cycle_is_not_itself_on_it() {
        RuleOfLawRecord r = record()
                .addGrid(Grid.builder().id("a").name("A").level(2).parentId("b").build())
                .addGrid(Grid.builder().id("b").name("B").level(2).parentId("c").build())
                .addGrid(Grid.builder().id("c").name("C").level(2).parentId("b").build())
                .build();
        assertThat(RecordValidator.shared().validate(r)).filteredOn(x -> x.code().equals("fazhi.grid.cycle")).extracting(Violation::path)
                .containsExactly("/grids/1/parentId", "/grids/2/parentId");
    }

    /** 20,000 grids, each the parent of the next and each a level gap: 87 s before the grid tree walk became linear. */
    @Test
    void a_20000_grid_parent_chain_lists_the_first_1000_violations_and_counts_the_rest() {
        RuleOfLawRecord.Builder b = record().addGrid(Grid.builder().id("g0").name("G").level(1).build());
        for (int i = 1; i < 20_000; i++) {
            b.addGrid(Grid.builder().id("g" + i).name("G").level(2).parentId("g" + (i - 1)).build());
        }
        RuleOfLawRecord chain = b.build();
        List<Violation> v = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> RecordValidator.shared().validate(chain), "a hang guard with ample headroom, not a benchmark");
        assertThat(v).hasSize(RecordValidator.MAX_VIOLATIONS + 1);
        assertThat(v.subList(0, 3)).extracting(Violation::path).containsExactly("/grids/2/level", "/grids/3/level", "/grids/4/level");
        assertThat(v.get(RecordValidator.MAX_VIOLATIONS - 1).path()).isEqualTo("/grids/1001/level");
        assertThat(v.get(RecordValidator.MAX_VIOLATIONS)).isEqualTo(Violation.of("", "validation.truncated",
                "另有 18998 处错误未列出（只列出文档中的前 1000 处）", "18998 more violation(s) not listed (only the first 1000 in document order are)"));
    }

    @Test
    void a_20000_grid_cycle_counts_the_inconsistencies_it_does_not_list() {
        RuleOfLawRecord.Builder b = record();
        for (int i = 0; i < 20_000; i++) {
            b.addGrid(Grid.builder().id("g" + i).name("G").level(1 + i % 2).parentId("g" + (i + 1) % 20_000).build());
        }
        RuleOfLawRecord cycle = b.build();
        List<Violation> v = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> RecordValidator.shared().validate(cycle), "a hang guard with ample headroom, not a benchmark");
        assertThat(v).hasSize(RecordValidator.MAX_VIOLATIONS + 1);
        long listed = v.stream().filter(x -> !x.code().equals("validation.truncated")).count();
        String en = v.get(RecordValidator.MAX_VIOLATIONS).en();
        long rest = Long.parseLong(en.substring(0, en.indexOf(' ')));
        // every grid is on the cycle, every level-1 grid has a parent, every level-2 grid a level-1 parent (no gap)
        // and every level-1 grid a level-2 parent (a gap): 20,000 + 10,000 + 10,000 inconsistencies
        assertThat(listed + rest).isEqualTo(40_000);
        assertThat(v.get(0)).isEqualTo(Violation.of("/grids/0/level", "fazhi.grid.levelGap", "1 级网格的上级应比它高一级，但上级为 2 级",
                "a level-1 grid must sit directly below a level-1-minus-1 grid, but its parent is level 2"));
    }

    @Test
    void paths_sort_in_document_order() {
        List<String> paths = new java.util.ArrayList<>(List.of("/grids/10/level", "/year", "", "/grids/9/name", "/grids/9", "/grids/09x", "/a"));
        paths.sort(RecordValidator::comparePaths);
        assertThat(paths).containsExactly("", "/a", "/grids/9", "/grids/9/name", "/grids/10/level", "/grids/09x", "/year");
    }

    @Test
    void orphan_grid_names_the_missing_parent() {
        RuleOfLawRecord r = record().addGrid(Grid.builder().id("a").name("A").level(2).parentId("nowhere").build()).build();
        assertThat(RecordValidator.shared().validate(r)).containsExactly(Violation.of("/grids/0/parentId",
                "fazhi.reference.missing", "引用的“nowhere”在 grids 中不存在", "refers to 'nowhere', which is not in grids"));
    }

    @Test
    void level_1_grid_with_a_parent_and_level_2_without_are_both_reported() {
        RuleOfLawRecord r = record()
                .addGrid(Grid.builder().id("a").name("A").level(1).build())
                .addGrid(Grid.builder().id("b").name("B").level(1).parentId("a").build())
                .addGrid(Grid.builder().id("c").name("C").level(2).build())
                .build();
        assertThat(RecordValidator.shared().validate(r)).extracting(Violation::path, Violation::code).contains(
                org.assertj.core.groups.Tuple.tuple("/grids/1/parentId", "fazhi.grid.level1HasParent"),
                org.assertj.core.groups.Tuple.tuple("/grids/2/parentId", "fazhi.grid.missingParent"));
    }

    @Test
    void duplicate_ids_point_at_the_second_use() {
        RuleOfLawRecord r = record()
                .addGrid(Grid.builder().id("a").name("A").level(1).build())
                .addGrid(Grid.builder().id("a").name("A2").level(1).build())
                .build();
        assertThat(RecordValidator.shared().validate(r)).containsExactly(Violation.of("/grids/1/id", "fazhi.id.duplicate",
                "标识“a”重复（首次出现在 /grids/0）", "duplicate id 'a' (first used at /grids/0)"));
    }

    @Test
    void dates_out_of_order_name_both_fields() {
        HotlineTicket t = HotlineTicket.builder().id("t").channel("12345").receivedOn(LocalDate.of(2023, 5, 2))
                .closedOn(LocalDate.of(2023, 5, 1)).build();
        assertThat(RecordValidator.shared().validate(record().addHotlineTicket(t).build())).containsExactly(Violation.of(
                "/hotlineTickets/0/closedOn", "fazhi.dates.order",
                "closedOn（2023-05-01）不得早于 receivedOn（2023-05-02）",
                "closedOn (2023-05-01) must not be before receivedOn (2023-05-02)"));
    }

    @Test
    void certificate_valid_until_before_valid_from_is_reported() {
        EnforcementOfficer o = EnforcementOfficer.builder().id("o").personId("p")
                .addCertificate(EnforcementCertificate.builder().number("1").issuer("省政府")
                        .validFrom(LocalDate.of(2023, 1, 1)).validUntil(LocalDate.of(2022, 1, 1)).status(CertificateStatus.VALID).build())
                .build();
        RuleOfLawRecord r = record().addPerson(Person.builder().id("p").name("王五").build()).addEnforcementOfficer(o).build();
        assertThat(RecordValidator.shared().validate(r)).extracting(Violation::path)
                .containsExactly("/enforcementOfficers/0/certificates/0/validUntil");
    }

    @Test
    void references_to_missing_officers_and_power_items_name_their_paths() {
        EnforcementCase c = EnforcementCase.builder().id("c").kind(CaseKind.PENALTY).powerItemId("missing-power")
                .filedOn(LocalDate.of(2023, 3, 1))
                .addOfficer(OfficerPresence.builder().officerId("ghost").certificateShown(true).build())
                .build();
        RuleOfLawRecord r = record().addEnforcementCase(c)
                .addPowerList(PowerListItem.builder().id("p").name("x").category(PowerCategory.PENALTY).responsibleBody("y").build())
                .build();
        assertThat(RecordValidator.shared().validate(r)).extracting(Violation::path).containsExactly(
                "/enforcementCases/0/officers/0/officerId", "/enforcementCases/0/powerItemId");
    }

    @Test
    void percent_over_100_and_blank_fields_are_reported_in_both_languages() {
        DeclaredFigure f = DeclaredFigure.builder().concept(StandardFigures.HOTLINE_SATISFACTION_RATE).value(new BigDecimal("101"))
                .unit(FigureUnit.PERCENT).quote(" ").build();
        List<Violation> v = RecordValidator.shared().validate(record().addDeclaredFigure(f).build());
        assertThat(v).extracting(Violation::path).containsExactly("/declaredFigures/0/quote", "/declaredFigures/0/value");
        assertThat(v.get(1).message(Locale.ENGLISH)).isEqualTo("a percentage must not exceed 100 (was 101)");
        assertThat(v.get(1).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("百分比不得大于 100（实际为 101）");
        assertThat(v.get(0).en()).isEqualTo("must not be blank");
        assertThat(v.get(0).zh()).isEqualTo("不能为空");
    }

    @Test
    void negative_counts_are_reported() {
        DeclaredFigure f = DeclaredFigure.builder().concept(StandardFigures.GRID_LEVEL1_COUNT).value(new BigDecimal("-1")).unit(FigureUnit.COUNT).quote("q").build();
        assertThat(RecordValidator.shared().validate(record().addDeclaredFigure(f).build()))
                .extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/declaredFigures/0/value", "constraint.DecimalMin"));
    }

    @Test
    void requireValid_throws_with_every_violation() {
        RuleOfLawRecord r = record()
                .addGrid(Grid.builder().id("a").name(" ").level(1).build())
                .addGrid(Grid.builder().id("a").name("B").level(1).build())
                .build();
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> RecordValidator.shared().requireValid(r));
        assertThat(e.violations()).hasSize(2);
        assertThat(e.getMessage()).contains("/grids/0/name", "/grids/1/id", "must not be blank", "不能为空");
        assertThat(e.describe(Locale.CHINESE)).startsWith("输入无效，共 2 处错误：");
    }

    @Test
    void two_failures_on_one_path_come_in_check_order_with_matching_chinese_and_english() {
        for (int i = 0; i < 50; i++) {
            HotlineTicket t = HotlineTicket.builder().id("t" + i).channel("12345").receivedOn(LocalDate.of(2023, 1, 17))
                    .respondedOn(LocalDate.of(2023, 1, 17 + i % 3)).closedOn(LocalDate.of(2023, 1, 14 - i % 5)).build();
            List<Violation> v = RecordValidator.shared().validate(t);
            assertThat(v).extracting(Violation::path).containsExactly("/closedOn", "/closedOn");
            assertThat(v.get(0).en()).contains("must not be before receivedOn");
            assertThat(v.get(0).zh()).contains("不得早于 receivedOn");
            assertThat(v.get(1).en()).contains("must not be before respondedOn");
            assertThat(v.get(1).zh()).contains("不得早于 respondedOn");
            assertThat(RecordValidator.shared().validate(t.withId("u" + i))).extracting(Violation::en)
                    .containsExactlyElementsOf(v.stream().map(Violation::en).collect(java.util.stream.Collectors.toList()));
        }
    }
}
