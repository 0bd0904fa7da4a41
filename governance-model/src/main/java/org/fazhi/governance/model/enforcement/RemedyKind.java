package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 救济或纠正途径 / How a decision was reviewed: administrative reconsideration, a lawsuit, or the agency's own correction. */
public enum RemedyKind implements Bilingual {
    /** 行政复议 / administrative reconsideration. */
    RECONSIDERATION("行政复议", "administrative reconsideration"),
    /** 行政诉讼 / administrative litigation. */
    LITIGATION("行政诉讼", "administrative litigation"),
    /** 行政机关自行纠正 / correction by the agency itself. */
    SELF_CORRECTION("行政机关自行纠正", "correction by the agency itself");

    private final String zh;
    private final String en;

    RemedyKind(String zh, String en) {
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
