package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * 工作日数 / The working days after {@code from} up to and including {@code to}, as far as the loaded
 * holiday notices settle them.
 *
 * <p>Days in covered years are counted exactly; a day in an uncovered year may or may not be a working
 * day, so the count lies between {@link #low()} (none of them is) and {@link #high()} (all of them are).
 * A rule decides whenever the bounds decide it (at least 22 working days meets a minimum of 7; at most
 * 3 falls short of it, and the failure shows the range {@code 1–3}), and otherwise reports the years in
 * {@link #uncovered()} as insufficient data.
 *
 * @param from the start (not counted)
 * @param to the end (counted)
 * @param low the fewest working days the span can hold
 * @param high the most working days the span can hold
 * @param uncovered the uncovered years the span runs through, empty when the count is exact
 */
record WorkingDayCount(LocalDate from, LocalDate to, long low, long high, List<YearRange> uncovered) {
    WorkingDayCount {
        uncovered = List.copyOf(uncovered);
    }

    /** Whether the loaded notices settle the count: then {@link #low()} is the count. */
    boolean exact() {
        return low == high;
    }

    /** The count as evidence: the number when exact, else {@code low–high}. */
    @Override
    public String toString() {
        return exact() ? String.valueOf(low) : low + "–" + high;
    }
}
