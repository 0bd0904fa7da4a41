package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 执法公示阶段 / Stage of enforcement publicity. */
public enum DisclosureStage implements Bilingual {
    /** 事前公开 / before enforcement. */
    PRE_ACTION("事前公开", "before enforcement"),
    /** 事中公示 / during enforcement. */
    IN_ACTION("事中公示", "during enforcement"),
    /** 事后公开 / after the decision. */
    POST_ACTION("事后公开", "after the decision");

    private final String zh;
    private final String en;

    DisclosureStage(String zh, String en) {
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
