package org.fazhi.governance.indicators.internal;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.ParameterRef;
import org.fazhi.governance.rules.SatisfactionBase;
import org.fazhi.governance.rules.WorkingDayCalendar;

/**
 * 计数口径 / What an {@link org.fazhi.governance.indicators.IndicatorTally} counts by besides the records: the part of a
 * {@link CheckContext} the
 * counting reads, held as a small serializable value so that a Spark partition can carry it.
 *
 * <p>Internal machinery (this package is exported only to the Spark module): hosts pass a {@link CheckContext} and
 * never build one. Two tallies merge only when their bases are
 * equal. Immutable.
 */
public final class TallyBasis implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The literacy target (乡村“法律明白人”培养工作规范): the same parameter the rule checks. */
    static final ParameterRef LITERACY_TARGET = ParameterRef.of("RURAL-LEGAL-LITERATE-3", "perVillage");

    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final SatisfactionBase satisfactionBase;
    private final boolean basicallySatisfiedCounts;
    private final int literatePerVillage;

    private TallyBasis(CheckContext context) {
        this.asOf = context.asOf();
        this.calendar = context.calendar();
        this.satisfactionBase = context.satisfactionBase();
        this.basicallySatisfiedCounts = context.basicallySatisfiedCounts();
        this.literatePerVillage = context.parameter(LITERACY_TARGET).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /**
     * The basis of a context.
     *
     * @param context the context of the check
     * @return the basis
     */
    public static TallyBasis of(CheckContext context) {
        return new TallyBasis(Objects.requireNonNull(context, "context"));
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Read by the counting. */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** Read by the counting. */
    public SatisfactionBase satisfactionBase() {
        return satisfactionBase;
    }

    /** Read by the counting. */
    public boolean basicallySatisfiedCounts() {
        return basicallySatisfiedCounts;
    }

    /** Read by the counting. */
    public int literatePerVillage() {
        return literatePerVillage;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TallyBasis)) {
            return false;
        }
        TallyBasis x = (TallyBasis) o;
        return x.asOf.equals(asOf) && x.satisfactionBase == satisfactionBase
                && x.basicallySatisfiedCounts == basicallySatisfiedCounts && x.literatePerVillage == literatePerVillage
                && x.calendar.equals(calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, satisfactionBase, basicallySatisfiedCounts, literatePerVillage, calendar);
    }

    @Override
    public String toString() {
        return "TallyBasis[asOf=" + asOf + ", satisfactionBase=" + satisfactionBase + ", basicallySatisfiedCounts="
                + basicallySatisfiedCounts + ", literatePerVillage=" + literatePerVillage + ", calendarYears="
                + calendar.coveredYears() + "]";
    }
}
