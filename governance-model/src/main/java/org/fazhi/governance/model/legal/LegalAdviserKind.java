package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 法律顾问类别 / Kind of legal adviser. */
public enum LegalAdviserKind implements Bilingual {
    /** 律师 / lawyer. */
    LAWYER("律师", "lawyer"),
    /** 基层法律服务工作者 / grassroots legal service worker. */
    GRASSROOTS_LEGAL_WORKER("基层法律服务工作者", "grassroots legal service worker"),
    /** 公职律师 / public-sector lawyer. */
    PUBLIC_SECTOR_LAWYER("公职律师", "public-sector lawyer");

    private final String zh;
    private final String en;

    LegalAdviserKind(String zh, String en) {
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
