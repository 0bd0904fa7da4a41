package org.fazhi.governance.rules;

/**
 * 满意率的分母 / What a hotline satisfaction rate is over.
 *
 * <p>No national formula exists for the hotline rates (RULES.md HOT-METRICS): a city may count over the tickets
 * rated on the follow-up call or over the tickets closed. The host picks one with
 * {@link CheckContext#withSatisfactionBase}.
 */
public enum SatisfactionBase {
    /** 已评价工单 / Tickets rated on the follow-up call (the default). */
    RATED,
    /** 已办结工单 / Tickets closed. */
    CLOSED
}
