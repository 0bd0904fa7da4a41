package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 规范性文件制定程序 / Step of the normative-document procedure. */
public enum NormativeDocStep implements Bilingual {
    /** 调研起草 / research and drafting. */
    RESEARCH_AND_DRAFTING("调研起草", "research and drafting"),
    /** 评估论证 / assessment. */
    ASSESSMENT("评估论证", "assessment"),
    /** 征求意见 / public consultation. */
    PUBLIC_CONSULTATION("征求意见", "public consultation"),
    /** 合法性审核 / legality review. */
    LEGALITY_REVIEW("合法性审核", "legality review"),
    /** 集体审议决定 / collective deliberation. */
    COLLECTIVE_DELIBERATION("集体审议决定", "collective deliberation"),
    /** 签署公布 / signing and publication. */
    SIGN_AND_PUBLISH("签署公布", "signing and publication"),
    /** 备案 / filing. */
    FILING("备案", "filing");

    private final String zh;
    private final String en;

    NormativeDocStep(String zh, String en) {
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
