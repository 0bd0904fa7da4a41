package org.fazhi.governance.indicators;

import org.fazhi.governance.model.base.Bilingual;

/** 指标单位 / How an indicator's value reads. */
public enum IndicatorUnit implements Bilingual {
    /** 数量 / A count. */
    COUNT("数量", "count"),
    /** 百分比 / A rate in percent, always within [0, 100]. */
    PERCENT("百分比", "percent"),
    /** 平均数 / An average such as per week or per officer, unbounded. */
    AVERAGE("平均数", "average");

    private final String zh;
    private final String en;

    IndicatorUnit(String zh, String en) {
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
