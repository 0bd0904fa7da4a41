package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 民主法治示范村（社区）称号级别 / The level that named a democracy-and-rule-of-law model village. */
public enum ModelVillageLevel implements Bilingual {
    /** 全国 / national. */
    NATIONAL("全国", "national"),
    /** 省级 / provincial. */
    PROVINCIAL("省级", "provincial"),
    /** 市级 / city. */
    CITY("市级", "city"),
    /** 县级 / county. */
    COUNTY("县级", "county");

    private final String zh;
    private final String en;

    ModelVillageLevel(String zh, String en) {
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
