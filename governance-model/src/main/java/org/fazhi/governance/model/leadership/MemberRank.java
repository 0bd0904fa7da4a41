package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 成员层级 / Rank of a group member. */
public enum MemberRank implements Bilingual {
    /** 领导 / leader. */
    LEADERSHIP("领导", "leader"),
    /** 干部 / cadre. */
    CADRE("干部", "cadre");

    private final String zh;
    private final String en;

    MemberRank(String zh, String en) {
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
