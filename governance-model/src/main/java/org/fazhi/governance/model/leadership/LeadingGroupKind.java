package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 领导小组类别 / Kind of leading group. */
public enum LeadingGroupKind implements Bilingual {
    /** 法治政府建设工作领导小组 / rule-of-law government leading group. */
    RULE_OF_LAW("法治政府建设工作领导小组", "rule-of-law government leading group"),
    /** 综合行政执法指挥协调领导小组 / comprehensive enforcement coordination group. */
    ENFORCEMENT_COORDINATION("综合行政执法指挥协调领导小组", "comprehensive enforcement coordination group"),
    /** 应急管理领导小组 / emergency management group. */
    EMERGENCY_MANAGEMENT("应急管理领导小组", "emergency management group"),
    /** 其他领导小组 / other leading group. */
    OTHER("其他领导小组", "other leading group");

    private final String zh;
    private final String en;

    LeadingGroupKind(String zh, String en) {
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
