package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.Optional;

/** 时限状态 / Where a dated act (decision, service, reply, filing, publication) stands against its deadline. */
enum Timeliness {
    /** 按期 / Done on or before the deadline. */
    ON_TIME,
    /** 逾期办理 / Done, but after the deadline. */
    LATE,
    /** 逾期未办 / Not done, and the deadline has passed on the as-of date. */
    OVERDUE,
    /** 期限内未办 / Not done yet, still within the deadline on the as-of date. */
    PENDING,
    /**
     * 无法判定 / The deadline counts working days into a year whose holiday notice is not loaded, and the
     * act (or, if it is not done, the as-of date) falls after the earliest day the deadline can be.
     */
    UNDECIDED;

    /**
     * Judges an act against its deadline.
     *
     * @param doneOn the day the act was done, if it was
     * @param deadline the last day allowed
     * @param asOf the day the check is made
     */
    static Timeliness of(Optional<LocalDate> doneOn, LocalDate deadline, LocalDate asOf) {
        if (doneOn.isPresent()) {
            return doneOn.get().isAfter(deadline) ? LATE : ON_TIME;
        }
        return asOf.isAfter(deadline) ? OVERDUE : PENDING;
    }

    /**
     * Judges an act against a working-day deadline that the calendar may not settle: as
     * {@link #of(Optional, LocalDate, LocalDate)} when it is exact; otherwise on time (or pending) when
     * the act (or the as-of date) comes no later than the earliest day the deadline can be, and
     * {@link #UNDECIDED} when it comes after: never a guess from weekends alone.
     *
     * @param doneOn the day the act was done, if it was
     * @param deadline the working-day deadline
     * @param asOf the day the check is made
     */
    static Timeliness of(Optional<LocalDate> doneOn, Deadline deadline, LocalDate asOf) {
        if (deadline.exact()) {
            return of(doneOn, deadline.date(), asOf);
        }
        if (doneOn.orElse(asOf).isAfter(deadline.date())) {
            return UNDECIDED;
        }
        return doneOn.isPresent() ? ON_TIME : PENDING;
    }
}
