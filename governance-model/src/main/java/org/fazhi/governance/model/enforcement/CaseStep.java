package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 执法全过程记录环节 / Step of whole-process recording. */
public enum CaseStep implements Bilingual {
    /** 启动 / initiation. */
    INITIATION("启动", "initiation"),
    /** 调查取证 / investigation and evidence. */
    INVESTIGATION("调查取证", "investigation and evidence"),
    /** 审核 / review. */
    REVIEW("审核", "review"),
    /** 决定 / decision. */
    DECISION("决定", "decision"),
    /** 送达 / service. */
    SERVICE("送达", "service"),
    /** 执行 / execution. */
    EXECUTION("执行", "execution");

    private final String zh;
    private final String en;

    CaseStep(String zh, String en) {
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
