package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 培训类别 / Training category. */
public enum TrainingCategory implements Bilingual {
    /** 法律法规 / laws and regulations. */
    LEGAL("法律法规", "laws and regulations"),
    /** 业务知识 / professional knowledge. */
    PROFESSIONAL("业务知识", "professional knowledge"),
    /** 政治理论 / political theory. */
    POLITICAL("政治理论", "political theory");

    private final String zh;
    private final String en;

    TrainingCategory(String zh, String en) {
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
