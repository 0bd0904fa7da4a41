package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/** 乡镇街道层级 / Level of a township-level government unit. */
public enum UnitLevel implements Bilingual {
    /** 乡 / township. */
    TOWNSHIP("乡", "township"),
    /** 镇 / town. */
    TOWN("镇", "town"),
    /** 街道 / subdistrict. */
    SUBDISTRICT("街道", "subdistrict");

    private final String zh;
    private final String en;

    UnitLevel(String zh, String en) {
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
