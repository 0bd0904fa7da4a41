package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

    @Test
    void a_host_loaded_notice_covers_its_year_and_moves_its_working_days() {
        WorkingDayCalendar with2018 = cn.withNotice(HolidayNoticeTest.notice2018());
        assertThat(with2018.covers(2018)).isTrue();
        assertThat(with2018.coveredYears()).first().isEqualTo(2018);
        assertThat(with2018.notice(2018)).hasValueSatisfying(n -> assertThat(n.number()).contains("国办发明电〔2017〕12号"));
        // 春节 2018-02-15 to 21 off, Saturday 24 February worked
        assertThat(cn.addWorkingDays(LocalDate.of(2018, 2, 12), 7)).as("weekends only").isEqualTo(LocalDate.of(2018, 2, 21));
        assertThat(with2018.addWorkingDays(LocalDate.of(2018, 2, 12), 7)).isEqualTo(LocalDate.of(2018, 2, 27));
        assertThat(with2018.isWorkingDay(LocalDate.of(2018, 2, 24))).isTrue();
        // the built-in years are unchanged, including 2018's last days, which the 2019 notice sets
        assertThat(with2018.isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(with2018.isWorkingDay(LocalDate.of(2018, 12, 31))).isFalse();
        assertThat(with2018.addWorkingDays(LocalDate.of(2023, 9, 28), 7)).isEqualTo(LocalDate.of(2023, 10, 13));
    }

    @Test
    void loading_a_notice_already_loaded_changes_nothing() {
        HolidayNotice again = HolidayNotice.read(WorkingDayCalendar.class.getResource("calendar/cn-2026.txt"));
        assertThat(cn.withNotice(again)).isSameAs(cn);
    }

    @Test
    void a_notice_for_a_covered_year_with_other_days_is_an_error_naming_the_day_and_both_notices() {
        HolidayNotice other = HolidayNotice.parse("year 2026\ntitle 国务院办公厅关于2026年部分节假日安排的通知\ndate 2025-11-04\n"
                + "holiday 2026-01-01 2026-01-03 元旦\n", "host-2026.txt");
        assertThatThrownBy(() -> cn.withNotice(other)).isInstanceOfSatisfying(HolidayNoticeException.class, e -> {
            assertThat(e.messageEn()).isEqualTo("the holidays of 2026 are already loaded from 《国务院办公厅关于2026年部分节假日安排的通知》"
                    + "（国办发明电〔2025〕7号，2025-11-04） (calendar/cn-2026.txt), and host-2026.txt differs on 2026-01-04: a make-up working day "
                    + "in the first, not listed in the second. Check the notice's text and keep one of them");
            assertThat(e.messageZh()).isEqualTo("2026 年的节假日安排已由《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025-11-04）"
                    + "（calendar/cn-2026.txt）载入，host-2026.txt 与其不一致：2026-01-04 在前者中是调休上班日，在后者中未列出。请核对通知原文后只保留一份");
        });
    }

    @Test
    void a_day_off_that_the_calendar_works_is_an_error_naming_the_day_and_where_it_comes_from() {
        // the 2019 notice makes Saturday 2018-12-29 a working day; a 2018 notice calling it a day off contradicts it
        HolidayNotice wrong = HolidayNotice.parse("year 2018\ntitle 国务院办公厅关于2018年部分节假日安排的通知\ndate 2017-11-30\n"
                + "holiday 2018-12-29 2018-12-29\n", "host-2018.txt");
        assertThatThrownBy(() -> cn.withNotice(wrong)).isInstanceOfSatisfying(HolidayNoticeException.class, e -> {
            assertThat(e.messageEn()).isEqualTo("host-2018.txt lists 2018-12-29 as a day off, but the calendar has it as a make-up working day (from "
                    + "《国务院办公厅关于2019年部分节假日安排的通知》（国办发明电〔2018〕15号，2018-12-04） (calendar/cn-2019.txt)). Check the notice's text "
                    + "and remove one of them, or override the day on purpose with withHoliday/withWorkday");
            assertThat(e.messageZh()).isEqualTo("host-2018.txt 把 2018-12-29 列为放假日，而工作日历中它是调休上班日（来自《国务院办公厅关于2019年部分节假日安排的通知》"
                    + "（国办发明电〔2018〕15号，2018-12-04）（calendar/cn-2019.txt））。请核对通知原文后删去其一，或用 withHoliday/withWorkday 明确覆盖");
        });
        HolidayNotice worked = HolidayNotice.parse("year 2027\ntitle t\ndate 2026-11-01\nholiday 2027-01-01 2027-01-01\nworkday 2027-01-09\n", "host-2027.txt");
        assertThatThrownBy(() -> cn.withHoliday(LocalDate.of(2027, 1, 9)).withNotice(worked)).isInstanceOf(HolidayNoticeException.class)
                .hasMessageStartingWith("host-2027.txt lists 2027-01-09 as a make-up working day, but the calendar has it as a day off (from a day set with withHoliday)");
    }

    @Test
    void with_holiday_and_with_workday_override_a_loaded_day_without_covering_a_year() {
        LocalDate saturday = LocalDate.of(2026, 2, 14);
        assertThat(cn.isWorkingDay(saturday)).as("春节调休").isTrue();
        assertThat(cn.withHoliday(saturday).isWorkingDay(saturday)).isFalse();
        assertThat(cn.withHoliday(LocalDate.of(2027, 3, 3)).covers(2027)).isFalse();
        assertThat(WorkingDayCalendar.weekdaysOnly().coveredYears()).isEmpty();
    }

    @Test
    void the_2026_notice_is_the_text_xinhua_published_on_4_november_2025_and_cites_it() throws java.io.IOException {
        HolidayNotice n = cn.notice(2026).orElseThrow();
        assertThat(n.source()).hasValueSatisfying(s -> assertThat(s).startsWith("新华社北京2025年11月4日电").contains("politics.gmw.cn/2025-11/04/"));
        try (java.io.InputStream in = WorkingDayCalendar.class.getResourceAsStream("calendar/cn-2026.txt")) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("from memory");
        }
        // 元旦 1–3 Jan, 4 Jan worked; 春节 15–23 Feb, 14 and 28 Feb worked; 清明 4–6 Apr; 劳动节 1–5 May, 9 May worked;
        // 端午 19–21 Jun; 中秋 25–27 Sep; 国庆 1–7 Oct, 20 Sep and 10 Oct worked
        int[][] off = {{1, 1, 3}, {2, 15, 23}, {4, 4, 6}, {5, 1, 5}, {6, 19, 21}, {9, 25, 27}, {10, 1, 7}};
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        for (int[] o : off) {
            for (int d = o[1]; d <= o[2]; d++) {
                days.add(LocalDate.of(2026, o[0], d));
            }
        }
        assertThat(n.holidays()).containsExactlyElementsOf(days);
        assertThat(n.workdays()).containsExactly(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
    }

    @Test
    void no_year_is_guessed_past_the_last_published_notice() {
        assertThat(WorkingDayCalendar.class.getResource("calendar/cn-2027.txt")).as("add 2027 only with its published notice").isNull();
        assertThat(cn.covers(2027)).isFalse();
    }

    @Test
    void a_calendar_is_equal_by_its_days_and_survives_serialisation_for_spark() throws Exception {
        WorkingDayCalendar with2018 = WorkingDayCalendar.china().withNotice(HolidayNoticeTest.notice2018());
        assertThat(with2018).isNotEqualTo(WorkingDayCalendar.china());
        assertThat(WorkingDayCalendar.china().withNotice(HolidayNoticeTest.notice2018())).isEqualTo(with2018).hasSameHashCodeAs(with2018);
        assertThat(WorkingDayCalendar.china().withHoliday(LocalDate.of(2023, 6, 1))).isNotEqualTo(WorkingDayCalendar.china());
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(with2018);
        }
        WorkingDayCalendar back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (WorkingDayCalendar) in.readObject();
        }
        assertThat(back).isEqualTo(with2018);
        assertThat(back.addWorkingDays(LocalDate.of(2018, 2, 12), 7)).isEqualTo(LocalDate.of(2018, 2, 27));
        assertThat(back.exactDeadline(LocalDate.of(2018, 2, 12), 7)).contains(LocalDate.of(2018, 2, 27));
        assertThat(WorkingDayCalendar.china().exactDeadline(LocalDate.of(2018, 2, 12), 7)).as("2018 is not built in").isEmpty();
        assertThat(WorkingDayCalendar.china().exactDeadline(LocalDate.of(2026, 12, 30), 7)).as("runs into 2027").isEmpty();
    }
}
