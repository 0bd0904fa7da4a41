package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
    private final WorkingDayCalendar cn = WorkingDayCalendar.china();

    @Test
    void covers_the_state_council_notices_of_2019_to_2026() {
        assertThat(cn.coveredYears()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void holidays_and_make_up_working_days_of_2023() {
        assertThat(cn.isWorkingDay(LocalDate.of(2023, 1, 23))).as("春节 Monday").isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2023, 1, 28))).as("春节调休 Saturday").isTrue();
        assertThat(cn.isWorkingDay(LocalDate.of(2023, 10, 2))).as("国庆").isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2023, 10, 7))).as("国庆调休 Saturday").isTrue();
        assertThat(cn.isWorkingDay(LocalDate.of(2023, 4, 5))).as("清明 Wednesday").isFalse();
    }

    @Test
    void adding_working_days_skips_holidays_and_counts_make_up_days() {
        assertThat(cn.addWorkingDays(LocalDate.of(2023, 9, 28), 7)).isEqualTo(LocalDate.of(2023, 10, 13));
        assertThat(cn.addWorkingDays(LocalDate.of(2023, 4, 3), 7)).isEqualTo(LocalDate.of(2023, 4, 13));
        assertThat(cn.addWorkingDays(LocalDate.of(2023, 6, 1), 20)).isEqualTo(LocalDate.of(2023, 6, 30));
        assertThat(cn.addWorkingDays(LocalDate.of(2023, 6, 1), 0)).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void working_days_between_inverts_adding() {
        qt().forAll(integers().between(0, 2500), integers().between(0, 60)).checkAssert((offset, n) -> {
            LocalDate start = LocalDate.of(2019, 1, 1).plusDays(offset);
            LocalDate end = cn.addWorkingDays(start, n);
            assertThat(cn.workingDaysBetween(start, end)).isEqualTo((long) n);
            assertThat(n == 0 || cn.isWorkingDay(end)).isTrue();
        });
    }

    @Test
    void counting_backwards_gives_the_negative_count() {
        assertThat(cn.workingDaysBetween(LocalDate.of(2023, 10, 13), LocalDate.of(2023, 9, 28))).isEqualTo(-7L);
    }

    @Test
    void the_calendar_says_which_years_it_knows() {
        assertThat(cn.covers(2023)).isTrue();
        assertThat(cn.covers(2018)).isFalse();
        assertThat(cn.covers(2027)).isFalse();
    }

    @Test
    void hosts_extend_the_calendar() {
        LocalDate local = LocalDate.of(2023, 11, 20);
        WorkingDayCalendar withLocalHoliday = cn.withHoliday(local);
        assertThat(cn.isWorkingDay(local)).isTrue();
        assertThat(withLocalHoliday.isWorkingDay(local)).isFalse();
        assertThat(withLocalHoliday.withWorkday(local).isWorkingDay(local)).isTrue();
        assertThat(WorkingDayCalendar.weekdaysOnly().isWorkingDay(LocalDate.of(2023, 10, 2))).isTrue();
    }
}
