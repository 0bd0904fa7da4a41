package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * 工作日计算 / Working-day arithmetic is exact (it agrees with counting day by day over every covered
 * year, across every New Year) and O(holidays): spans of millions of years take no longer than a week.
 */
class WorkingDayArithmeticTest {
    private static final WorkingDayCalendar CN = WorkingDayCalendar.china();
    /** A little before the first date any built-in notice sets (2018-12-29) to a little after the last (2026-12-31). */
    private static final LocalDate REFERENCE_FROM = LocalDate.of(2018, 6, 1);
    private static final int REFERENCE_DAYS = (int) (LocalDate.of(2027, 6, 30).toEpochDay() - REFERENCE_FROM.toEpochDay());

    /** The definition, one day at a time: the n-th working day after start. */
    private static LocalDate addDayByDay(WorkingDayCalendar c, LocalDate start, int n) {
        LocalDate d = start;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (c.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The definition, one day at a time: working days in (from, to]. */
    private static long countDayByDay(WorkingDayCalendar c, LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            n += c.isWorkingDay(d) ? 1 : 0;
        }
        return n;
    }

    @Test
    void adding_agrees_with_counting_day_by_day_over_the_covered_years() {
        qt().withExamples(2000).forAll(integers().between(0, REFERENCE_DAYS), integers().between(0, 300)).checkAssert((offset, n) -> {
            LocalDate start = REFERENCE_FROM.plusDays(offset);
            assertThat(CN.addWorkingDays(start, n)).as("%s + %s working days", start, n).isEqualTo(addDayByDay(CN, start, n));
        });
    }

    @Test
    void counting_agrees_with_counting_day_by_day_over_the_covered_years() {
        qt().withExamples(2000).forAll(integers().between(0, REFERENCE_DAYS), integers().between(0, REFERENCE_DAYS)).checkAssert((a, b) -> {
            LocalDate from = REFERENCE_FROM.plusDays(Math.min(a, b));
            LocalDate to = REFERENCE_FROM.plusDays(Math.max(a, b));
            assertThat(CN.workingDaysBetween(from, to)).as("(%s, %s]", from, to).isEqualTo(countDayByDay(CN, from, to));
            assertThat(CN.workingDaysBetween(to, from)).isEqualTo(-countDayByDay(CN, from, to));
        });
    }

    @Test
    void counts_that_start_in_the_last_days_of_december_agree_with_the_day_by_day_reference() {
        qt().withExamples(1000).forAll(integers().between(2018, 2026), integers().between(20, 31), integers().between(0, 40)).checkAssert((year, day, n) -> {
            LocalDate start = LocalDate.of(year, 12, day);
            LocalDate end = CN.addWorkingDays(start, n);
            assertThat(end).as("%s + %s working days", start, n).isEqualTo(addDayByDay(CN, start, n));
            assertThat(CN.workingDaysBetween(start, end)).isEqualTo((long) n);
        });
    }

    @Test
    void a_count_from_30_december_crosses_new_year_with_its_holidays_and_make_up_days() {
        // 2018-12-29 (Saturday) worked, 2018-12-30 to 2019-01-01 off (国办发明电〔2018〕15号)
        assertThat(CN.addWorkingDays(LocalDate.of(2018, 12, 28), 2)).isEqualTo(LocalDate.of(2019, 1, 2));
        // 2025-12-31 (Wednesday) worked, 2026-01-01 to 01-03 off, 2026-01-04 (Sunday) worked (国办发明电〔2025〕7号)
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 12, 30), 1)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 12, 30), 2)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CN.addWorkingDays(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(CN.workingDaysBetween(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5))).isEqualTo(3L);
        // 2022-12-31 to 2023-01-02 off: from Friday 30 December the next working day is Tuesday 3 January
        assertThat(CN.addWorkingDays(LocalDate.of(2022, 12, 30), 1)).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void any_whole_number_of_weeks_has_five_working_days_a_week_without_holidays() {
        WorkingDayCalendar plain = WorkingDayCalendar.weekdaysOnly();
        qt().forAll(longs().between(-150_000_000_000L, 150_000_000_000L), longs().between(0, 30_000_000_000L)).checkAssert((from, weeks) -> {
            LocalDate a = LocalDate.ofEpochDay(from);
            LocalDate b = a.plusDays(7 * weeks);
            assertThat(plain.workingDaysBetween(a, b)).isEqualTo(5 * weeks);
        });
    }

    @Test
    void a_span_around_all_the_notices_counts_five_days_a_week_outside_them() {
        LocalDate before = LocalDate.of(2018, 1, 1);
        LocalDate after = LocalDate.of(2028, 1, 1);
        long inside = 0;
        for (LocalDate d = before.plusDays(1); !d.isAfter(after); d = d.plusDays(1)) {
            inside += CN.isWorkingDay(d) ? 1 : 0;
        }
        long workingInside = inside;
        qt().forAll(longs().between(0, 50_000_000_000L), longs().between(0, 50_000_000_000L)).checkAssert((w1, w2) -> {
            LocalDate a = before.minusDays(7 * w1);
            LocalDate b = after.plusDays(7 * w2);
            assertThat(CN.workingDaysBetween(a, b)).isEqualTo(5 * (w1 + w2) + workingInside);
        });
    }

    @Test
    void the_widest_spans_are_counted_without_walking_them() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            LocalDate first = LocalDate.of(1, 1, 1);
            LocalDate last = LocalDate.of(9999, 12, 31);
            assertThat(CN.workingDaysBetween(first, last)).isEqualTo(CN.workingDaysBetween(first, LocalDate.of(2023, 6, 30))
                    + CN.workingDaysBetween(LocalDate.of(2023, 6, 30), last));
            long all = CN.workingDaysBetween(LocalDate.MIN, LocalDate.MAX);
            assertThat(all).isEqualTo(-CN.workingDaysBetween(LocalDate.MAX, LocalDate.MIN)).isGreaterThan(Integer.MAX_VALUE);
            LocalDate far = CN.addWorkingDays(first, Integer.MAX_VALUE);
            assertThat(CN.workingDaysBetween(first, far)).isEqualTo((long) Integer.MAX_VALUE);
            assertThat(CN.isWorkingDay(far)).isTrue();
        });
    }
}
