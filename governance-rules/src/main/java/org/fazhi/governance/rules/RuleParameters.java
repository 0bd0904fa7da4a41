package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 规则参数表 / The thresholds of the rules, with host overrides per province and period.
 *
 * <p>Every threshold (60 training hours, 7 and 20 working days, 90 days, two officers, quorum
 * fractions, three 法律明白人 per village, patrols per week …) has a default in its rule's
 * {@link RuleDescriptor#parameters()}. A host overrides one with {@link #with} (always) or
 * {@link #withEffective} (only between two dates, inclusive), e.g. a province's stricter value from a
 * given year. The latest override whose period contains the as-of date wins. Immutable.
 */
public final class RuleParameters {
    private static final RuleParameters DEFAULTS = new RuleParameters(Map.of());

    private final Map<String, List<Override>> overrides;

    private static final class Override {
        final BigDecimal value;
        final LocalDate from;
        final LocalDate to;

        Override(BigDecimal value, LocalDate from, LocalDate to) {
            this.value = value;
            this.from = from;
            this.to = to;
        }
    }

    private RuleParameters(Map<String, List<Override>> overrides) {
        this.overrides = overrides;
    }

    /** The catalog's defaults, with no override. */
    public static RuleParameters defaults() {
        return DEFAULTS;
    }

    /**
     * These parameters with one value overridden for all dates.
     *
     * @param ruleId the rule
     * @param name the parameter
     * @param value the new value
     * @return new parameters
     */
    public RuleParameters with(String ruleId, String name, BigDecimal value) {
        return withEffective(ruleId, name, value, LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * These parameters with one value overridden between two dates (inclusive).
     *
     * @param ruleId the rule
     * @param name the parameter
     * @param value the new value
     * @param from first day it applies
     * @param to last day it applies
     * @return new parameters
     */
    public RuleParameters withEffective(String ruleId, String name, BigDecimal value, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("override period ends before it starts: " + from + " .. " + to
                    + " / 参数有效期结束早于开始");
        }
        Map<String, List<Override>> copy = new HashMap<>(overrides);
        List<Override> list = new ArrayList<>(copy.getOrDefault(key(ruleId, name), List.of()));
        list.add(new Override(value, from, to));
        copy.put(key(ruleId, name), List.copyOf(list));
        return new RuleParameters(Map.copyOf(copy));
    }

    /**
     * The value in force on a date.
     *
     * @param rule the rule's descriptor, which declares the parameter and its default
     * @param name the parameter
     * @param asOf the date
     * @return the value
     * @throws IllegalArgumentException if the rule declares no such parameter
     */
    public BigDecimal value(RuleDescriptor rule, String name, LocalDate asOf) {
        ParameterSpec spec = rule.parameter(name).orElseThrow(() -> new IllegalArgumentException(
                "rule " + rule.id() + " has no parameter '" + name + "' / 规则 " + rule.id() + " 没有参数“" + name + "”"));
        return override(rule.id(), name, asOf).orElse(spec.defaultValue());
    }

    private Optional<BigDecimal> override(String ruleId, String name, LocalDate asOf) {
        List<Override> list = overrides.getOrDefault(key(ruleId, name), List.of());
        for (int i = list.size() - 1; i >= 0; i--) {
            Override o = list.get(i);
            if (!asOf.isBefore(o.from) && !asOf.isAfter(o.to)) {
                return Optional.of(o.value);
            }
        }
        return Optional.empty();
    }

    private static String key(String ruleId, String name) {
        return ruleId + "#" + name;
    }
}
