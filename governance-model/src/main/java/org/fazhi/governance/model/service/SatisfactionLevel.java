package org.fazhi.governance.model.service;

import org.fazhi.governance.model.base.Bilingual;

/** 满意度 / Satisfaction rating. */
public enum SatisfactionLevel implements Bilingual {
    /** 满意 / satisfied. */
    SATISFIED("满意", "satisfied"),
    /** 基本满意 / basically satisfied. */
    BASICALLY_SATISFIED("基本满意", "basically satisfied"),
    /** 不满意 / dissatisfied. */
    DISSATISFIED("不满意", "dissatisfied");

    private final String zh;
    private final String en;

    SatisfactionLevel(String zh, String en) {
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
