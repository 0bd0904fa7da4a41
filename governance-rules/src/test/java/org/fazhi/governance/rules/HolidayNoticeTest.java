package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 节假日安排通知 / The documented notice format: what it accepts, and the line-named zh/en error for what it does not. */
class HolidayNoticeTest {
    static final String HEADER = "year 2027\ntitle 国务院办公厅关于2027年部分节假日安排的通知\ndate 2026-11-01\n";

    static HolidayNotice notice2018() {
        return HolidayNotice.read(HolidayNoticeTest.class.getResource("calendar/cn-2018.txt"));
    }

    private static HolidayNoticeException rejected(String text) {
        try {
            HolidayNotice.parse(text, "t.txt");
        } catch (HolidayNoticeException e) {
            assertThat(e.getMessage()).isEqualTo(e.messageEn() + " / " + e.messageZh());
            assertThat(e.message(Locale.CHINA)).isEqualTo(e.messageZh());
            assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.messageEn());
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void read_a_resource_gives_the_notice_its_days_and_its_metadata() {
        HolidayNotice n = notice2018();
        assertThat(n.year()).isEqualTo(2018);
        assertThat(n.title()).isEqualTo("国务院办公厅关于2018年部分节假日安排的通知");
        assertThat(n.number()).contains("国办发明电〔2017〕12号");
        assertThat(n.issuedOn()).isEqualTo(LocalDate.of(2017, 11, 30));
        assertThat(n.source()).hasValueSatisfying(s -> assertThat(s).startsWith("https://zh.wikisource.org/"));
        assertThat(n.amendments()).isEmpty();
        assertThat(n.holidays()).hasSize(1 + 7 + 3 + 3 + 1 + 1 + 7).first().isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(n.workdays()).containsExactly(LocalDate.of(2018, 2, 11), LocalDate.of(2018, 2, 24), LocalDate.of(2018, 4, 8),
                LocalDate.of(2018, 4, 28), LocalDate.of(2018, 9, 29), LocalDate.of(2018, 9, 30));
        assertThat(n.origin()).endsWith("calendar/cn-2018.txt");
        assertThat(n.citation()).isEqualTo("《国务院办公厅关于2018年部分节假日安排的通知》（国办发明电〔2017〕12号，2017-11-30）").isEqualTo(n.toString());
    }

    @Test
    void read_a_file_in_utf_8_with_or_without_a_byte_order_mark(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cn-2027.txt");
        Files.writeString(file, "\uFEFF" + HEADER + "holiday 2027-01-01 2027-01-01 元旦\r\n", StandardCharsets.UTF_8);
        HolidayNotice n = HolidayNotice.read(file);
        assertThat(n.holidays()).containsExactly(LocalDate.of(2027, 1, 1));
        assertThat(n.number()).isEmpty();
        assertThat(n.source()).isEmpty();
        assertThat(n.citation()).isEqualTo("《国务院办公厅关于2027年部分节假日安排的通知》（2026-11-01）");
        assertThat(n.origin()).isEqualTo(file.toString());
    }

    @Test
    void read_a_file_that_is_not_utf_8_is_rejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("gbk.txt");
        Files.write(file, (HEADER + "holiday 2027-01-01 2027-01-01 元旦\n").getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> HolidayNotice.read(file)).isInstanceOf(HolidayNoticeException.class)
                .hasMessage(file + ": is not UTF-8 text; save it as UTF-8 / " + file + "：不是 UTF-8 编码的文本，请另存为 UTF-8");
    }

