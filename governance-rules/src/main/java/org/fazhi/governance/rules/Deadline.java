package org.fazhi.governance.rules;

import java.time.LocalDate;

/**
 * 工作日期限 / The last day of a period of working days, as far as the loaded holiday notices settle it.
 *
 * <p>When every day the count runs through lies in a covered year, {@link #date()} is the deadline and
 * {@link #exact()} is true. When the count runs into a year whose notice is not loaded, the deadline is
 * unknown and {@link #date()} is only its earliest possible day: the covered days counted as they are
 * and every uncovered day counted as a working day. An act done by that day is on time whatever the
 * missing notice says; after it, nothing can be said. See {@link Timeliness#of(java.util.Optional, Deadline,
 * LocalDate)}.
 *
 * @param start the day the period counts from (not itself counted)
 * @param workingDays how many working days the period has
 * @param date the deadline when exact, else the earliest day it can be
 * @param exact whether the loaded notices settle the deadline
 */
record Deadline(LocalDate start, int workingDays, LocalDate date, boolean exact) {
    /** The deadline as evidence: the date when exact, else {@code ≥} and the earliest date. */
    @Override
    public String toString() {
        return exact ? date.toString() : "≥" + date;
    }
}
