package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.CheckerTest.oneOfficerAlone;
import static org.fazhi.governance.rules.Townships.AS_OF;
import static org.fazhi.governance.rules.Townships.clean;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.legal.Petition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a host system does with a rule set and its report, besides checking. */
class RuleSetAndReportApiTest {
    @Test
    void a_rule_set_narrows_to_some_groups_or_drops_single_rules() {
        RuleSet enforcement = GovernanceRules.all().only(RuleGroup.ENFORCEMENT, RuleGroup.THREE_SYSTEMS);
        assertThat(enforcement.rules()).extracting(r -> r.descriptor().group()).containsOnly(RuleGroup.ENFORCEMENT, RuleGroup.THREE_SYSTEMS);
        assertThat(enforcement.rules()).hasSize(29);
        assertThat(GovernanceRules.of(RuleGroup.CERTIFICATION).rules()).extracting(Rule::id)
                .containsExactly("CERT-TRAINING-60H", "CERT-VALIDITY-REVIEW", "CERT-TRAINING-ASSESSMENT-RATE", "CERT-CADRE-TRAINING");
        RuleSet lenient = GovernanceRules.all().without("ENF-TWO-OFFICERS");
        assertThat(lenient.rules()).hasSize(GovernanceRules.all().rules().size() - 1).extracting(Rule::id).doesNotContain("ENF-TWO-OFFICERS");
        assertThat(lenient.evaluate(oneOfficerAlone(), AS_OF).isPassing()).isTrue();
        assertThat(GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF).isPassing()).isFalse();
    }

    @Test
    void a_misspelt_rule_id_is_refused_with_the_nearest_ids_rather_than_matching_nothing() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GovernanceRules.all().without("ENF-TWO-OFFICER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no rule 'ENF-TWO-OFFICER'; did you mean ENF-TWO-OFFICERS?")
                .hasMessageContaining("没有规则“ENF-TWO-OFFICER”；是否指 ENF-TWO-OFFICERS？");
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.ofRule("ENF-TWO-OFFICER"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean ENF-TWO-OFFICERS?");
        assertThat(report.ofRule("ENF-TWO-OFFICERS").failures()).hasSize(1);
        assertThat(GovernanceRules.of(RuleGroup.CERTIFICATION).without("ENF-TWO-OFFICERS").rules())
                .as("a catalog rule absent from a narrowed set may still be named").hasSize(4);
    }

    @Test
    void a_rule_set_keeps_the_waivers_it_was_given() {
        assertThat(GovernanceRules.all().waivers().entries()).isEmpty();
        Waivers w = Waivers.of(List.of(Waiver.builder().ruleId("ENF-TWO-OFFICERS").subject("EnforcementCase:c1").reason("依据待补录")
                .approvedBy("县司法局").expires(LocalDate.of(2024, 6, 30)).build()));
        assertThat(GovernanceRules.all().withWaivers(w).waivers()).isSameAs(w);
        assertThat(GovernanceRules.all().withWaivers(w).only(RuleGroup.ENFORCEMENT).waivers()).isSameAs(w);
    }

    @Test
    void a_report_knows_its_date_and_counts_every_outcome() {
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.asOf()).isEqualTo(AS_OF);
        assertThat(report.countsByOutcome()).containsOnlyKeys(Outcome.values())
                .containsEntry(Outcome.FAIL, 1)
                .containsEntry(Outcome.PASS, report.count(Outcome.PASS));
        assertThat(report.countsByOutcome().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(report.findings().size());
    }

    @Test
    void a_report_speaks_the_language_it_is_asked_for() {
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.toString()).startsWith("法治规则检查 示范乡 2023（截至 2023-12-31）：未通过");
        assertThat(report.inLocale(Locale.ENGLISH).toString()).startsWith("Fazhi rule check of 示范乡 2023 as of 2023-12-31: FAILED");
        assertThat(report.inLocale(Locale.ENGLISH).findings()).isEqualTo(report.findings());
    }

    @Test
    void only_unwaived_errors_make_a_report_fail() {
        CheckReport warningsOnly = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF).filter(f -> f.severity() != Severity.ERROR);
        assertThat(warningsOnly.isPassing()).isTrue();
        RuleOfLawRecord latePublication = clean().enforcementCases(List.of(Townships.penaltyCase(), Townships.coercionCase()
                .withDisclosures(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(LocalDate.of(2023, 7, 10)).build())))
                .build();
        CheckReport warning = GovernanceRules.all().evaluate(latePublication, AS_OF);
        assertThat(warning.failures()).isNotEmpty().allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
        assertThat(warning.isPassing()).isTrue();
    }

    @Test
    void a_waived_finding_says_why_in_its_line() {
        Finding waived = GovernanceRules.all().withWaivers(Waivers.of(List.of(Waiver.builder().ruleId("ENF-TWO-OFFICERS")
                .subject("EnforcementCase:c1").reason("依据待补录").approvedBy("县司法局").expires(LocalDate.of(2024, 6, 30)).build())))
                .evaluate(oneOfficerAlone(), AS_OF).waived().get(0);
        assertThat(waived.line(Locale.CHINESE)).endsWith("（已豁免：依据待补录）");
        assertThat(waived.line(Locale.ENGLISH)).endsWith(" (waived: 依据待补录)");
        Finding plain = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF).failures().get(0);
        assertThat(plain.line(Locale.ENGLISH)).doesNotContain("waived").contains(" — fix: ");
    }

    @Test
    void waivers_are_read_from_a_utf8_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("waivers.json");
        Files.writeString(file, "[{\"ruleId\":\"ENF-TWO-OFFICERS\",\"subject\":\"EnforcementCase:c1\",\"reason\":\"依据待补录\","
                + "\"approvedBy\":\"县司法局\",\"expires\":\"2024-06-30\"}]", StandardCharsets.UTF_8);
        Waivers w = Waivers.read(file);
        assertThat(w.entries()).singleElement().satisfies(x -> assertThat(x.reason()).isEqualTo("依据待补录"));
        assertThat(w.toString()).startsWith("Waivers[").contains("ENF-TWO-OFFICERS");
    }

    @Test
    void subjects_are_values_named_by_kind_and_key() {
        SubjectRef a = SubjectRef.of(EnforcementCase.class, "c1");
        assertThat(a.kind()).isEqualTo("EnforcementCase");
        assertThat(a.key()).isEqualTo("c1");
        assertThat(a).isEqualTo(SubjectRef.of(EnforcementCase.class, "c1")).hasSameHashCodeAs(SubjectRef.of(EnforcementCase.class, "c1"));
        assertThat(a).isNotEqualTo(SubjectRef.of(EnforcementCase.class, "c2")).isNotEqualTo(SubjectRef.of(Petition.class, "c1")).isNotEqualTo("c1");
    }

    @Test
    void a_subject_of_an_anonymous_type_is_refused_since_no_waiver_could_name_it() {
        Object anonymous = new Object() { };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SubjectRef.of(anonymous.getClass(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("named top-level or member type")
                .hasMessageContaining("有名称的顶层或成员类型");
    }

    @Test
    void citations_of_grade_c_and_d_are_flagged_unverified_in_both_languages() {
        for (String id : List.of("ENF-TWO-OFFICERS", "RURAL-TOWNSHIP-LEGAL-ADVISER", "NORM-REVIEW-TIME", "NORM-FILING")) {
            LegalCitation c = GovernanceRules.byId(id).orElseThrow().descriptor().citation();
            boolean unverified = c.confidence() == Confidence.C || c.confidence() == Confidence.D;
            assertThat(c.unverified()).as(id).isEqualTo(unverified);
            assertThat(c.text(Locale.CHINESE).contains("参数未经核实")).as(id).isEqualTo(unverified);
            assertThat(c.text(Locale.ENGLISH).contains("parameter unverified")).as(id).isEqualTo(unverified);
        }
        assertThat(GovernanceRules.byId("NORM-FILING").orElseThrow().descriptor().citation().confidence()).isEqualTo(Confidence.D);
        assertThat(GovernanceRules.byId("NORM-REVIEW-TIME").orElseThrow().descriptor().citation().confidence()).isEqualTo(Confidence.C);
        assertThat(GovernanceRules.byId("RURAL-TOWNSHIP-LEGAL-ADVISER").orElseThrow().descriptor().citation().confidence()).isEqualTo(Confidence.B);
    }

    @Test
    void a_report_whose_as_of_date_lies_past_the_calendar_says_so_in_its_header() {
        CheckReport report = GovernanceRules.all().evaluate(UncoveredYearRulesTest.township2026().build(), UncoveredYearRulesTest.IN_2027);
        assertThat(report.asOfPastCalendar()).isTrue();
        assertThat(report.calendarYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        String zh = "注意：工作日历只载入到 2026 年的国务院节假日安排（2019—2026 年），截至日 2027-03-01 已超出；跨入未载入年度的工作日期限无法判定，"
                + "相关检查记为数据不足。载入 2027 年的通知见 docs/calendar.md。";
        String en = "Note: the working-day calendar holds the State Council holiday notices up to 2026 (2019–2026) and the as-of date 2027-03-01 "
                + "lies past them; working-day deadlines that run into an uncovered year cannot be decided and are reported as insufficient data. "
                + "To load the 2027 notice, see docs/calendar.md.";
        assertThat(report.calendarNote(Locale.CHINESE)).contains(zh);
        assertThat(report.calendarNote(Locale.ENGLISH)).contains(en);
        assertThat(report.toString().lines().skip(1).findFirst()).contains("  " + zh);
        assertThat(report.describe(Locale.ENGLISH).lines().skip(1).findFirst()).contains("  " + en);
        assertThat(report.filter(f -> false).inLocale(Locale.ENGLISH).calendarNote(Locale.ENGLISH)).contains(en);
    }

    @Test
    void a_report_within_the_calendar_has_no_note() {
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.asOfPastCalendar()).isFalse();
        assertThat(report.calendarNote(Locale.CHINESE)).isEmpty();
        assertThat(report.toString().lines().skip(1).findFirst()).hasValueSatisfying(line -> assertThat(line).startsWith("  [ERROR] "));
    }

    @Test
    void a_report_as_of_a_year_the_calendar_lacks_says_which_year_and_what_it_holds() {
        CheckReport before = GovernanceRules.all().evaluate(oneOfficerAlone(), CheckContext.of(LocalDate.of(2018, 12, 31)));
        assertThat(before.asOfPastCalendar()).isFalse();
        assertThat(before.calendarNote(Locale.CHINESE)).contains("注意：工作日历未载入截至日 2018-12-31 所在的 2018 年的国务院节假日安排（已载入：2019—2026 年）；"
                + "跨入未载入年度的工作日期限无法判定，相关检查记为数据不足。载入方法见 docs/calendar.md。");
        assertThat(before.calendarNote(Locale.ENGLISH)).contains("Note: the working-day calendar holds no State Council holiday notice for 2018, "
                + "the year of the as-of date 2018-12-31 (it holds 2019–2026); working-day deadlines that run into an uncovered year cannot be "
                + "decided and are reported as insufficient data. To load a year, see docs/calendar.md.");
        CheckReport none = GovernanceRules.all().evaluate(oneOfficerAlone(), Townships.CONTEXT.withCalendar(WorkingDayCalendar.weekdaysOnly()));
        assertThat(none.asOfPastCalendar()).isTrue();
        assertThat(none.calendarNote(Locale.ENGLISH)).hasValueSatisfying(n -> assertThat(n).contains("(it holds none)"));
    }

    @Test
    void a_merged_report_keeps_only_the_years_both_calendars_covered() {
        CheckReport full = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        CheckReport with2018 = GovernanceRules.all().evaluate(oneOfficerAlone(),
                Townships.CONTEXT.withCalendar(WorkingDayCalendar.china().withNotice(HolidayNoticeTest.notice2018())));
        CheckReport only2018 = GovernanceRules.all().evaluate(oneOfficerAlone(),
                Townships.CONTEXT.withCalendar(WorkingDayCalendar.weekdaysOnly().withNotice(HolidayNoticeTest.notice2018())));
        assertThat(full.merge(with2018).calendarYears()).isEqualTo(full.calendarYears());
        assertThat(with2018.merge(only2018).calendarYears()).containsExactly(2018);
        assertThat(with2018.merge(only2018).calendarNote(Locale.ENGLISH)).hasValueSatisfying(n -> assertThat(n).contains("up to 2018 (2018)"));
    }
}
