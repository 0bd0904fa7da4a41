package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/** 片区类别 / Kind of named area inside a unit. */
public enum AreaKind implements Bilingual {
    /** 片区 / sub-area. */
    SUB_AREA("片区", "sub-area"),
    /** 景区 / scenic area. */
    SCENIC_AREA("景区", "scenic area");

    private final String zh;
    private final String en;

    AreaKind(String zh, String en) {
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