    @Test
    void the_built_in_notices_cite_their_number_date_and_later_amendments() {
        WorkingDayCalendar cn = WorkingDayCalendar.china();
        assertThat(cn.notices()).extracting(HolidayNotice::year).containsExactly(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(cn.notices()).allSatisfy(n -> {
            assertThat(n.title()).isEqualTo("国务院办公厅关于" + n.year() + "年部分节假日安排的通知");
            assertThat(n.number()).hasValueSatisfying(x -> assertThat(x).startsWith("国办发明电〔" + (n.year() - 1) + "〕"));
            assertThat(n.issuedOn().getYear()).isEqualTo(n.year() - 1);
        });
        assertThat(cn.notice(2019).orElseThrow().amendments()).singleElement().asString().contains("国办发明电〔2019〕3号");
        assertThat(cn.notice(2020).orElseThrow().amendments()).singleElement().asString().contains("国办发明电〔2020〕1号");
        assertThat(cn.notice(2026).orElseThrow().citation()).isEqualTo("《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025-11-04）");
        assertThat(cn.notice(2027)).isEmpty();
    }

    @Test
    void an_unknown_keyword_is_named_with_its_line() {
        HolidayNoticeException e = rejected(HEADER + "\n# a comment\nholdiay 2027-01-01 2027-01-01\n");
        assertThat(e.messageEn()).isEqualTo("t.txt line 6: unknown keyword 'holdiay' (expected year, title, number, date, source, amended-by, holiday or workday)");
        assertThat(e.messageZh()).isEqualTo("t.txt 第 6 行：无法识别的关键字“holdiay”（应为 year、title、number、date、source、amended-by、holiday 或 workday）");
    }

    @Test
    void year_title_date_and_a_holiday_are_required() {
        assertThat(rejected("title t\ndate 2026-11-01\nholiday 2027-01-01 2027-01-01\n").messageEn())
                .isEqualTo("t.txt: has no 'year' line (the year the notice arranges)");
        assertThat(rejected("year 2027\ndate 2026-11-01\nholiday 2027-01-01 2027-01-01\n").messageZh())
                .isEqualTo("t.txt：缺少 title 行（通知标题）");
        assertThat(rejected("year 2027\ntitle t\nholiday 2027-01-01 2027-01-01\n").messageEn())
                .isEqualTo("t.txt: has no 'date' line (the date the notice was issued)");
        HolidayNoticeException none = rejected(HEADER + "workday 2027-01-09\n");
        assertThat(none.messageEn()).isEqualTo("t.txt: has no 'holiday' line: a holiday notice sets at least one day off");
        assertThat(none.messageZh()).isEqualTo("t.txt：没有 holiday 行：一份节假日安排通知至少有一个放假日");
    }

    @Test
    void a_header_given_twice_or_empty_is_rejected() {
        HolidayNoticeException twice = rejected(HEADER + "year 2028\nholiday 2027-01-01 2027-01-01\n");
        assertThat(twice.messageEn()).isEqualTo("t.txt line 4: 'year' is given twice (first on line 1)");
        assertThat(twice.messageZh()).isEqualTo("t.txt 第 4 行：year 重复出现（第一次在第 1 行）");
        assertThat(rejected(HEADER + "number\nholiday 2027-01-01 2027-01-01\n").messageEn()).isEqualTo("t.txt line 4: 'number' has no value");
        assertThat(rejected("year 27\ntitle t\ndate 2026-11-01\nholiday 2027-01-01 2027-01-01\n").messageEn())
                .isEqualTo("t.txt line 1: the year '27' must be four digits, e.g. 2027");
    }

    @Test
    void a_date_that_does_not_exist_is_named() {
        HolidayNoticeException e = rejected(HEADER + "holiday 2027-02-30 2027-03-01\n");
        assertThat(e.messageEn()).isEqualTo("t.txt line 4: '2027-02-30' is not a valid date (expected YYYY-MM-DD, e.g. 2018-02-15)");
        assertThat(e.messageZh()).isEqualTo("t.txt 第 4 行：“2027-02-30”不是有效日期（应为 YYYY-MM-DD，例如 2018-02-15）");
        assertThat(rejected(HEADER + "workday 27/1/9\nholiday 2027-01-01 2027-01-01\n").messageEn()).contains("'27/1/9' is not a valid date");
    }

    @Test
    void a_holiday_needs_a_first_and_last_day_in_order_and_no_longer_than_a_month() {
        assertThat(rejected(HEADER + "holiday 2027-01-01 元旦\n").messageEn())
                .isEqualTo("t.txt line 4: a 'holiday' line gives the first and the last day off, e.g. 'holiday 2018-02-15 2018-02-21 春节'");
        HolidayNoticeException backwards = rejected(HEADER + "holiday 2027-02-10 2027-02-04\n");
        assertThat(backwards.messageEn()).isEqualTo("t.txt line 4: the last day off 2027-02-04 is before the first 2027-02-10");
        assertThat(backwards.messageZh()).isEqualTo("t.txt 第 4 行：放假末日 2027-02-04 早于首日 2027-02-10");
        assertThat(rejected(HEADER + "holiday 2027-10-01 2027-11-01\n").messageEn())
                .isEqualTo("t.txt line 4: the holiday from 2027-10-01 to 2027-11-01 is longer than 31 days; a date is probably mistyped");
        assertThat(HolidayNotice.parse(HEADER + "holiday 2027-10-01 2027-10-31\n", "t.txt").holidays()).hasSize(31);
    }

    @Test
    void a_make_up_working_day_falls_on_a_weekend() {
        HolidayNoticeException e = rejected(HEADER + "holiday 2027-01-01 2027-01-01\nworkday 2027-02-10 春节调休\n");
        assertThat(e.messageEn()).isEqualTo("t.txt line 5: 2027-02-10 is a Wednesday, a working day anyway; a make-up working day falls on a Saturday or Sunday");
        assertThat(e.messageZh()).isEqualTo("t.txt 第 5 行：2027-02-10 是星期三，本来就是工作日；调休上班日应在星期六或星期日");
        assertThat(rejected(HEADER + "holiday 2027-01-01 2027-01-01\nworkday\n").messageEn())
                .isEqualTo("t.txt line 5: a 'workday' line gives the make-up working day, e.g. 'workday 2018-02-11 春节调休'");
    }

    @Test
    void every_date_lies_in_the_year_or_the_december_before_it() {
        assertThat(HolidayNotice.parse(HEADER + "holiday 2026-12-30 2027-01-01 元旦\nworkday 2026-12-26\n", "t.txt").holidays())
                .containsExactly(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
        HolidayNoticeException e = rejected(HEADER + "holiday 2027-01-01 2027-01-01\nholiday 2072-10-01 2072-10-07 国庆节\n");
        assertThat(e.messageEn()).isEqualTo("t.txt line 5: 2072-10-01 lies outside 2027 (and outside the December before it)");
        assertThat(e.messageZh()).isEqualTo("t.txt 第 5 行：2072-10-01 不在 2027 年内（也不在其前一年的 12 月）");
        assertThat(rejected(HEADER + "holiday 2026-11-30 2026-11-30\n").messageEn()).contains("2026-11-30 lies outside 2027");
    }

    @Test
    void the_notice_is_issued_in_its_year_or_the_year_before() {
        HolidayNoticeException e = rejected("year 2027\ntitle t\ndate 2025-11-01\nholiday 2027-01-01 2027-01-01\n");
        assertThat(e.messageEn()).isEqualTo("t.txt line 3: the notice date 2025-11-01 must fall in 2026 or 2027");
        assertThat(e.messageZh()).isEqualTo("t.txt 第 3 行：发布日期 2025-11-01 应在 2026 年或 2027 年");
    }

    @Test
    void no_day_is_listed_twice_or_both_off_and_worked() {
        HolidayNoticeException both = rejected(HEADER + "holiday 2027-02-06 2027-02-12 春节\nworkday 2027-02-06\n");
        assertThat(both.messageEn()).isEqualTo("t.txt line 5: 2027-02-06 is a day off on line 4 and a make-up working day here");
        assertThat(both.messageZh()).isEqualTo("t.txt 第 5 行：2027-02-06 在第 4 行是放假日，这里又写成调休上班日");
        assertThat(rejected(HEADER + "workday 2027-02-06\nholiday 2027-02-06 2027-02-12 春节\n").messageEn())
                .isEqualTo("t.txt line 5: 2027-02-06 is a make-up working day on line 4 and a day off here");
        HolidayNoticeException overlap = rejected(HEADER + "holiday 2027-02-06 2027-02-12\nholiday 2027-02-12 2027-02-13\n");
        assertThat(overlap.messageEn()).isEqualTo("t.txt line 5: 2027-02-12 is already listed on line 4");
        assertThat(overlap.messageZh()).isEqualTo("t.txt 第 5 行：2027-02-12 已在第 4 行列出");
        assertThat(rejected(HEADER + "holiday 2027-01-01 2027-01-01\nworkday 2027-01-09\nworkday 2027-01-09\n").messageEn())
                .isEqualTo("t.txt line 6: 2027-01-09 is already listed on line 5");
    }
}
