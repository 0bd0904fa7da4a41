package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 领导职务 / Leadership post. */
public enum LeadershipPost implements Bilingual {
    /** 党委书记 / Party secretary. */
    PARTY_SECRETARY("党委书记", "Party secretary"),
    /** 乡镇长（街道办主任） / head of government. */
    GOVERNMENT_HEAD("乡镇长（街道办主任）", "head of government"),
    /** 班子成员 / member of the leadership team. */
    TEAM_MEMBER("班子成员", "member of the leadership team"),
    /** 工作人员 / staff. */
    STAFF("工作人员", "staff");

    private final String zh;
    private final String en;

    LeadershipPost(String zh, String en) {
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
