package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 事先告知事项 / What a notice before a penalty decision tells the party (行政处罚法第四十四条). */
public enum NoticeItem implements Bilingual {
    /** 拟作出的行政处罚内容 / the proposed penalty. */
    PROPOSED_PENALTY("拟作出的行政处罚内容", "the proposed penalty"),
    /** 事实 / the facts. */
    FACTS("事实", "the facts"),
    /** 理由 / the reasons. */
    REASONS("理由", "the reasons"),
    /** 依据 / the legal basis. */
    BASIS("依据", "the legal basis"),
    /** 陈述、申辩权 / the right to state and defend. */
    RIGHT_TO_STATE_AND_DEFEND("陈述、申辩权", "the right to state and defend"),
    /** 要求听证权 / the right to a hearing. */
    RIGHT_TO_HEARING("要求听证权", "the right to a hearing");

    private final String zh;
    private final String en;

    NoticeItem(String zh, String en) {
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
