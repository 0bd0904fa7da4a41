package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 审核结论 / Outcome of a review. */
public enum ReviewResult implements Bilingual {
    /** 通过 / passed. */
    PASSED("通过", "passed"),
    /** 未通过 / not passed. */
    NOT_PASSED("未通过", "not passed");

    private final String zh;
    private final String en;

    ReviewResult(String zh, String en) {
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
