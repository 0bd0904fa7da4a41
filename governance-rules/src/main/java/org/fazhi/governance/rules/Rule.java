package org.fazhi.governance.rules;

import java.util.List;
import java.util.Objects;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 规则 / One legal requirement as a check: a pure function of a record and a {@link CheckContext}.
 *
 * <p>A rule is deterministic, thread-safe and does no I/O; it reads the as-of date from the context,
 * never from the clock. It returns at least one finding: when nothing in the record is subject to it,
 * a single {@link Outcome#NOT_APPLICABLE} finding that says so ("checked 0 penalty cases"), never a
 * silent pass. Hosts add their own rules with {@link #of}.
 */
public interface Rule {
    /** 规则说明 / Id, names, citation, severity, messages and parameters. */
    RuleDescriptor descriptor();

    /**
     * Evaluates a record: returns what the rule finds and throws nothing for a failing record ({@code check} is
     * kept for {@link RuleSet#check}, which throws).
     *
     * @param record the record, valid
     * @param context as-of date, calendar, parameters and locale
     * @return the findings, never empty
     */
    List<Finding> evaluate(RuleOfLawRecord record, CheckContext context);

    /**
     * 隔离规则异常 / Evaluates a record like {@link #evaluate(RuleOfLawRecord, CheckContext)}, but contains a
     * failure of the rule itself: if the rule throws (a {@link RuntimeException} or a {@link StackOverflowError})
     * or returns null, the result is one ERROR finding that names the rule and the exception ({@link
     * Finding#isRuleError()}), so that the
     * other rules still run. Such a finding fails the check and is never waived: a host's unit test still
     * fails loudly on it. {@link RuleSet#evaluate} and the streaming checker check every rule this way.
     *
     * @param record the record, valid
     * @param context as-of date, calendar, parameters and locale
     * @return the rule's findings, or the one finding of its failure
     */
    default List<Finding> evaluateContained(RuleOfLawRecord record, CheckContext context) {
        try {
            List<Finding> findings = evaluate(record, context);
            if (findings == null) {
                throw new IllegalStateException("the rule returned null instead of its findings / 规则返回了 null 而不是检查发现");
            }
            return findings;
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(RuleErrors.finding(descriptor(), e));
        }
    }

    /**
     * 流式检查 / Checks a record, giving each finding to a sink that may only count some outcomes. The
     * findings, and the counts, are those of {@link #evaluate(RuleOfLawRecord, CheckContext)}; a rule made with
     * {@link #of} builds no {@link Finding} for an outcome the sink only counts.
     *
     * @param record the record, valid
     * @param context as-of date, calendar, parameters and locale
     * @param sink where the findings go
     */
    default void evaluate(RuleOfLawRecord record, CheckContext context, FindingSink sink) {
        for (Finding f : evaluate(record, context)) {
            if (sink.wants(f.outcome())) {
                sink.accept(f);
            } else {
                sink.count(f.outcome());
            }
        }
    }

    /**
     * 隔离规则异常的流式检查 / As {@link #evaluate(RuleOfLawRecord, CheckContext, FindingSink)}, but a failure of the rule
     * itself (it throws, overflows its stack, or returns null) goes to the sink as one ERROR finding naming the rule
     * and the exception, as {@link #evaluateContained(RuleOfLawRecord, CheckContext)} does; the streaming checker
     * checks every line this way.
     *
     * @param record the record, valid
     * @param context as-of date, calendar, parameters and locale
     * @param sink where the findings go
     */
    default void evaluateContained(RuleOfLawRecord record, CheckContext context, FindingSink sink) {
        try {
            evaluate(record, context, sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(RuleErrors.finding(descriptor(), e));
        }
    }

    /** 规则编号 / The rule's id. */
    default String id() {
        return descriptor().id();
    }

    /**
     * A rule from a descriptor and its logic; this is how hosts write province-specific rules.
     *
     * @param descriptor id, names, citation, severity, messages and parameters
     * @param logic the check, reporting to a {@link FindingCollector}
     * @return the rule
     */
    static Rule of(RuleDescriptor descriptor, RuleLogic logic) {
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(logic, "logic");
        return new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public List<Finding> evaluate(RuleOfLawRecord record, CheckContext context) {
                FindingCollector out = new FindingCollector(descriptor, context, record);
                logic.evaluate(record, context, out);
                return out.findings();
            }

            @Override
            public void evaluate(RuleOfLawRecord record, CheckContext context, FindingSink sink) {
                Objects.requireNonNull(sink, "sink");
                FindingCollector out = new FindingCollector(descriptor, context, record, sink);
                logic.evaluate(record, context, out);
                out.finish();
            }

            @Override
            public String toString() {
                return "Rule[" + descriptor.id() + "]";
            }
        };
    }
}
