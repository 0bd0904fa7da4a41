package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 政府信息公开方式 / Mode of government information disclosure. */
public enum DisclosureMode implements Bilingual {
    /** 主动公开 / proactive. */
    PROACTIVE("主动公开", "proactive"),
    /** 依申请公开 / on request. */
    ON_REQUEST("依申请公开", "on request");

    private final String zh;
    private final String en;

    DisclosureMode(String zh, String en) {
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
