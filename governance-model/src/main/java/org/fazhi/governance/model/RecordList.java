package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 明细清单 / The lists of a record whose entries can be counted into indicators.
 *
 * <p>A list counts only when the record says it is {@linkplain RuleOfLawRecord#completeLists()
 * complete} for the period: one mediator or one centre recorded as an entity must not turn a declared
 * figure into a computed count of one, nor an absent list into a computed zero.
 */
public enum RecordList implements Bilingual {
    /** 下辖村（社区） / the unit's villages and communities. */
    GRASSROOTS_UNITS("下辖村（社区）", "villages and communities"),
    /** 网格 / grids. */
    GRIDS("网格", "grids"),
    /** 网格人员 / grid assignments. */
    GRID_ASSIGNMENTS("网格人员", "grid assignments"),
    /** 领导小组成员 / members of the leading groups. */
    LEADING_GROUP_MEMBERS("领导小组成员", "leading-group members"),
    /** 热线工单 / hotline tickets. */
    HOTLINE_TICKETS("热线工单", "hotline tickets"),
    /** 行政执法人员 / enforcement officers. */
    ENFORCEMENT_OFFICERS("行政执法人员", "enforcement officers"),
    /** 执法人员培训记录 / training records. */
    TRAINING_RECORDS("培训记录", "training records"),
    /** 法制审核人员 / legal reviewers. */
    LEGAL_REVIEWERS("法制审核人员", "legal reviewers"),
    /** 执法案件 / enforcement cases. */
    ENFORCEMENT_CASES("执法案件", "enforcement cases"),
    /** 人大代表建议 / deputies' suggestions. */
    DEPUTY_SUGGESTIONS("人大代表建议", "deputies' suggestions"),
    /** 普法活动 / legal publicity events. */
    LEGAL_PUBLICITY_EVENTS("普法活动", "legal publicity events"),
    /** 法治带头人与法律明白人 / rural legal personnel. */
    RURAL_LEGAL_PERSONNEL("法治带头人与法律明白人", "rural legal personnel"),
    /** 综治中心 / governance centres. */
    GOVERNANCE_CENTERS("综治中心", "governance centres"),
    /** 监控点位 / cameras. */
    CAMERAS("监控点位", "cameras"),
    /** 巡逻车辆 / patrol vehicles. */
    PATROL_VEHICLES("巡逻车辆", "patrol vehicles"),
    /** 巡逻记录 / patrols. */
    PATROLS("巡逻记录", "patrols"),
    /** 矛盾纠纷 / disputes. */
    DISPUTES("矛盾纠纷", "disputes"),
    /** 调解员 / mediators. */
    MEDIATORS("调解员", "mediators"),
    /** 评理室 / reasoning rooms. */
    REASONING_ROOMS("评理室", "reasoning rooms"),
    /** 法律顾问 / legal advisers. */
    LEGAL_ADVISERS("法律顾问", "legal advisers");

    private final String zh;
    private final String en;

    RecordList(String zh, String en) {
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
