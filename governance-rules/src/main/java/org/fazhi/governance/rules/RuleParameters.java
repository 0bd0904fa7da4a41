package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * 规则参数表 / The thresholds of the rules, with host overrides per province and period.
 *
 * <p>Every threshold (60 training hours, 7 and 20 working days, 90 days, two officers, quorum
 * fractions, three 法律明白人 per village, patrols per week …) has a default in its rule's
 * {@link RuleDescriptor#parameters()}. A host overrides one with {@link #with} (always) or
 * {@link #withEffective} (only between two dates, inclusive), e.g. a province's stricter value from a
 * given year. The latest override whose period contains the as-of date wins. Immutable and serializable (a Spark
 * job carries it to its executors).
 *
 * <p>Every override is checked when it is made (参数校验): a rule of the standard catalog is named by its
 * id and looked up in {@link GovernanceRules}; a host's own rule, which the catalog does not know, is
 * named by its {@link RuleDescriptor}. An unknown rule id, or a parameter the rule does not declare, is
 * refused with the nearest known ids or names, so a typo cannot silently leave the default in force.
 *
 * <pre>{@code
 * RuleParameters.defaults()
 *         .with("CERT-TRAINING-60H", "minHours", BigDecimal.valueOf(80))       // a catalog rule
 *         .with(gridRule.descriptor(), "maxHouseholds", BigDecimal.valueOf(300)); // a host rule
 * }</pre>
 */
public final class RuleParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final RuleParameters DEFAULTS = new RuleParameters(Map.of());

    private final Map<String, List<Override>> overrides;

    private static final class Override implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
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
     * These parameters with one value of a standard catalog rule overridden for all dates.
     *
     * @param ruleId the rule's id in {@link GovernanceRules}, e.g. {@code CERT-TRAINING-60H}
     * @param name a parameter the rule declares, e.g. {@code minHours}
     * @param value the new value
     * @return new parameters
     * @throws IllegalArgumentException if the catalog has no such rule or the rule no such parameter; the
     *     message names the nearest known id or parameter ("did you mean …")
     */
    public RuleParameters with(String ruleId, String name, BigDecimal value) {
        return with(standardRule(ruleId), name, value);
    }

    /**
     * These parameters with one value of any rule, a host's own included, overridden for all dates.
     *
     * @param rule the rule's descriptor, which declares the parameter
     * @param name a parameter the rule declares
     * @param value the new value
     * @return new parameters
     * @throws IllegalArgumentException if the rule declares no such parameter
     */
    public RuleParameters with(RuleDescriptor rule, String name, BigDecimal value) {
        return withEffective(rule, name, value, LocalDate.MIN, LocalDate.MAX);
    }

    /**
     * These parameters with one value of a standard catalog rule overridden between two dates (inclusive).
     *
     * @param ruleId the rule's id in {@link GovernanceRules}
     * @param name a parameter the rule declares
     * @param value the new value
     * @param from first day it applies
     * @param to last day it applies
     * @return new parameters
     * @throws IllegalArgumentException if the catalog has no such rule, the rule no such parameter, or the
     *     period ends before it starts
     */
    public RuleParameters withEffective(String ruleId, String name, BigDecimal value, LocalDate from, LocalDate to) {
        return withEffective(standardRule(ruleId), name, value, from, to);
    }

    /**
     * These parameters with one value of any rule, a host's own included, overridden between two dates
     * (inclusive).
     *
     * @param rule the rule's descriptor, which declares the parameter
     * @param name a parameter the rule declares
     * @param value the new value
     * @param from first day it applies
     * @param to last day it applies
     * @return new parameters
     * @throws IllegalArgumentException if the rule declares no such parameter or the period ends before it
     *     starts
     */
    public RuleParameters withEffective(RuleDescriptor rule, String name, BigDecimal value, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(value, "value");
        spec(rule, name);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("override period ends before it starts: " + from + " .. " + to
                    + " / 参数有效期结束早于开始");
        }
        Map<String, List<Override>> copy = new HashMap<>(overrides);
        List<Override> list = new ArrayList<>(copy.getOrDefault(key(rule.id(), name), List.of()));
        list.add(new Override(value, from, to));
        copy.put(key(rule.id(), name), List.copyOf(list));
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
        return override(rule.id(), name, asOf).orElse(spec(rule, name).defaultValue());
    }

    /**
     * A parameter's value on a date, named by a reference to a rule of the standard catalog.
     *
     * @param ref the rule id and parameter name, e.g. {@code GRID-PATROL:perWeek}
     * @param asOf the date
     * @return the override in force, or the default
     * @throws IllegalArgumentException if the catalog has no such rule or the rule no such parameter; the message
     *     names the nearest known ids or names
     */
    public BigDecimal value(ParameterRef ref, LocalDate asOf) {
        return value(standardRule(ref.ruleId()), ref.name(), asOf);
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

    /** The rule of the standard catalog with an id, or an error naming the nearest ids. */
    private static RuleDescriptor standardRule(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        return GovernanceRules.byId(ruleId).map(Rule::descriptor).orElseThrow(() -> {
            List<String> near = Suggestions.nearest(ruleId, GovernanceRules.all().rules().stream().map(Rule::id)
                    .toList());
            return new IllegalArgumentException("no rule '" + ruleId + "' in the standard catalog"
                    + (near.isEmpty() ? "; see docs/rules.md for the rule ids, or pass a host rule's descriptor"
                            : "; did you mean " + String.join(", ", near) + "?")
                    + " / 标准规则目录中没有规则“" + ruleId + "”"
                    + (near.isEmpty() ? "；规则编号见 docs/rules.md，本地规则请传入其描述" : "；是否指 " + String.join("、", near) + "？"));
        });
    }

    /** The parameter a rule declares with a name, or an error naming the nearest declared names. */
    private static ParameterSpec spec(RuleDescriptor rule, String name) {
        Objects.requireNonNull(name, "name");
        return rule.parameter(name).orElseThrow(() -> {
            List<String> declared = rule.parameters().stream().map(ParameterSpec::name).toList();
            List<String> near = Suggestions.nearest(name, declared);
            String en = declared.isEmpty() ? "; it declares no parameters"
                    : near.isEmpty() ? "; it declares " + String.join(", ", declared)
                    : "; did you mean " + String.join(", ", near) + "?";
            String zh = declared.isEmpty() ? "；该规则没有参数"
                    : near.isEmpty() ? "；其参数为 " + String.join("、", declared)
                    : "；是否指 " + String.join("、", near) + "？";
            return new IllegalArgumentException("rule " + rule.id() + " has no parameter '" + name + "'" + en
                    + " / 规则 " + rule.id() + " 没有参数“" + name + "”" + zh);
        });
    }

    private static String key(String ruleId, String name) {
        return ruleId + "#" + name;
    }
}
