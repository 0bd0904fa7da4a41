package org.fazhi.governance.indicators;

import org.fazhi.governance.model.base.Bilingual;

/** 数据来源 / Where an indicator's value came from. */
public enum IndicatorSource implements Bilingual {
    /** 由明细记录计算 / Computed from detailed records. */
    COMPUTED("由明细计算", "computed from records"),
    /** 报告声明 / Taken from the report's declared figure. */
    DECLARED("报告声明", "declared in the report"),
    /** 由其他声明数字推算 / Derived from other declared figures (e.g. 8 of 8 villages). */
    DERIVED("由声明数字推算", "derived from declared figures"),
    /** 无数据 / Neither records nor a declared figure. */
    UNAVAILABLE("无数据", "no data");

    private final String zh;
    private final String en;

    IndicatorSource(String zh, String en) {
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
