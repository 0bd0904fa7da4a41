package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 检查范围 / What one evaluation of a rule needs: the whole record, or one entity plus the record's
 * reference data (officers, power list, reviewers).
 *
 * <p>Entity-scoped rules run unchanged on a stream of JSON Lines in bounded memory
 * ({@code org.fazhi.governance.stream.EntityStreamChecker}).
 */
public enum RuleScope implements Bilingual {
    /** 整条记录 / Needs the whole record (coverage, counts, lists, cross-entity sums). */
    RECORD("整条记录", "whole record"),
    /** 单个执法案件 / Judges each enforcement case on its own. */
    ENFORCEMENT_CASE("单个执法案件", "each enforcement case"),
    /** 单张热线工单 / Judges each hotline ticket on its own. */
    HOTLINE_TICKET("单张热线工单", "each hotline ticket");

    private final String zh;
    private final String en;

    RuleScope(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
