package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 矛盾纠纷处理结果 / Outcome of a dispute. */
public enum DisputeOutcome implements Bilingual {
    /** 调解成功 / mediated successfully. */
    MEDIATED("调解成功", "mediated successfully"),
    /** 调解不成 / mediation failed. */
    MEDIATION_FAILED("调解不成", "mediation failed"),
    /** 正在调解 / pending. */
    PENDING("正在调解", "pending"),
    /** 移交处理 / referred. */
    REFERRED("移交处理", "referred"),
    /** 当事人拒绝调解 / mediation refused by a party. */
    MEDIATION_REFUSED("当事人拒绝调解", "mediation refused by a party");

    private final String zh;
    private final String en;

    DisputeOutcome(String zh, String en) {
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
