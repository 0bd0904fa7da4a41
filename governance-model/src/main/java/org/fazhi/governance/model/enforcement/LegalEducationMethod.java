package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 普法方式 / Legal-education method. */
public enum LegalEducationMethod implements Bilingual {
    /** 以案释法 / case-based legal education. */
    CASE_BASED_LEGAL_EDUCATION("以案释法", "case-based legal education"),
    /** 集中宣传 / campaign. */
    CAMPAIGN("集中宣传", "campaign"),
    /** 讲座 / lecture. */
    LECTURE("讲座", "lecture"),
    /** 网络新媒体 / online media. */
    ONLINE("网络新媒体", "online media");

    private final String zh;
    private final String en;

    LegalEducationMethod(String zh, String en) {
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
