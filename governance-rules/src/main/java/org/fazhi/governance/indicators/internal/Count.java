package org.fazhi.governance.indicators.internal;

/**
 * 计数项 / The raw counts an {@code IndicatorTally} keeps; every indicator is a function of them.
 *
 * <p>Counts add up when tallies merge, which is what makes villages, months and townships roll up
 * exactly.
 *
 * <p>Internal machinery (this package is exported only to the Spark module): the ordinal order defines
 * {@link TallyCounter#counts()} and the Spark aggregation buffer, so a new count goes at the end. Hosts read
 * {@code Indicator} values instead.
 */
public enum Count {
    /** 单位数（乡镇） / Units (townships) tallied. */
    UNITS,
    /** 村（社区）数 / Villages and communities. */
    VILLAGES,
    /** 一级网格 / Level-1 grids. */
    GRIDS_LEVEL1,
    /** 二级网格 / Level-2 grids. */
    GRIDS_LEVEL2,
    /** 三级及以下网格 / Grids below level 2. */
    GRIDS_DEEPER,
    /** 配齐网格长的一级网格 / Level-1 grids with a leader. */
    GRIDS_LEVEL1_LED,
    /** 配齐网格长的二级网格 / Level-2 grids with a leader. */
    GRIDS_LEVEL2_LED,
    /** 网格长 / Grid leaders. */
    STAFF_GRID_LEADER,
    /** 党支部书记 / Party branch secretaries. */
    STAFF_PARTY_BRANCH_SECRETARY,
    /** 党小组组长 / Party group leaders. */
    STAFF_PARTY_GROUP_LEADER,
    /** 党小组副组长 / Party group deputy leaders. */
    STAFF_PARTY_GROUP_DEPUTY_LEADER,
    /** 专职网格员 / Full-time grid workers. */
    STAFF_FULL_TIME_GRID_WORKER,
    /** 党员楼栋长 / Party-member building captains. */
    STAFF_PARTY_MEMBER_BUILDING_CAPTAIN,
    /** 兼职网格员 / Part-time grid workers. */
    STAFF_PART_TIME_GRID_WORKER,
    /** 网格志愿者 / Grid volunteers. */
    STAFF_GRID_VOLUNTEER,
    /** 综合执法指挥协调领导小组中的领导 / Leaders in the enforcement coordination group. */
    COORDINATION_LEADERS,
    /** 综合执法指挥协调领导小组中的干部 / Cadres in the enforcement coordination group. */
    COORDINATION_CADRES,
    /** 受理工单 / Hotline tickets received. */
    HOTLINE_RECEIVED,
    /** 已响应工单 / Tickets responded to. */
    HOTLINE_RESPONDED,
    /** 已办结工单 / Tickets closed. */
    HOTLINE_CLOSED,
    /** 已评价工单 / Tickets rated on the follow-up call. */
    HOTLINE_RATED,
    /** 评价“满意” / Tickets rated satisfied. */
    HOTLINE_SATISFIED,
    /** 评价“基本满意” / Tickets rated basically satisfied. */
    HOTLINE_BASICALLY_SATISFIED,
    /** 退单或派单异议 / Tickets disputed. */
    HOTLINE_DISPUTED,
    /** 交办的代表建议 / Deputy suggestions assigned. */
    NPC_ASSIGNED,
    /** 按期答复 / Suggestions replied within 3 (complex: 6) months. */
    NPC_REPLIED_ON_TIME,
    /** 已办结 / Suggestions completed. */
    NPC_COMPLETED,
    /** 有代表反馈 / Suggestions with the deputy's feedback. */
    NPC_WITH_FEEDBACK,
    /** 代表满意 / Suggestions the deputy was satisfied with. */
    NPC_SATISFIED,
    /** 执法人员 / Enforcement officers. */
    OFFICERS,
    /** 专职执法人员 / Full-time enforcement officers. */
    OFFICERS_FULL_TIME,
    /** 持有效证件的执法人员 / Officers with a certificate valid on the as-of date. */
    OFFICERS_CERTIFIED,
    /** 培训且考核合格的持证人员 / Certified officers trained and assessed (passed) in the year. */
    OFFICERS_TRAINED_ASSESSED,
    /** 业务和法律培训学时（×100） / Legal and professional class hours in the year, in hundredths. */
    TRAINING_CENTIHOURS,
    /** 法制审核人员 / Legal reviewers. */
    LEGAL_REVIEWERS,
    /** 执法案件 / Enforcement cases. */
    CASES,
    /** 已作出决定的案件 / Cases decided. */
    CASES_DECIDED,
    /** 决定已事后公开的案件 / Decided cases with a post-decision disclosure. */
    CASES_DISCLOSED,
    /** 全过程记录完整的案件 / Cases with every reached step recorded. */
    CASES_FULLY_RECORDED,
    /** 需要法制审核的案件 / Decided cases needing legal review. */
    CASES_NEEDING_REVIEW,
    /** 决定前审核通过的案件 / Of those, reviewed and passed before the decision. */
    CASES_REVIEWED,
    /** 排查矛盾纠纷 / Disputes found in screening. */
    DISPUTES,
    /** 调解成功 / Disputes mediated successfully. */
    DISPUTES_MEDIATED,
    /** 有法律顾问的村 / Villages with a legal adviser. */
    VILLAGES_WITH_ADVISER,
    /** 有法律顾问的乡镇政府 / Township governments with their own legal adviser. */
    UNITS_WITH_ADVISER,
    /** 有评理室的村 / Villages with a reasoning room. */
    VILLAGES_WITH_REASONING_ROOM,
    /** 有乡级评理室的乡镇 / Townships with a township-level reasoning room. */
    UNITS_WITH_REASONING_ROOM,
    /** 有规范化综治中心的村 / Villages with a standardised governance centre. */
    VILLAGES_WITH_CENTRE,
    /** 法律明白人达到每村目标数的村 / Villages with at least the target number of legally literate villagers. */
    VILLAGES_WITH_ENOUGH_LITERATE,
    /** 法治带头人 / Rule-of-law leaders. */
    RULE_OF_LAW_LEADERS,
    /** 法律明白人 / Legally literate villagers. */
    LEGALLY_LITERATE_VILLAGERS,
    /** 法治宣传活动 / Legal-publicity events. */
    CAMPAIGNS,
    /** 公共区域平安监控 / Public-area safety cameras. */
    CAMERAS_PUBLIC_AREA,
    /** “爱心眼”监控 / Caring-eye cameras. */
    CAMERAS_CARING_EYE,
    /** 派出所辖区点位 / Police-station area points. */
    CAMERAS_POLICE_AREA,
    /** 景区监控 / Scenic-area cameras. */
    CAMERAS_SCENIC,
    /** 已联网监控 / Networked cameras. */
    CAMERAS_NETWORKED,
    /** 在用监控 / Cameras in working order. */
    CAMERAS_OPERATIONAL,
    /** 辖区治安巡逻次数 / Security patrols in the year. */
    PATROLS,
    /** 统计巡逻的整周数 / Full weeks over which patrols are counted. */
    PATROL_WEEKS,
    /** 警务用车 / Police cars. */
    VEHICLES_CAR,
    /** 警务摩托车 / Police motorcycles. */
    VEHICLES_MOTORCYCLE,
    /** 调解员 / Mediators. */
    MEDIATORS,
    /** 乡贤调解员 / Local-worthy mediators. */
    MEDIATORS_LOCAL_WORTHY,
    /** 评理室 / Reasoning rooms. */
    REASONING_ROOMS,
    /** 评理员 / Reasoning-room members. */
    REASONING_ROOM_MEMBERS,
    /** 行政处罚案件（立案） / Penalty cases filed. */
    CASES_PENALTY,
    /** 简易程序处罚案件 / Penalty cases under the summary procedure. */
    CASES_SUMMARY,
    /** 普通程序（含听证程序）处罚案件 / Penalty cases under the ordinary or hearing procedure. */
    CASES_GENERAL,
    /** 已作出决定的处罚案件 / Penalty cases decided. */
    CASES_PENALTY_DECIDED,
    /** 立案后九十日内作出决定的处罚案件 / Penalty cases decided within 90 days of filing. */
    CASES_DECIDED_ON_TIME,
    /** 应当事先告知的案件（已决定、非简易程序的处罚） / Decided penalties, other than summary ones, that needed a prior notice. */
    CASES_NOTICE_DUE,
    /** 决定前已事先告知或当事人明确放弃的案件 / Of those, noticed before the decision or waived by the party. */
    CASES_NOTICED,
    /** 申请听证的处罚案件 / Penalty cases where a hearing was asked for. */
    HEARINGS_REQUESTED,
    /** 举行听证的处罚案件 / Penalty cases with a hearing held. */
    HEARINGS_HELD,
    /** 决定的罚款和没收金额（分） / Fines and confiscations decided, in fen. */
    FINES_DECIDED_FEN,
    /** 缴纳的罚款金额（分） / Fines paid, in fen (surcharges excluded). */
    FINES_COLLECTED_FEN,
    /** 公开期限可判断的已决案件 / Decided cases published, or past their publication deadline, where the calendar settles it. */
    CASES_DISCLOSURE_DUE,
    /** 期限内公开的已决案件 / Of those, published within the deadline. */
    CASES_DISCLOSED_ON_TIME,
    /** 复议中被纠正的案件 / Cases changed, revoked, or found unlawful or void on reconsideration. */
    CASES_CORRECTED_RECONSIDERATION,
    /** 诉讼中被纠正的案件 / Cases changed, revoked, or found unlawful or void in court. */
    CASES_CORRECTED_LITIGATION,
    /** 复议或诉讼中被纠正的案件 / Cases corrected on reconsideration or in court (each once). */
    CASES_CORRECTED,
    /** 决定已送达的案件 / Cases whose decision was served. */
    CASES_SERVED,
    /** 已结案的案件 / Cases closed. */
    CASES_CLOSED,
    /** 已归档的案件 / Cases archived. */
    CASES_ARCHIVED
}
