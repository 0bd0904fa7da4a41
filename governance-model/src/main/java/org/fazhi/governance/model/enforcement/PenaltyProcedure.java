package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 行政处罚程序 / Penalty procedure. */
public enum PenaltyProcedure implements Bilingual {
    /** 简易程序 / summary. */
    SUMMARY("简易程序", "summary"),
    /** 普通程序 / ordinary. */
    ORDINARY("普通程序", "ordinary"),
    /** 听证程序 / hearing. */
    HEARING("听证程序", "hearing");

    private final String zh;
    private final String en;

    PenaltyProcedure(String zh, String en) {
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
