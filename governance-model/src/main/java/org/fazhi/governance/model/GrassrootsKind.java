package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/** 基层单元类别 / Kind of grassroots unit. */
public enum GrassrootsKind implements Bilingual {
    /** 行政村 / administrative village. */
    VILLAGE("行政村", "administrative village"),
    /** 社区 / community. */
    COMMUNITY("社区", "community");

    private final String zh;
    private final String en;

    GrassrootsKind(String zh, String en) {
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
