package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 场所专门领域 / Special field of a venue. */
public enum VenueFocus implements Bilingual {
    /** 综合 / general. */
    GENERAL("综合", "general"),
    /** 旅游纠纷 / tourism disputes. */
    TOURISM("旅游纠纷", "tourism disputes");

    private final String zh;
    private final String en;

    VenueFocus(String zh, String en) {
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
