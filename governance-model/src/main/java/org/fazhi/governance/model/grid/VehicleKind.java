package org.fazhi.governance.model.grid;

import org.fazhi.governance.model.base.Bilingual;

/** 警务车辆类别 / Kind of patrol vehicle. */
public enum VehicleKind implements Bilingual {
    /** 警务用车 / police car. */
    CAR("警务用车", "police car"),
    /** 警务摩托车 / police motorcycle. */
    MOTORCYCLE("警务摩托车", "police motorcycle");

    private final String zh;
    private final String en;

    VehicleKind(String zh, String en) {
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
