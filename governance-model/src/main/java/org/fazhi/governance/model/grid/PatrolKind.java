package org.fazhi.governance.model.grid;

import org.fazhi.governance.model.base.Bilingual;

/** 巡逻类别 / Kind of patrol. */
public enum PatrolKind implements Bilingual {
    /** 辖区治安巡逻 / area security patrol. */
    SECURITY_PATROL("辖区治安巡逻", "area security patrol"),
    /** 村治安联防队巡逻 / village joint-defence patrol. */
    JOINT_DEFENCE_PATROL("村治安联防队巡逻", "village joint-defence patrol");

    private final String zh;
    private final String en;

    PatrolKind(String zh, String en) {
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
