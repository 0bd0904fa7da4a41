package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/calendar.md is hand-written; these checks keep its example file, its lists and its sample messages true to the code. */
class CalendarDocTest {
    private static String doc;

    @BeforeAll
    static void read() throws IOException {
        doc = Files.readString(RuleCatalogDocumentTest.docs("calendar.md"), StandardCharsets.UTF_8);
    }

    @Test
    void the_worked_example_is_the_2018_notice_the_specs_load() throws IOException {
        try (InputStream in = CalendarDocTest.class.getResourceAsStream("calendar/cn-2018.txt")) {
            assertThat(doc).contains("```\n" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "```\n");
        }
    }

    @Test
    void it_lists_every_rule_that_counts_working_days_and_every_built_in_notice() {
        RuleCatalogDocument.WORKING_DAY_RULES.forEach(id -> assertThat(doc).contains("`" + id + "`"));
        for (HolidayNotice n : WorkingDayCalendar.china().notices()) {
            assertThat(doc).contains("| " + n.year() + " | " + n.number().orElseThrow() + " | " + n.issuedOn() + " |");
        }
    }

    @Test
    void its_sample_findings_and_header_note_are_what_the_rules_say() {
        RuleOfLawRecord r = UncoveredYearRulesTest.township2026()
                .enforcementCases(List.of(UncoveredYearRulesTest.decidedOn30December2026(Optional.of(Townships.d("2027-01-20"))))).build();
        Finding f = UncoveredYearRulesTest.onlyInsufficient("ENF-SERVICE-7D", r, UncoveredYearRulesTest.IN_2027);
        assertThat(doc).contains(f.line(Locale.CHINESE) + "\n").contains(f.line(Locale.ENGLISH) + "\n");
        CheckReport report = GovernanceRules.all().evaluate(r, UncoveredYearRulesTest.IN_2027);
        assertThat(doc).contains("  " + report.calendarNote(Locale.CHINESE).orElseThrow() + "\n");
    }

    @Test
    void its_sample_errors_are_what_the_loader_says() {
        try {
            HolidayNotice.parse(HolidayNoticeTest.HEADER + "# a rejected example\n\n# 春节\nholiday 2027-02-06 2027-02-09\n\nworkday 2027-02-10\n",
                    "cn-2027.txt");
            throw new AssertionError("accepted a weekday make-up day");
        } catch (HolidayNoticeException e) {
            assertThat(doc).contains(e.messageEn() + "\n").contains(e.messageZh() + "\n");
        }
        HolidayNotice wrong = HolidayNotice.parse("year 2018\ntitle 国务院办公厅关于2018年部分节假日安排的通知\ndate 2017-11-30\n"
                + "holiday 2018-12-29 2018-12-29\n", "host-2018.txt");
        try {
            WorkingDayCalendar.china().withNotice(wrong);
            throw new AssertionError("accepted a conflicting day");
        } catch (HolidayNoticeException e) {
            assertThat(doc).contains(e.messageEn() + "\n").contains(e.messageZh() + "\n");
        }
    }
}
