package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.rule;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.docStep;
import static org.fazhi.governance.rules.Townships.step;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.DecisionStepRecord;
import org.fazhi.governance.model.decision.DisclosureMode;
import org.fazhi.governance.model.decision.InformationDisclosure;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.junit.jupiter.api.Test;

/**
 * 跨入未载入年度的工作日期限 / Every rule that counts working days, when the count runs into a year whose
 * State Council holiday notice the calendar lacks: INSUFFICIENT_DATA naming the year and how to add it,
 * never a PASS or FAIL computed on weekends alone; a decision where the known days settle it; and the
 * outcome a host-loaded notice gives.
 */
class UncoveredYearRulesTest {
    /** The checks of 2026 cases made in 2027, before the 2027 notice is published. */
    static final CheckContext IN_2027 = CheckContext.of(LocalDate.of(2027, 3, 1));
    static final String HOW_ZH = "取得该年度的国务院办公厅节假日安排通知后，按 docs/calendar.md 的格式写成文件，"
            + "用 HolidayNotice.read 读取、WorkingDayCalendar.withNotice 载入，再重新检查";
    static final String HOW_EN = "Take that year's holiday notice of the General Office of the State Council, write it in the format of "
            + "docs/calendar.md, read it with HolidayNotice.read, load it with WorkingDayCalendar.withNotice and check again";
    /** The rules that count working days, as docs/rules.md and docs/calendar.md list them. */
    static final Set<String> WORKING_DAY_RULES = new TreeSet<>(RuleCatalogDocument.WORKING_DAY_RULES);

    /** A penalty case decided on a Wednesday, 30 December 2026, so that its deadlines cross New Year. */
    static EnforcementCase decidedOn30December2026(Optional<LocalDate> servedOn) {
        return Townships.basicPenaltyCase().withFiledOn(d("2026-11-02")).withDecidedOn(d("2026-12-30")).withServedOn(servedOn)
                .withClosedOn(Optional.empty()).withArchived(false).withDisclosures(List.of())
                .withLegalReview(Townships.penaltyCase().legalReview().get().withReviewedOn(d("2026-12-28")))
                .withCollectiveDiscussion(Townships.penaltyCase().collectiveDiscussion().get().withHeldOn(d("2026-12-29")));
    }

    static RuleOfLawRecord.Builder township2026() {
        return Townships.clean().year(2026);
    }

    static Finding only(String ruleId, RuleOfLawRecord record, CheckContext ctx) {
        assertThat(RecordValidator.shared().validate(record)).as("the fixture itself must be a valid record").isEmpty();
        List<Finding> f = rule(ruleId).evaluate(record, ctx);
        assertThat(f).as(ruleId + " findings").hasSize(1);
        return f.get(0);
    }

    static Finding onlyInsufficient(String ruleId, RuleOfLawRecord record, CheckContext ctx) {
        Finding f = only(ruleId, record, ctx);
        assertThat(f.outcome()).as(ruleId + ": " + f.messageEn()).isEqualTo(Outcome.INSUFFICIENT_DATA);
        return f;
    }

    // ENF-SERVICE-7D: 7 working days from Wednesday 30 December 2026; Thursday 31 December is the one known working day,
    // so the deadline is 6 days into 2027 at the earliest: 2027-01-06.

