package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * 检查上下文 / What a check depends on besides the record: the as-of date, the working-day calendar,
 * the parameters and the reader's locale.
 *
 * <p>Rules never read the clock; {@link #asOf()} is the only "today". Immutable.
 */
public final class CheckContext {
    private final LocalDate asOf;
    private final WorkingDayCalendar calendar;
    private final RuleParameters parameters;
    private final Locale locale;

    private CheckContext(LocalDate asOf, WorkingDayCalendar calendar, RuleParameters parameters, Locale locale) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * A context with the PRC calendar, default parameters and Chinese messages.
     *
     * @param asOf the date the check is made for, e.g. the report date
     * @return the context
     */
    public static CheckContext of(LocalDate asOf) {
        return new CheckContext(asOf, WorkingDayCalendar.china(), RuleParameters.defaults(), Locale.SIMPLIFIED_CHINESE);
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The working-day calendar. */
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
        return new CheckContext(asOf, c, parameters, locale);
    }

    /**
     * This context with other parameters.
     *
     * @param p the parameters
     * @return a new context
     */
    public CheckContext withParameters(RuleParameters p) {
        return new CheckContext(asOf, calendar, p, locale);
    }

    /**
     * This context with another locale.
     *
     * @param l the locale
     * @return a new context
     */
    public CheckContext withLocale(Locale l) {
        return new CheckContext(asOf, calendar, parameters, l);
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
}
