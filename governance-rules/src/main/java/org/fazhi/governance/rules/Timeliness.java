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
    PENDING;

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
}
