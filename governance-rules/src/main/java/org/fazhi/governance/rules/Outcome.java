package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/** 检查结论 / The outcome of one check of one subject. */
public enum Outcome implements Bilingual {
    /** 通过 / The data show the requirement is met. */
    PASS("通过", "pass"),
    /** 不符合 / The data show the requirement is broken. */
    FAIL("不符合", "fail"),
    /** 不适用 / Nothing the rule applies to (e.g. "checked 0 cases"); never a silent pass. */
    NOT_APPLICABLE("不适用", "not applicable"),
    /** 数据不足 / The data (often only declared totals) cannot decide the rule. */
    INSUFFICIENT_DATA("数据不足", "insufficient data");

    private final String zh;
    private final String en;

    Outcome(String zh, String en) {
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
