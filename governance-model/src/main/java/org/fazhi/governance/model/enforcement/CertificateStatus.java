package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 执法证件状态 / Status of an enforcement certificate. */
public enum CertificateStatus implements Bilingual {
    /** 有效 / valid. */
    VALID("有效", "valid"),
    /** 暂扣 / suspended. */
    SUSPENDED("暂扣", "suspended"),
    /** 吊销 / revoked. */
    REVOKED("吊销", "revoked"),
    /** 注销 / cancelled. */
    CANCELLED("注销", "cancelled");

    private final String zh;
    private final String en;

    CertificateStatus(String zh, String en) {
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