    @Test
    void service_7d_served_after_the_earliest_possible_deadline_in_an_uncovered_year_is_insufficient_data_naming_2027() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2027-01-20"))), Townships.coercionCase())).build();
        Finding f = onlyInsufficient("ENF-SERVICE-7D", r, IN_2027);
        assertThat(f.path()).isEqualTo("/enforcementCases/0/servedOn");
        assertThat(f.messageZh()).isEqualTo("数据不足：自 2026-12-30 起 7 个工作日的期限跨入 2027 年，工作日历未载入其国务院节假日安排（已载入：2019—2026 年），"
                + "期限最早于 2027-01-06 届满；2027-01-20 才办理，是否逾期无法判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the 7-working-day period from 2026-12-30 runs into 2027, whose State Council holiday "
                + "notice the working-day calendar does not hold (it holds 2019–2026); the period ends on 2027-01-06 at the earliest, so whether "
                + "the act on 2027-01-20 was late cannot be decided. " + HOW_EN);
        assertThat(f.evidence()).containsEntry("caseId", "c1").containsEntry("uncoveredYears", "2027").containsEntry("earliestDeadline", "2027-01-06");
    }

    @Test
    void service_7d_still_unserved_after_the_earliest_possible_deadline_is_insufficient_data_not_overdue() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.empty()))).build();
        Finding f = onlyInsufficient("ENF-SERVICE-7D", r, IN_2027);
        assertThat(f.path()).isEqualTo("/enforcementCases/0/servedOn");
        assertThat(f.messageZh()).endsWith("期限最早于 2027-01-06 届满；至 2027-03-01 仍未办理，是否已逾期无法判断。" + HOW_ZH);
        assertThat(f.messageEn()).endsWith("the period ends on 2027-01-06 at the earliest, so whether the act, still not done on 2027-03-01, "
                + "is overdue cannot be decided. " + HOW_EN);
    }

    @Test
    void service_7d_served_one_day_past_the_earliest_possible_deadline_is_not_guessed_on_time() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2027-01-07"))))).build();
        assertThat(onlyInsufficient("ENF-SERVICE-7D", r, IN_2027).evidence()).containsEntry("earliestDeadline", "2027-01-06");
    }

    @Test
    void service_7d_served_by_the_earliest_possible_deadline_passes_whatever_the_2027_notice_says() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2027-01-06"))))).build();
        Finding f = only("ENF-SERVICE-7D", r, IN_2027);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.path()).isEqualTo("/enforcementCases/0/servedOn");
        assertThat(f.evidence()).containsEntry("servedOn", "2027-01-06");
    }

    @Test
    void service_7d_unserved_before_the_earliest_possible_deadline_is_pending_with_that_bound() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.empty()))).build();
        Finding f = only("ENF-SERVICE-7D", r, CheckContext.of(d("2027-01-04")));
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.evidence()).containsEntry("deadline", "≥2027-01-06");
    }

    // The host-loaded year: 2018, which the built-in calendar lacks. 7 working days from Monday 12 February 2018 end on
    // the 21st counting weekends alone, but 春节 is 15–21 February and Saturday 24 February is worked: the deadline is the 27th.

    static RuleOfLawRecord servedOn26February2018(String servedOn) {
        EnforcementCase c = Townships.basicPenaltyCase().withFiledOn(d("2018-01-15")).withDecidedOn(d("2018-02-12")).withServedOn(d(servedOn))
                .withClosedOn(Optional.empty()).withArchived(false).withDisclosures(List.of())
                .withLegalReview(Townships.penaltyCase().legalReview().get().withReviewedOn(d("2018-02-08")))
                .withCollectiveDiscussion(Townships.penaltyCase().collectiveDiscussion().get().withHeldOn(d("2018-02-09")));
        return Townships.clean().year(2018).enforcementCases(List.of(c)).build();
    }

    @Test
    void service_7d_in_a_year_before_the_built_in_notices_is_insufficient_data_naming_2018() {
        Finding f = onlyInsufficient("ENF-SERVICE-7D", servedOn26February2018("2018-02-26"), CheckContext.of(d("2018-12-31")));
        assertThat(f.path()).isEqualTo("/enforcementCases/0/servedOn");
        assertThat(f.messageZh()).startsWith("数据不足：自 2018-02-12 起 7 个工作日的期限跨入 2018 年，工作日历未载入其国务院节假日安排（已载入：2019—2026 年），"
                + "期限最早于 2018-02-19 届满；2018-02-26 才办理，是否逾期无法判断。");
        assertThat(f.messageEn()).startsWith("Insufficient data: the 7-working-day period from 2018-02-12 runs into 2018, whose State Council "
                + "holiday notice the working-day calendar does not hold (it holds 2019–2026); the period ends on 2018-02-19 at the earliest");
    }

    @Test
    void service_7d_with_the_host_loaded_2018_notice_counts_its_spring_festival() {
        CheckContext with2018 = CheckContext.of(d("2018-12-31")).withCalendar(WorkingDayCalendar.china().withNotice(HolidayNoticeTest.notice2018()));
        Finding onTime = only("ENF-SERVICE-7D", servedOn26February2018("2018-02-26"), with2018);
        assertThat(onTime.outcome()).isEqualTo(Outcome.PASS);
        assertThat(onTime.path()).isEqualTo("/enforcementCases/0/servedOn");
        Finding late = only("ENF-SERVICE-7D", servedOn26February2018("2018-02-28"), with2018);
        assertThat(late.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(late.path()).isEqualTo("/enforcementCases/0/servedOn");
        assertThat(late.messageZh()).isEqualTo("案件 c1 于 2018-02-12 作出决定，2018-02-28 才送达，超过 7 个工作日（截止 2018-02-27）");
        assertThat(late.messageEn()).isEqualTo("case c1 was decided on 2018-02-12 and was served on 2018-02-28, beyond 7 working days (2018-02-27)");
    }

    // TRS-POST-20WD and TRS-POST-7WD: a decision of 30 December 2026 still unpublished on 1 March 2027.

    @Test
    void post_20_and_7_working_days_unpublished_across_new_year_are_insufficient_data() {
        RuleOfLawRecord r = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2026-12-31"))))).build();
        RuleOfLawRecord coercion = township2026().enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2026-12-31")))
                .withKind(org.fazhi.governance.model.enforcement.CaseKind.COERCIVE_MEASURE))).build();
        Finding f20 = onlyInsufficient("TRS-POST-20WD", coercion, IN_2027);
        assertThat(f20.path()).isEqualTo("/enforcementCases/0/disclosures");
        assertThat(f20.messageZh()).isEqualTo("数据不足：自 2026-12-30 起 20 个工作日的期限跨入 2027 年，工作日历未载入其国务院节假日安排（已载入：2019—2026 年），"
                + "期限最早于 2027-01-19 届满；至 2027-03-01 仍未办理，是否已逾期无法判断。" + HOW_ZH);
        assertThat(f20.messageEn()).isEqualTo("Insufficient data: the 20-working-day period from 2026-12-30 runs into 2027, whose State Council "
                + "holiday notice the working-day calendar does not hold (it holds 2019–2026); the period ends on 2027-01-19 at the earliest, "
                + "so whether the act, still not done on 2027-03-01, is overdue cannot be decided. " + HOW_EN);
        Finding f7 = onlyInsufficient("TRS-POST-7WD", r, IN_2027);
        assertThat(f7.path()).isEqualTo("/enforcementCases/0/disclosures");
        assertThat(f7.messageZh()).contains("自 2026-12-30 起 7 个工作日的期限跨入 2027 年").contains("期限最早于 2027-01-06 届满；至 2027-03-01 仍未办理");
        assertThat(f7.messageEn()).contains("the 7-working-day period from 2026-12-30 runs into 2027")
                .contains("the period ends on 2027-01-06 at the earliest, so whether the act, still not done on 2027-03-01, is overdue");
    }

    // OPEN-PROACTIVE-20WD: formed Monday 21 December 2026, 8 known working days before New Year, published 10 February 2027.

    @Test
    void proactive_20_published_after_the_earliest_possible_deadline_is_insufficient_data() {
        RuleOfLawRecord r = township2026().informationDisclosures(List.of(InformationDisclosure.builder().id("i1").mode(DisclosureMode.PROACTIVE)
                .title("2027年财政预算").startedOn(d("2026-12-21")).completedOn(d("2027-02-10")).build())).build();
        Finding f = onlyInsufficient("OPEN-PROACTIVE-20WD", r, IN_2027);
        assertThat(f.path()).isEqualTo("/informationDisclosures/0/completedOn");
        assertThat(f.messageZh()).isEqualTo("数据不足：自 2026-12-21 起 20 个工作日的期限跨入 2027 年，工作日历未载入其国务院节假日安排（已载入：2019—2026 年），"
                + "期限最早于 2027-01-12 届满；2027-02-10 才办理，是否逾期无法判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the 20-working-day period from 2026-12-21 runs into 2027, whose State Council "
                + "holiday notice the working-day calendar does not hold (it holds 2019–2026); the period ends on 2027-01-12 at the earliest, "
                + "so whether the act on 2027-02-10 was late cannot be decided. " + HOW_EN);
        assertThat(f.evidence()).containsEntry("itemId", "i1").containsEntry("formed", "2026-12-21");
    }

    @Test
    void request_20_unanswered_across_new_year_is_insufficient_data() {
        RuleOfLawRecord r = township2026().informationDisclosures(List.of(InformationDisclosure.builder().id("i2").mode(DisclosureMode.ON_REQUEST)
                .title("宅基地审批信息").startedOn(d("2026-12-28")).build())).build();
        Finding f = onlyInsufficient("OPEN-REQUEST-20WD", r, IN_2027);
        assertThat(f.path()).isEqualTo("/informationDisclosures/0/completedOn");
        assertThat(f.messageZh()).isEqualTo("数据不足：自 2026-12-28 起 20 个工作日的期限跨入 2027 年，工作日历未载入其国务院节假日安排（已载入：2019—2026 年），"
                + "期限最早于 2027-01-17 届满；至 2027-03-01 仍未办理，是否已逾期无法判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the 20-working-day period from 2026-12-28 runs into 2027, whose State Council "
                + "holiday notice the working-day calendar does not hold (it holds 2019–2026); the period ends on 2027-01-17 at the earliest, "
                + "so whether the act, still not done on 2027-03-01, is overdue cannot be decided. " + HOW_EN);
    }

    // MAJ-LEGALITY-7WD: a review from Tuesday 29 December 2026 to 5 January 2027 has 2 known working days and 5 unknown days.

    static RuleOfLawRecord legalityReview(String from, String to) {
        MajorAdministrativeDecision m = MajorAdministrativeDecision.builder().from(Townships.majorDecision())
                .steps(List.of(DecisionStepRecord.builder().from(step(DecisionStep.LEGALITY_REVIEW, from, to)).passed(true).build())).build();
        return township2026().majorDecisions(List.of(m)).build();
    }

    @Test
    void legality_7wd_whose_count_the_uncovered_days_could_still_complete_is_insufficient_data() {
        Finding f = onlyInsufficient("MAJ-LEGALITY-7WD", legalityReview("2026-12-29", "2027-01-05"), IN_2027);
        assertThat(f.path()).isEqualTo("/majorDecisions/0/steps");
        assertThat(f.messageZh()).isEqualTo("数据不足：2026-12-29 至 2027-01-05 的工作日数取决于 2027 年的国务院节假日安排，工作日历未载入（已载入：2019—2026 年）；"
                + "已知至少 2 个、至多 7 个工作日，不足以判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the working days from 2026-12-29 to 2027-01-05 depend on the State Council holiday "
                + "notice for 2027, which the working-day calendar does not hold (it holds 2019–2026); there are at least 2 and at most 7, "
                + "which does not decide the rule. " + HOW_EN);
        assertThat(f.evidence()).containsEntry("decisionId", "md1").containsEntry("uncoveredYears", "2027").containsEntry("workingDays", "2–7");
    }

    @Test
    void legality_7wd_with_enough_known_working_days_before_new_year_passes() {
        Finding f = only("MAJ-LEGALITY-7WD", legalityReview("2026-12-01", "2027-01-15"), IN_2027);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.evidence()).containsEntry("workingDays", "22–37");
    }

    @Test
    void legality_7wd_that_even_all_uncovered_days_could_not_complete_fails_with_the_range() {
        // 2026-12-30 to 2027-01-02: 1 known working day and 2 days of 2027, so at most 3 whatever the 2027 notice says
        Finding f = only("MAJ-LEGALITY-7WD", legalityReview("2026-12-30", "2027-01-02"), IN_2027);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.path()).isEqualTo("/majorDecisions/0/steps");
        assertThat(f.messageZh()).isEqualTo("重大行政决策 md1 的合法性审查从 2026-12-30 到 2027-01-02 只有 1–3 个工作日，少于 7 个");
        assertThat(f.messageEn()).isEqualTo("major decision md1 had 1–3 working days of legality review (2026-12-30 to 2027-01-02), fewer than 7");
    }

    // NORM-COMMENT-7WD and NORM-REVIEW-TIME: weekends alone would have passed both.

    static RuleOfLawRecord normativeDocument(NormativeDocStep s, String from, String to) {
        NormativeDocument doc = NormativeDocument.builder().from(Townships.normativeDocument()).affectsMarketActors(false)
                .steps(List.of(docStep(s, from, to))).build();
        return township2026().normativeDocuments(List.of(doc)).build();
    }

    @Test
    void comment_7wd_open_across_new_year_is_insufficient_data_not_a_weekend_guess() {
        Finding f = onlyInsufficient("NORM-COMMENT-7WD", normativeDocument(NormativeDocStep.PUBLIC_CONSULTATION, "2026-12-24", "2027-01-04"), IN_2027);
        assertThat(f.path()).isEqualTo("/normativeDocuments/0/steps");
        assertThat(f.messageZh()).isEqualTo("数据不足：2026-12-24 至 2027-01-04 的工作日数取决于 2027 年的国务院节假日安排，工作日历未载入（已载入：2019—2026 年）；"
                + "已知至少 5 个、至多 9 个工作日，不足以判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the working days from 2026-12-24 to 2027-01-04 depend on the State Council holiday "
                + "notice for 2027, which the working-day calendar does not hold (it holds 2019–2026); there are at least 5 and at most 9, "
                + "which does not decide the rule. " + HOW_EN);
        assertThat(f.evidence()).containsEntry("docId", "nd1").containsEntry("minWorkingDays", "7");
    }

    @Test
    void review_time_across_new_year_is_insufficient_data_not_a_weekend_guess() {
        Finding f = onlyInsufficient("NORM-REVIEW-TIME", normativeDocument(NormativeDocStep.LEGALITY_REVIEW, "2026-12-28", "2027-01-08"), IN_2027);
        assertThat(f.path()).isEqualTo("/normativeDocuments/0/steps");
        assertThat(f.messageZh()).isEqualTo("数据不足：2026-12-28 至 2027-01-08 的工作日数取决于 2027 年的国务院节假日安排，工作日历未载入（已载入：2019—2026 年）；"
                + "已知至少 3 个、至多 11 个工作日，不足以判断。" + HOW_ZH);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the working days from 2026-12-28 to 2027-01-08 depend on the State Council holiday "
                + "notice for 2027, which the working-day calendar does not hold (it holds 2019–2026); there are at least 3 and at most 11, "
                + "which does not decide the rule. " + HOW_EN);
    }

    @Test
    void review_time_longer_than_15_working_days_before_new_year_fails_with_the_range() {
        // 2026-11-30 to 2027-01-04: 23 known working days in December alone, more than 15 whatever 2027 holds
        Finding f = only("NORM-REVIEW-TIME", normativeDocument(NormativeDocStep.LEGALITY_REVIEW, "2026-11-30", "2027-01-04"), IN_2027);
        assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(f.path()).isEqualTo("/normativeDocuments/0/steps");
        assertThat(f.messageZh()).isEqualTo("规范性文件 nd1 的合法性审核用了 23–27 个工作日，不在 5—15 个工作日之间");
        assertThat(f.messageEn()).isEqualTo("normative document nd1 had 23–27 working days of legality review, outside 5 to 15");
    }

    @Test
    void review_time_whose_bounds_both_fit_passes() {
        // 2026-12-21 to 2027-01-04: 8 known working days, at most 12 with the 4 days of 2027: within 5 to 15 either way
        Finding f = only("NORM-REVIEW-TIME", normativeDocument(NormativeDocStep.LEGALITY_REVIEW, "2026-12-21", "2027-01-04"), IN_2027);
        assertThat(f.outcome()).isEqualTo(Outcome.PASS);
        assertThat(f.evidence()).containsEntry("workingDays", "8–12");
    }

    @Test
    void the_calendar_names_every_uncovered_year_a_count_runs_through_and_those_it_holds() {
        WorkingDayCalendar withGap = WorkingDayCalendar.weekdaysOnly().withNotice(HolidayNoticeTest.notice2018())
                .withNotice(WorkingDayCalendar.china().notice(2021).orElseThrow()).withNotice(WorkingDayCalendar.china().notice(2022).orElseThrow());
        WorkingDayCount c = withGap.count(d("2016-06-30"), d("2024-01-10"));
        assertThat(YearRange.zh(c.uncovered())).isEqualTo("2016—2017 年、2019—2020 年、2023—2024 年");
        assertThat(YearRange.en(c.uncovered())).isEqualTo("2016–2017, 2019–2020, 2023–2024");
        assertThat(YearRange.zh(withGap.coveredRanges())).isEqualTo("2018 年、2021—2022 年");
        assertThat(YearRange.en(WorkingDayCalendar.weekdaysOnly().coveredRanges())).isEqualTo("none");
        assertThat(YearRange.zh(WorkingDayCalendar.weekdaysOnly().coveredRanges())).isEqualTo("无");
        assertThat(c.low()).isEqualTo(withGap.workingDaysBetween(d("2017-12-31"), d("2018-12-31"))
                + withGap.workingDaysBetween(d("2020-12-31"), d("2022-12-31")));
        assertThat(c.high()).isEqualTo(c.low() + (d("2024-01-10").toEpochDay() - d("2016-06-30").toEpochDay()) - 365 - 365 - 365);
        WorkingDayCount backwards = withGap.count(d("2024-01-10"), d("2016-06-30"));
        assertThat(backwards.low()).isEqualTo(-c.high());
        assertThat(backwards.high()).isEqualTo(-c.low());
    }

    @Test
    void within_the_covered_years_counts_and_deadlines_are_exact() {
        WorkingDayCalendar cn = WorkingDayCalendar.china();
        WorkingDayCount c = cn.count(d("2019-01-01"), d("2026-12-31"));
        assertThat(c.exact()).isTrue();
        assertThat(c.uncovered()).isEmpty();
        assertThat(c.low()).isEqualTo(cn.workingDaysBetween(d("2019-01-01"), d("2026-12-31")));
        Deadline dl = cn.deadline(d("2026-12-21"), 8);
        assertThat(dl.exact()).isTrue();
        assertThat(dl.date()).isEqualTo(d("2026-12-31"));
        assertThat(dl).hasToString("2026-12-31");
        assertThat(cn.deadline(d("2026-12-21"), 9)).hasToString("≥2027-01-01");
        assertThat(cn.deadline(d("2030-05-05"), 0)).isEqualTo(new Deadline(d("2030-05-05"), 0, d("2030-05-05"), true));
    }

    @Test
    void every_rule_that_counts_working_days_says_which_year_it_lacks_and_no_other_rule_does() {
        RuleOfLawRecord r = township2026()
                .enforcementCases(List.of(decidedOn30December2026(Optional.of(d("2027-01-20"))),
                        decidedOn30December2026(Optional.empty()).withId("c2").withKind(org.fazhi.governance.model.enforcement.CaseKind.COERCIVE_MEASURE)
                                .withPowerItemId("pw2"),
                        lifecycleAcrossNewYear()))
                .informationDisclosures(List.of(
                        InformationDisclosure.builder().id("i1").mode(DisclosureMode.PROACTIVE).title("预算").startedOn(d("2026-12-21")).completedOn(d("2027-02-10")).build(),
                        InformationDisclosure.builder().id("i2").mode(DisclosureMode.ON_REQUEST).title("申请").startedOn(d("2026-12-28")).build()))
                .majorDecisions(legalityReview("2026-12-29", "2027-01-05").majorDecisions())
                .normativeDocuments(List.of(NormativeDocument.builder().from(Townships.normativeDocument()).affectsMarketActors(false)
                        .steps(List.of(docStep(NormativeDocStep.PUBLIC_CONSULTATION, "2026-12-24", "2027-01-04"),
                                docStep(NormativeDocStep.LEGALITY_REVIEW, "2027-01-05", "2027-01-12"))).build()))
                .build();
        CheckReport report = GovernanceRules.all().evaluate(r, IN_2027);
        Set<String> undecided = new TreeSet<>();
        report.findings().stream().filter(f -> f.evidence().containsKey("uncoveredYears")).forEach(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.INSUFFICIENT_DATA);
            assertThat(f.evidence()).containsEntry("uncoveredYears", "2027");
            undecided.add(f.ruleId());
        });
        assertThat(undecided).isEqualTo(WORKING_DAY_RULES).hasSize(12);
    }

    /**
     * A case whose lifecycle periods all run into 2027: evidence preserved 2026-12-28 and handled 2027-01-10 (7 working
     * days end 2027-01-04 at the earliest), notice 2026-12-29 and a hearing asked for 2027-01-06 (5 working days: 2027-01-03
     * at the earliest), cash collected 2026-12-31 handed in 2027-01-05 (2 working days: 2027-01-02), the decision revoked
     * 2026-12-30 and withdrawn 2027-01-10 (3 working days: 2027-01-02).
     */
    static EnforcementCase lifecycleAcrossNewYear() {
        return EnforcementCase.builder().from(Townships.basicPenaltyCase()).id("c3").filedOn(d("2026-12-01")).decidedOn(d("2026-12-20"))
                .servedOn(d("2026-12-21")).closedOn(Optional.empty()).archived(false)
                .legalReview(Townships.penaltyCase().legalReview().get().withReviewedOn(d("2026-12-18")))
                .collectiveDiscussion(Townships.penaltyCase().collectiveDiscussion().get().withHeldOn(d("2026-12-19")))
                .disclosures(List.of(org.fazhi.governance.model.enforcement.DisclosureRecord.builder()
                        .stage(org.fazhi.governance.model.enforcement.DisclosureStage.POST_ACTION).publishedOn(d("2026-12-22"))
                        .withdrawnOn(d("2027-01-10")).withdrawalExplained(true).build()))
                .addEvidencePreservation(org.fazhi.governance.model.enforcement.EvidencePreservation.builder().preservedOn(d("2026-12-28"))
                        .approvedByHead(true).handledOn(d("2027-01-10")).build())
                .priorNotice(Townships.penaltyCase().priorNotice().get().withServedOn(d("2026-12-29")))
                .hearing(org.fazhi.governance.model.enforcement.Hearing.builder().requestedOn(d("2027-01-06")).build())
                .addPayment(org.fazhi.governance.model.enforcement.FinePayment.builder()
                        .channel(org.fazhi.governance.model.enforcement.PaymentChannel.COLLECTED_ON_THE_SPOT)
                        .onSpotGround(org.fazhi.governance.model.enforcement.OnSpotCollectionGround.REMOTE_AREA)
                        .paidOn(d("2026-12-31")).remittedOn(d("2027-01-05")).build())
                .addRemedy(org.fazhi.governance.model.enforcement.RemedyProceeding.builder()
                        .kind(org.fazhi.governance.model.enforcement.RemedyKind.SELF_CORRECTION).filedOn(d("2026-12-28")).decidedOn(d("2026-12-30"))
                        .outcome(org.fazhi.governance.model.enforcement.RemedyOutcome.REVOKED).build())
                .build();
    }
}
