package org.fazhi.governance.model.grid;

import org.fazhi.governance.model.base.Bilingual;

/** 网格人员角色 / Role of a person in a grid. */
public enum GridRole implements Bilingual {
    /** 网格长 / grid leader. */
    GRID_LEADER("网格长", "grid leader"),
    /** 党支部书记 / Party branch secretary. */
    PARTY_BRANCH_SECRETARY("党支部书记", "Party branch secretary"),
    /** 党小组组长 / Party group leader. */
    PARTY_GROUP_LEADER("党小组组长", "Party group leader"),
    /** 党小组副组长 / Party group deputy leader. */
    PARTY_GROUP_DEPUTY_LEADER("党小组副组长", "Party group deputy leader"),
    /** 专职网格员 / full-time grid worker. */
    FULL_TIME_GRID_WORKER("专职网格员", "full-time grid worker"),
    /** 党员楼栋长 / Party-member building captain. */
    PARTY_MEMBER_BUILDING_CAPTAIN("党员楼栋长", "Party-member building captain"),
    /** 兼职网格员 / part-time grid worker. */
    PART_TIME_GRID_WORKER("兼职网格员", "part-time grid worker"),
    /** 网格志愿者 / grid volunteer. */
    GRID_VOLUNTEER("网格志愿者", "grid volunteer");

    private final String zh;
    private final String en;

    GridRole(String zh, String en) {
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
