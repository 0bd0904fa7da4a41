package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 执法公示事项 / What an enforcing agency publishes about itself (行政处罚法第三十四条、第三十九条、第四十一条). */
public enum PublicityItem implements Bilingual {
    /** 行政处罚的实施机关 / the enforcing agency. */
    ENFORCING_AGENCY("行政处罚的实施机关", "the enforcing agency"),
    /** 立案依据 / the grounds for opening cases. */
    FILING_BASIS("立案依据", "the grounds for opening cases"),
    /** 实施程序 / the procedure. */
    PROCEDURE("实施程序", "the procedure"),
    /** 救济渠道 / the remedies. */
    REMEDIES("救济渠道", "the remedies"),
    /** 行政处罚裁量基准 / the discretion benchmarks. */
    DISCRETION_BENCHMARKS("行政处罚裁量基准", "the discretion benchmarks"),
    /** 电子技术监控设备的设置地点 / where electronic monitoring equipment is set up. */
    MONITORING_LOCATIONS("电子技术监控设备的设置地点", "where electronic monitoring equipment is set up");

    private final String zh;
    private final String en;

    PublicityItem(String zh, String en) {
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
