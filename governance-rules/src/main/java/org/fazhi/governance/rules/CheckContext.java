package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * 检查上下文 / What a check and the indicators depend on besides the record: the as-of date, the working-day
 * calendar, the parameters, the reader's locale and the host's indicator definitions (指标口径).
 *
 * <p>One context serves the rules ({@link RuleSet#evaluate}), the indicators ({@code Indicators.sheet}), the
 * streaming checker and the Spark aggregators, so a province sets its parameters and its calendar once: the
 * literacy target of the coverage indicator is the {@code perVillage} parameter of RURAL-LEGAL-LITERATE-3, and
 * working-day deadlines are settled by {@link #calendar()} everywhere.
 *
 * <p>No national formula exists for the hotline rates (RULES.md HOT-METRICS): a satisfaction rate may be over
 * rated or over closed tickets, and may or may not count 基本满意 as satisfied. The defaults are over rated
 * tickets, 满意 and 基本满意 both counted.
 *
 * <p>Rules never read the clock; {@link #asOf()} is the only "today". Immutable and serializable (a Spark job
 * carries it to its executors).
 */
public final class CheckContext implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final RuleParameters parameters;
    private final Locale locale;
    private final SatisfactionBase satisfactionBase;
    private final boolean basicallySatisfiedCounts;

    private CheckContext(LocalDate asOf, WorkingDayCalendar calendar, RuleParameters parameters, Locale locale,
            SatisfactionBase satisfactionBase, boolean basicallySatisfiedCounts) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.satisfactionBase = Objects.requireNonNull(satisfactionBase, "satisfactionBase");
        this.basicallySatisfiedCounts = basicallySatisfiedCounts;
    }

    /**
     * A context with the PRC calendar, default parameters, Chinese messages and the default indicator
     * definitions (satisfaction over rated tickets, 基本满意 counted).
     *
     * @param asOf the date the check is made for, e.g. the report date
     * @return the context
     */
    public static CheckContext of(LocalDate asOf) {
        return new CheckContext(asOf, WorkingDayCalendar.china(), RuleParameters.defaults(), Locale.SIMPLIFIED_CHINESE,
                SatisfactionBase.RATED, true);
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * 工作日历 / The working-day calendar that settles working-day deadlines, for the rules and the indicators
     * alike (such as the 7 or 20 working days to publish an enforcement decision).
     */
    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The parameters. */
    public RuleParameters parameters() {
        return parameters;
    }

    /** The locale of the report's text. */
    public Locale locale() {
        return locale;
    }

    /**
     * This context with another calendar.
     *
     * @param c the calendar
     * @return a new context
     */
    public CheckContext withCalendar(WorkingDayCalendar c) {
        return new CheckContext(asOf, c, parameters, locale, satisfactionBase, basicallySatisfiedCounts);
    }

    /**
     * This context with other parameters.
     *
     * @param p the parameters
     * @return a new context
     */
    public CheckContext withParameters(RuleParameters p) {
        return new CheckContext(asOf, calendar, p, locale, satisfactionBase, basicallySatisfiedCounts);
    }

    /**
     * This context with another locale.
     *
     * @param l the locale
     * @return a new context
     */
    public CheckContext withLocale(Locale l) {
        return new CheckContext(asOf, calendar, parameters, l, satisfactionBase, basicallySatisfiedCounts);
    }

    /** 满意率的分母 / What a hotline satisfaction rate is over. */
    public SatisfactionBase satisfactionBase() {
        return satisfactionBase;
    }

    /** Whether 基本满意 counts as satisfied in the hotline satisfaction rates. */
    public boolean basicallySatisfiedCounts() {
        return basicallySatisfiedCounts;
    }

    /**
     * This context with another satisfaction base.
     *
     * @param base rated or closed tickets
     * @return a new context
     */
    public CheckContext withSatisfactionBase(SatisfactionBase base) {
        return new CheckContext(asOf, calendar, parameters, locale, base, basicallySatisfiedCounts);
    }

    /**
     * This context with 基本满意 counted as satisfied or not.
     *
     * @param counts whether 基本满意 counts as satisfied
     * @return a new context
     */
    public CheckContext withBasicallySatisfiedCounts(boolean counts) {
        return new CheckContext(asOf, calendar, parameters, locale, satisfactionBase, counts);
    }

    /**
     * A parameter's value on the as-of date.
     *
     * @param rule the rule
     * @param name the parameter
     * @return the value
     */
    public BigDecimal parameter(RuleDescriptor rule, String name) {
        return parameters.value(rule, name, asOf);
    }

    /**
     * A parameter's value on the as-of date, named by a reference to a rule of the standard catalog.
     *
     * @param ref the rule id and parameter name
     * @return the value
     * @throws IllegalArgumentException if the catalog has no such rule or the rule no such parameter
     */
    public BigDecimal parameter(ParameterRef ref) {
        return parameters.value(ref, asOf);
    }
}
