package org.fazhi.governance.rules;

import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 规则逻辑 / The check of a rule: reads the record and reports each subject's outcome to the collector.
 *
 * <p>Must be a pure function of its arguments: no clock, no I/O, no shared mutable state.
 */
@FunctionalInterface
public interface RuleLogic {
    /**
     * Checks a record.
     *
     * @param record the record
     * @param context as-of date, calendar, parameters
     * @param out where to report findings
     */
    void evaluate(RuleOfLawRecord record, CheckContext context, FindingCollector out);
}
