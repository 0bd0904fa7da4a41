package org.fazhi.governance.rules;

import java.util.Objects;

/**
 * 参数引用 / A reference to one parameter of one rule: the rule's id and the parameter's name, e.g.
 * {@code GRID-PATROL} and {@code perWeek}.
 *
 * <p>An indicator names the parameter that sets its target this way instead of a {@code "RULE:param"} string that
 * is split at run time. The reference is a plain value; {@link RuleParameters#value(ParameterRef, java.time.LocalDate)}
 * resolves it against the standard catalog and refuses an unknown rule or parameter with the nearest known ones.
 * {@link #toString()} is {@code RULE-ID:parameter}, as the docs print it. Immutable.
 */
public final class ParameterRef implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String ruleId;
    private final String name;

    private ParameterRef(String ruleId, String name) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * A reference to a parameter of a rule of the standard catalog.
     *
     * @param ruleId the rule's id, e.g. {@code GRID-PATROL}
     * @param name the parameter's name, e.g. {@code perWeek}
     * @return the reference
     */
    public static ParameterRef of(String ruleId, String name) {
        return new ParameterRef(ruleId, name);
    }

    /** The rule's id. */
    public String ruleId() {
        return ruleId;
    }

    /** The parameter's name. */
    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterRef && ((ParameterRef) o).ruleId.equals(ruleId)
                && ((ParameterRef) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, name);
    }

    @Override
    public String toString() {
        return ruleId + ":" + name;
    }
}
