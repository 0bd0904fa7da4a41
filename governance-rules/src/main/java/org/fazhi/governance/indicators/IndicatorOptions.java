package org.fazhi.governance.indicators;

import java.util.Objects;
import org.fazhi.governance.rules.WorkingDayCalendar;

/**
 * 指标口径 / The definitions that differ between cities and provinces, chosen by the host.
 *
 * <p>No national formula exists for the hotline rates (RULES.md HOT-METRICS): a satisfaction rate may be
 * over rated tickets or over closed tickets, and may or may not count 基本满意 as satisfied. The
 * defaults are over rated tickets, 满意 and 基本满意 both counted; the literacy target is three per
 * village (乡村“法律明白人”培养工作规范). Immutable.
 */
public final class IndicatorOptions implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** 满意率的分母 / What a satisfaction rate is over. */
    public enum SatisfactionBase {
        /** 已评价工单 / Tickets rated on the follow-up call. */
        RATED,
        /** 已办结工单 / Tickets closed. */
        CLOSED
    }

    private static final IndicatorOptions DEFAULTS = new IndicatorOptions(SatisfactionBase.RATED, true, 3, WorkingDayCalendar.china());

    private final SatisfactionBase satisfactionBase;
    private final boolean basicallySatisfiedCounts;
    private final int literatePerVillage;
    private final WorkingDayCalendar calendar;

    private IndicatorOptions(SatisfactionBase base, boolean basicallySatisfiedCounts, int literatePerVillage, WorkingDayCalendar calendar) {
        this.satisfactionBase = Objects.requireNonNull(base);
        this.basicallySatisfiedCounts = basicallySatisfiedCounts;
        if (literatePerVillage < 0) {
            throw new IllegalArgumentException("literatePerVillage must be >= 0 / 每村法律明白人目标数不能为负");
        }
        this.literatePerVillage = literatePerVillage;
        this.calendar = Objects.requireNonNull(calendar);
    }

    /** Over rated tickets, 基本满意 counted, three 法律明白人 per village, the built-in PRC working-day calendar. */
    public static IndicatorOptions defaults() {
        return DEFAULTS;
    }

    /** What the satisfaction rate is over. */
    public SatisfactionBase satisfactionBase() {
        return satisfactionBase;
    }

    /** Whether 基本满意 counts as satisfied. */
    public boolean basicallySatisfiedCounts() {
        return basicallySatisfiedCounts;
    }

    /** 法律明白人 a village needs to count as covered. */
    public int literatePerVillage() {
        return literatePerVillage;
    }

    /**
     * These options with another satisfaction base.
     *
     * @param base rated or closed tickets
     * @return new options
     */
    public IndicatorOptions withSatisfactionBase(SatisfactionBase base) {
        return new IndicatorOptions(base, basicallySatisfiedCounts, literatePerVillage, calendar);
    }

    /**
     * These options with 基本满意 counted or not.
     *
     * @param counts whether 基本满意 counts as satisfied
     * @return new options
     */
    public IndicatorOptions withBasicallySatisfiedCounts(boolean counts) {
        return new IndicatorOptions(satisfactionBase, counts, literatePerVillage, calendar);
    }

    /**
     * These options with another literacy target.
     *
     * @param perVillage 法律明白人 per village
     * @return new options
     */
    public IndicatorOptions withLiteratePerVillage(int perVillage) {
        return new IndicatorOptions(satisfactionBase, basicallySatisfiedCounts, perVillage, calendar);
    }

    /**
     * 工作日历 / The working-day calendar that settles working-day deadlines, such as the 7 or 20 working days to
     * publish an enforcement decision; a host that loaded a new year's holiday notice for its rules passes the same
     * calendar here.
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /**
     * These options with another working-day calendar.
     *
     * @param c the calendar, e.g. {@code WorkingDayCalendar.china().withNotice(notice2027)}
     * @return new options
     */
    public IndicatorOptions withCalendar(WorkingDayCalendar c) {
        return new IndicatorOptions(satisfactionBase, basicallySatisfiedCounts, literatePerVillage, c);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndicatorOptions)) {
            return false;
        }
        IndicatorOptions x = (IndicatorOptions) o;
        return x.satisfactionBase == satisfactionBase && x.basicallySatisfiedCounts == basicallySatisfiedCounts
                && x.literatePerVillage == literatePerVillage && x.calendar.equals(calendar);
    }

    @Override
    public int hashCode() {
        return Objects.hash(satisfactionBase, basicallySatisfiedCounts, literatePerVillage, calendar);
    }

    @Override
    public String toString() {
        return "IndicatorOptions[satisfactionBase=" + satisfactionBase + ", basicallySatisfiedCounts=" + basicallySatisfiedCounts
                + ", literatePerVillage=" + literatePerVillage + ", calendarYears=" + calendar.coveredYears() + "]";
    }
}
