package org.fazhi.governance.rules;

/**
 * 检查范围 / What one evaluation of a rule needs: the whole record, or one entity plus the record's
 * reference data (officers, power list, reviewers).
 *
 * <p>Entity-scoped rules run unchanged on a stream of JSON Lines in bounded memory
 * ({@code org.fazhi.governance.stream.EntityStreamChecker}).
 */
public enum RuleScope implements Labelled {
    /** 整条记录 / Needs the whole record (coverage, counts, lists, cross-entity sums). */
    RECORD,
    /** 单个执法案件 / Judges each enforcement case on its own. */
    ENFORCEMENT_CASE,
    /** 单张热线工单 / Judges each hotline ticket on its own. */
    HOTLINE_TICKET;
}
