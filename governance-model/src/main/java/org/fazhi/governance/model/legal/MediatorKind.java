package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 调解员类别 / Kind of mediator. */
public enum MediatorKind implements Bilingual {
    /** 乡贤调解员 / local-worthy mediator. */
    LOCAL_WORTHY("乡贤调解员", "local-worthy mediator"),
    /** 人民调解员 / people's mediator. */
    PEOPLES_MEDIATOR("人民调解员", "people's mediator"),
    /** 专职调解员 / professional mediator. */
    PROFESSIONAL_MEDIATOR("专职调解员", "professional mediator");

    private final String zh;
    private final String en;

    MediatorKind(String zh, String en) {
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
