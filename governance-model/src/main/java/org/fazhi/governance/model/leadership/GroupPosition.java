package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 领导小组职务 / Position in a leading group. */
public enum GroupPosition implements Bilingual {
    /** 组长 / head. */
    HEAD("组长", "head"),
    /** 副组长 / deputy head. */
    DEPUTY_HEAD("副组长", "deputy head"),
    /** 成员 / member. */
    MEMBER("成员", "member");

    private final String zh;
    private final String en;

    GroupPosition(String zh, String en) {
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
