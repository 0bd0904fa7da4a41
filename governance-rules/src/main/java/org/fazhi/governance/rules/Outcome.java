package org.fazhi.governance.rules;

/** 检查结论 / The outcome of one check of one subject. */
public enum Outcome implements Labelled {
    /** 通过 / The data show the requirement is met. */
    PASS,
    /** 不符合 / The data show the requirement is broken. */
    FAIL,
    /** 不适用 / Nothing the rule applies to (e.g. "checked 0 cases"); never a silent pass. */
    NOT_APPLICABLE,
    /** 数据不足 / The data (often only declared totals) cannot decide the rule. */
    INSUFFICIENT_DATA;
}
