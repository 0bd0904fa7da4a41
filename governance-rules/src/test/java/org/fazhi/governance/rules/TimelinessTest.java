package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an act stands against its deadline: the one judgement behind every time-limit rule. */
class TimelinessTest {
    private static final LocalDate DEADLINE = LocalDate.of(2023, 5, 15);

    private static Timeliness judge(String doneOn, String asOf) {
        return Timeliness.of(Optional.ofNullable(doneOn).map(LocalDate::parse), DEADLINE, LocalDate.parse(asOf));
    }

    @Test
    void done_on_or_before_the_deadline_is_on_time_whatever_the_as_of_date() {
        assertThat(judge("2023-05-01", "2023-12-31")).isEqualTo(Timeliness.ON_TIME);
        assertThat(judge("2023-05-15", "2023-12-31")).isEqualTo(Timeliness.ON_TIME);
    }

    @Test
    void done_a_day_after_the_deadline_is_late() {
        assertThat(judge("2023-05-16", "2023-12-31")).isEqualTo(Timeliness.LATE);
    }

    @Test
    void not_done_is_pending_up_to_and_including_the_deadline_and_overdue_the_day_after() {
        assertThat(judge(null, "2023-05-14")).isEqualTo(Timeliness.PENDING);
        assertThat(judge(null, "2023-05-15")).isEqualTo(Timeliness.PENDING);
        assertThat(judge(null, "2023-05-16")).isEqualTo(Timeliness.OVERDUE);
    }

    private static Timeliness judge(String doneOn, Deadline deadline, String asOf) {
        return Timeliness.of(Optional.ofNullable(doneOn).map(LocalDate::parse), deadline, LocalDate.parse(asOf));
    }

    @Test
    void an_exact_working_day_deadline_is_judged_like_any_deadline() {
        Deadline exact = new Deadline(LocalDate.of(2023, 5, 4), 7, DEADLINE, true);
        assertThat(judge("2023-05-15", exact, "2023-12-31")).isEqualTo(Timeliness.ON_TIME);
        assertThat(judge("2023-05-16", exact, "2023-12-31")).isEqualTo(Timeliness.LATE);
        assertThat(judge(null, exact, "2023-05-15")).isEqualTo(Timeliness.PENDING);
        assertThat(judge(null, exact, "2023-05-16")).isEqualTo(Timeliness.OVERDUE);
    }

    @Test
    void a_deadline_in_an_uncovered_year_is_on_time_or_pending_up_to_its_earliest_day_and_undecided_after() {
        Deadline earliest = new Deadline(LocalDate.of(2026, 12, 30), 7, LocalDate.of(2027, 1, 6), false);
        assertThat(judge("2027-01-06", earliest, "2027-12-31")).isEqualTo(Timeliness.ON_TIME);
        assertThat(judge("2027-01-07", earliest, "2027-12-31")).isEqualTo(Timeliness.UNDECIDED);
        assertThat(judge(null, earliest, "2027-01-06")).isEqualTo(Timeliness.PENDING);
        assertThat(judge(null, earliest, "2027-01-07")).isEqualTo(Timeliness.UNDECIDED);
    }
}
