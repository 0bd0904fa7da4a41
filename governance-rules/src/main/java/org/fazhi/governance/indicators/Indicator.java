package org.fazhi.governance.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fazhi.governance.model.Bilingual;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.rules.SatisfactionBase;

/**
 * 指标目录 / The indicator catalog: every count and rate a township report states, with its formula.
 *
 * <p>Each indicator has a stable id (the same key a {@link DeclaredFigure} uses, e.g.
 * {@code hotline.satisfactionRate}), Chinese and English names, the formula in words, its unit, the
 * records it counts, and the rule parameter that sets its target, if any. Its value is a function of an
 * {@link IndicatorTally}, so it is exact and merges across villages, months and townships. For a single
 * record, {@link Indicators#sheet} takes the value from detailed records when they exist, else from the
 * report's declared figure, else derives it from other declared figures, and says which.
 */
public enum Indicator implements org.fazhi.governance.model.Bilingual {
    /** 村（社区）数 / villages and communities. */
    UNIT_VILLAGES("unit.villageCount", IndicatorUnit.COUNT, "村（社区）数", "villages and communities",
            "下辖行政村和社区的个数",
            "number of villages and communities",
            "村（社区）", "villages",
            r -> r.isComplete(RecordList.GRASSROOTS_UNITS),
            t -> count(t, Count.VILLAGES),
            null,
            null),
    /** 一级网格数 / level-1 grids. */
    GRID_LEVEL1("grid.level1Count", IndicatorUnit.COUNT, "一级网格数", "level-1 grids",
            "一级网格个数",
            "number of level-1 grids",
            "网格", "grids",
            r -> r.isComplete(RecordList.GRIDS),
            t -> count(t, Count.GRIDS_LEVEL1),
            null,
            null),
    /** 二级网格数 / level-2 grids. */
    GRID_LEVEL2("grid.level2Count", IndicatorUnit.COUNT, "二级网格数", "level-2 grids",
            "二级（单元）网格个数",
            "number of level-2 grids",
            "网格", "grids",
            r -> r.isComplete(RecordList.GRIDS),
            t -> count(t, Count.GRIDS_LEVEL2),
            null,
            null),
    /** 每个一级网格的二级网格数 / level-2 grids per level-1 grid. */
    GRID_LEVEL2_PER_LEVEL1("grid.level2PerLevel1", IndicatorUnit.AVERAGE, "每个一级网格的二级网格数", "level-2 grids per level-1 grid",
            "二级网格数 ÷ 一级网格数",
            "level-2 grids ÷ level-1 grids",
            "网格", "grids",
            r -> r.isComplete(RecordList.GRIDS),
            t -> IndicatorValue.average(t.get(Count.GRIDS_LEVEL2), t.get(Count.GRIDS_LEVEL1)),
            r -> quotient(r, StandardFigures.GRID_LEVEL2_COUNT, StandardFigures.GRID_LEVEL1_COUNT),
            null),
    /** 网格长配齐率 / grids with their leader. */
    GRID_LEADER_FILLED_RATE("grid.leaderFilledRate", IndicatorUnit.PERCENT, "网格长配齐率", "grids with their leader",
            "配有网格长（党支部书记、党小组组长或网格长）的一、二级网格 ÷ 一、二级网格总数",
            "level-1 and level-2 grids with a leader ÷ all level-1 and level-2 grids",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRIDS),
            t -> pct(t, new Count[] {Count.GRIDS_LEVEL1_LED, Count.GRIDS_LEVEL2_LED}, new Count[] {Count.GRIDS_LEVEL1, Count.GRIDS_LEVEL2}),
            null,
            null),
    /** 网格长 / grid leaders. */
    STAFF_GRID_LEADER("grid.staff.gridLeader", IndicatorUnit.COUNT, "网格长", "grid leaders",
            "担任网格长的人次",
            "grid-leader assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_GRID_LEADER),
            null,
            null),
    /** 党支部书记 / Party branch secretaries. */
    STAFF_PARTY_BRANCH_SECRETARY("grid.staff.partyBranchSecretary", IndicatorUnit.COUNT, "党支部书记", "Party branch secretaries",
            "网格中的党支部书记人次",
            "Party branch secretary assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_PARTY_BRANCH_SECRETARY),
            null,
            null),
    /** 党小组组长 / Party group leaders. */
    STAFF_PARTY_GROUP_LEADER("grid.staff.partyGroupLeader", IndicatorUnit.COUNT, "党小组组长", "Party group leaders",
            "网格中的党小组组长人次",
            "Party group leader assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_PARTY_GROUP_LEADER),
            null,
            null),
    /** 党小组副组长 / Party group deputy leaders. */
    STAFF_PARTY_GROUP_DEPUTY_LEADER("grid.staff.partyGroupDeputyLeader", IndicatorUnit.COUNT, "党小组副组长", "Party group deputy leaders",
            "网格中的党小组副组长人次",
            "Party group deputy leader assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_PARTY_GROUP_DEPUTY_LEADER),
            null,
            null),
    /** 专职网格员 / full-time grid workers. */
    STAFF_FULL_TIME_GRID_WORKER("grid.staff.fullTimeGridWorker", IndicatorUnit.COUNT, "专职网格员", "full-time grid workers",
            "专职网格员人次",
            "full-time grid worker assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_FULL_TIME_GRID_WORKER),
            null,
            null),
    /** 党员楼栋长 / Party-member building captains. */
    STAFF_PARTY_MEMBER_BUILDING_CAPTAIN("grid.staff.partyMemberBuildingCaptain", IndicatorUnit.COUNT, "党员楼栋长", "Party-member building captains",
            "党员楼栋长人次",
            "building captain assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN),
            null,
            null),
    /** 兼职网格员 / part-time grid workers. */
    STAFF_PART_TIME_GRID_WORKER("grid.staff.partTimeGridWorker", IndicatorUnit.COUNT, "兼职网格员", "part-time grid workers",
            "兼职网格员人次",
            "part-time grid worker assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_PART_TIME_GRID_WORKER),
            null,
            null),
    /** 网格志愿者 / grid volunteers. */
    STAFF_GRID_VOLUNTEER("grid.staff.gridVolunteer", IndicatorUnit.COUNT, "网格志愿者", "grid volunteers",
            "网格志愿者人次",
            "grid volunteer assignments",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> count(t, Count.STAFF_GRID_VOLUNTEER),
            null,
            null),
    /** 网格人员总数 / grid staff in total. */
    GRID_STAFF_TOTAL("grid.staffTotal", IndicatorUnit.COUNT, "网格人员总数", "grid staff in total",
            "各角色网格人员人次之和",
            "sum of grid staff over all roles",
            "网格人员配备", "grid assignments",
            r -> r.isComplete(RecordList.GRID_ASSIGNMENTS),
            t -> IndicatorValue.count(sum(t, Groups.STAFF)),
            null,
            null),
    /** 执法协调领导小组中的领导 / leaders in the enforcement coordination group. */
    COORDINATION_LEADERS("enforcementCoordinationGroup.leaders", IndicatorUnit.COUNT, "执法协调领导小组中的领导", "leaders in the enforcement coordination group",
            "综合行政执法指挥协调领导小组中领导层级成员数",
            "leader-rank members of the enforcement coordination group",
            "领导小组", "leading groups",
            r -> hasCoordinationMembers(r),
            t -> count(t, Count.COORDINATION_LEADERS),
            null,
            null),
    /** 执法协调领导小组中的干部 / cadres in the enforcement coordination group. */
    COORDINATION_CADRES("enforcementCoordinationGroup.cadres", IndicatorUnit.COUNT, "执法协调领导小组中的干部", "cadres in the enforcement coordination group",
            "综合行政执法指挥协调领导小组中干部层级成员数",
            "cadre-rank members of the enforcement coordination group",
            "领导小组", "leading groups",
            r -> hasCoordinationMembers(r),
            t -> count(t, Count.COORDINATION_CADRES),
            null,
            null),
    /** 热线受理（办理）件数 / hotline tickets handled. */
    HOTLINE_RECEIVED("hotline.ticketsHandled", IndicatorUnit.COUNT, "热线受理（办理）件数", "hotline tickets handled",
            "受理的热线工单数",
            "hotline tickets received",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> count(t, Count.HOTLINE_RECEIVED),
            null,
            null),
    /** 已响应件数 / tickets responded to. */
    HOTLINE_RESPONDED("hotline.responded", IndicatorUnit.COUNT, "已响应件数", "tickets responded to",
            "有首次联系日期的工单数",
            "tickets with a first-contact date",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> count(t, Count.HOTLINE_RESPONDED),
            null,
            null),
    /** 已办结件数 / tickets closed. */
    HOTLINE_CLOSED("hotline.closed", IndicatorUnit.COUNT, "已办结件数", "tickets closed",
            "有办结日期的工单数",
            "tickets with a closing date",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> count(t, Count.HOTLINE_CLOSED),
            null,
            null),
    /** 已评价件数 / tickets rated. */
    HOTLINE_RATED("hotline.rated", IndicatorUnit.COUNT, "已评价件数", "tickets rated",
            "回访时给出满意度评价的工单数",
            "tickets rated on the follow-up call",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> count(t, Count.HOTLINE_RATED),
            null,
            null),
    /** 满意件数 / tickets rated satisfied. */
    HOTLINE_SATISFIED("hotline.satisfied", IndicatorUnit.COUNT, "满意件数", "tickets rated satisfied",
            "评价为满意（及基本满意，按口径）的工单数",
            "tickets rated satisfied (and basically satisfied, by option)",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> IndicatorValue.count(satisfied(t)),
            null,
            null),
    /** 响应率 / response rate. */
    HOTLINE_RESPONSE_RATE("hotline.responseRate", IndicatorUnit.PERCENT, "响应率", "response rate",
            "已响应件数 ÷ 受理件数",
            "tickets responded ÷ tickets received",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> pct(t, Count.HOTLINE_RESPONDED, Count.HOTLINE_RECEIVED),
            null,
            null),
    /** 办结率 / closure rate. */
    HOTLINE_CLOSURE_RATE("hotline.closureRate", IndicatorUnit.PERCENT, "办结率", "closure rate",
            "已办结件数 ÷ 受理件数",
            "tickets closed ÷ tickets received",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> pct(t, Count.HOTLINE_CLOSED, Count.HOTLINE_RECEIVED),
            null,
            null),
    /** 满意率 / satisfaction rate. */
    HOTLINE_SATISFACTION_RATE("hotline.satisfactionRate", IndicatorUnit.PERCENT, "满意率", "satisfaction rate",
            "满意件数（是否含基本满意可配置）÷ 已评价件数（或已办结件数，可配置）",
            "satisfied tickets (basically satisfied optional) ÷ rated tickets (or closed tickets, by option)",
            "热线工单", "hotline tickets",
            r -> r.isComplete(RecordList.HOTLINE_TICKETS),
            t -> IndicatorValue.percent(Ratio.of(satisfied(t), t.basis().satisfactionBase() == SatisfactionBase.RATED ? t.get(Count.HOTLINE_RATED) : t.get(Count.HOTLINE_CLOSED))),
            null,
            null),
    /** 代表建议件数 / deputy suggestions. */
    NPC_SUGGESTIONS("npc.suggestions", IndicatorUnit.COUNT, "代表建议件数", "deputy suggestions",
            "交办的代表建议件数",
            "suggestions assigned",
            "代表建议", "deputy suggestions",
            r -> r.isComplete(RecordList.DEPUTY_SUGGESTIONS),
            t -> count(t, Count.NPC_ASSIGNED),
            null,
            null),
    /** 代表建议办结率 / suggestion completion rate. */
    NPC_COMPLETION_RATE("npc.completionRate", IndicatorUnit.PERCENT, "代表建议办结率", "suggestion completion rate",
            "已答复或办结的建议 ÷ 交办的建议",
            "suggestions replied or completed ÷ suggestions assigned",
            "代表建议", "deputy suggestions",
            r -> r.isComplete(RecordList.DEPUTY_SUGGESTIONS),
            t -> pct(t, Count.NPC_COMPLETED, Count.NPC_ASSIGNED),
            null,
            null),
    /** 代表建议按期答复率 / on-time reply rate. */
    NPC_ON_TIME_RATE("npc.onTimeReplyRate", IndicatorUnit.PERCENT, "代表建议按期答复率", "on-time reply rate",
            "3个月（复杂的6个月）内答复的建议 ÷ 交办的建议",
            "suggestions replied within 3 (complex: 6) months ÷ suggestions assigned",
            "代表建议", "deputy suggestions",
            r -> r.isComplete(RecordList.DEPUTY_SUGGESTIONS),
            t -> pct(t, Count.NPC_REPLIED_ON_TIME, Count.NPC_ASSIGNED),
            null,
            null),
    /** 代表满意率 / deputy satisfaction rate. */
    NPC_SATISFACTION_RATE("npc.satisfactionRate", IndicatorUnit.PERCENT, "代表满意率", "deputy satisfaction rate",
            "代表满意（是否含基本满意可配置）的建议 ÷ 有代表反馈的建议",
            "suggestions the deputy was satisfied with ÷ suggestions with feedback",
            "代表建议", "deputy suggestions",
            r -> r.isComplete(RecordList.DEPUTY_SUGGESTIONS),
            t -> pct(t, Count.NPC_SATISFIED, Count.NPC_WITH_FEEDBACK),
            null,
            null),
    /** 行政执法人员 / enforcement officers. */
    OFFICERS("enforcement.officers", IndicatorUnit.COUNT, "行政执法人员", "enforcement officers",
            "执法人员人数",
            "enforcement officers",
            "执法人员", "enforcement officers",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS),
            t -> count(t, Count.OFFICERS),
            null,
            null),
    /** 专职行政执法人员 / full-time enforcement officers. */
    OFFICERS_FULL_TIME("enforcement.fullTimeOfficers", IndicatorUnit.COUNT, "专职行政执法人员", "full-time enforcement officers",
            "标明为专职的执法人员人数（有人未标明是否专职时，单个记录不计算此项）",
            "officers marked full-time (not computed for a record where some officer is unmarked)",
            "执法人员", "enforcement officers",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS) && r.enforcementOfficers().stream().allMatch(o -> o.fullTime().isPresent()),
            t -> count(t, Count.OFFICERS_FULL_TIME),
            null,
            null),
    /** 持证上岗率 / certified-on-duty rate. */
    CERTIFIED_RATE("enforcement.certifiedRate", IndicatorUnit.PERCENT, "持证上岗率", "certified-on-duty rate",
            "截止日持有效执法证件的人员 ÷ 执法人员",
            "officers with a valid certificate on the as-of date ÷ officers",
            "执法人员", "enforcement officers",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS),
            t -> pct(t, Count.OFFICERS_CERTIFIED, Count.OFFICERS),
            null,
            null),
    /** 培训考核率 / training-and-assessment rate. */
    TRAINING_ASSESSMENT_RATE("enforcement.trainingAssessmentRate", IndicatorUnit.PERCENT, "培训考核率", "training-and-assessment rate",
            "本年度培训并考核合格的持证人员 ÷ 持证人员",
            "certified officers trained and assessed (passed) this year ÷ certified officers",
            "执法人员与培训记录", "officers and training records",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS),
            t -> pct(t, Count.OFFICERS_TRAINED_ASSESSED, Count.OFFICERS_CERTIFIED),
            null,
            "CERT-TRAINING-ASSESSMENT-RATE:targetPercent"),
    /** 人均业务和法律培训学时 / legal and professional training hours per officer. */
    TRAINING_HOURS_PER_OFFICER("enforcement.trainingHoursPerOfficer", IndicatorUnit.AVERAGE, "人均业务和法律培训学时", "legal and professional training hours per officer",
            "本年度业务和法律培训学时之和 ÷ 执法人员",
            "legal and professional class hours this year ÷ officers",
            "培训记录", "training records",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS),
            t -> IndicatorValue.average(t.get(Count.TRAINING_CENTIHOURS), Math.multiplyExact(t.get(Count.OFFICERS), 100L)),
            null,
            "CERT-TRAINING-60H:minHours"),
    /** 法制审核人员 / legal reviewers. */
    LEGAL_REVIEWERS("enforcement.legalReviewers", IndicatorUnit.COUNT, "法制审核人员", "legal reviewers",
            "法制审核人员人数",
            "legal reviewers",
            "法制审核人员", "legal reviewers",
            r -> r.isComplete(RecordList.LEGAL_REVIEWERS),
            t -> count(t, Count.LEGAL_REVIEWERS),
            null,
            null),
    /** 人均法制审核人员 / legal reviewers per officer. */
    REVIEWERS_PER_OFFICER("enforcement.reviewersPerOfficer", IndicatorUnit.AVERAGE, "人均法制审核人员", "legal reviewers per officer",
            "法制审核人员 ÷ 执法人员",
            "legal reviewers ÷ officers",
            "执法人员", "enforcement officers",
            r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS),
            t -> IndicatorValue.average(t.get(Count.LEGAL_REVIEWERS), t.get(Count.OFFICERS)),
            r -> quotient(r, StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS),
            null),
    /** 执法案件 / enforcement cases. */
    CASES("enforcement.cases", IndicatorUnit.COUNT, "执法案件", "enforcement cases",
            "执法案件数",
            "enforcement cases",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES),
            null,
            null),
    /** 执法决定公开率 / decision disclosure rate. */
    DISCLOSURE_RATE("enforcement.disclosureRate", IndicatorUnit.PERCENT, "执法决定公开率", "decision disclosure rate",
            "已事后公开的决定 ÷ 已作出的决定",
            "decisions with a post-decision disclosure ÷ decisions",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_DISCLOSED, Count.CASES_DECIDED),
            null,
            null),
    /** 全过程记录完整率 / whole-process recording rate. */
    RECORDING_RATE("enforcement.recordingRate", IndicatorUnit.PERCENT, "全过程记录完整率", "whole-process recording rate",
            "各已进行环节均有记录的案件 ÷ 案件",
            "cases with every reached step recorded ÷ cases",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_FULLY_RECORDED, Count.CASES),
            null,
            null),
    /** 重大执法决定法制审核率 / legal review rate of major decisions. */
    LEGAL_REVIEW_RATE("enforcement.legalReviewRate", IndicatorUnit.PERCENT, "重大执法决定法制审核率", "legal review rate of major decisions",
            "决定前审核通过的案件 ÷ 需要法制审核的已决案件",
            "cases reviewed and passed before the decision ÷ decided cases needing review",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_REVIEWED, Count.CASES_NEEDING_REVIEW),
            null,
            null),
    /** 立案数 / cases filed. */
    CASES_FILED("enforcement.casesFiled", IndicatorUnit.COUNT, "立案数", "cases filed",
            "行政处罚案件数",
            "penalty cases",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_PENALTY),
            null,
            null),
    /** 简易程序案件 / summary-procedure cases. */
    CASES_SUMMARY("enforcement.casesSummary", IndicatorUnit.COUNT, "简易程序案件", "summary-procedure cases",
            "适用简易程序（当场）的处罚案件数",
            "penalty cases under the summary procedure",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_SUMMARY),
            null,
            null),
    /** 普通程序案件 / general-procedure cases. */
    CASES_GENERAL("enforcement.casesGeneral", IndicatorUnit.COUNT, "普通程序案件", "general-procedure cases",
            "适用普通程序（含听证程序）的处罚案件数",
            "penalty cases under the ordinary or hearing procedure",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_GENERAL),
            null,
            null),
    /** 已作出决定的案件 / cases decided. */
    CASES_DECIDED("enforcement.casesDecided", IndicatorUnit.COUNT, "已作出决定的案件", "cases decided",
            "作出决定的执法案件数",
            "enforcement cases decided",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_DECIDED),
            null,
            null),
    /** 已送达决定的案件 / decisions served. */
    CASES_SERVED("enforcement.casesServed", IndicatorUnit.COUNT, "已送达决定的案件", "decisions served",
            "决定已送达的执法案件数",
            "cases whose decision was served",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_SERVED),
            null,
            null),
    /** 结案数 / cases closed. */
    CASES_CLOSED("enforcement.casesClosed", IndicatorUnit.COUNT, "结案数", "cases closed",
            "已结案的执法案件数",
            "cases closed",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_CLOSED),
            null,
            null),
    /** 已归档的案件 / cases archived. */
    CASES_ARCHIVED("enforcement.casesArchived", IndicatorUnit.COUNT, "已归档的案件", "cases archived",
            "案卷已归档的执法案件数",
            "cases archived",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_ARCHIVED),
            null,
            null),
    /** 事先告知率 / prior notice rate. */
    PRIOR_NOTICE_RATE("enforcement.priorNoticeRate", IndicatorUnit.PERCENT, "事先告知率", "prior notice rate",
            "决定前已事先告知（或当事人明确放弃）的案件 ÷ 已决定的非简易程序处罚案件",
            "cases noticed before the decision (or waived) ÷ decided penalties other than summary ones",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_NOTICED, Count.CASES_NOTICE_DUE),
            null,
            null),
    /** 申请听证 / hearings requested. */
    HEARINGS_REQUESTED("enforcement.hearingsRequested", IndicatorUnit.COUNT, "申请听证", "hearings requested",
            "当事人申请听证的处罚案件数",
            "penalty cases where a hearing was asked for",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.HEARINGS_REQUESTED),
            null,
            null),
    /** 举行听证 / hearings held. */
    HEARINGS_HELD("enforcement.hearingsHeld", IndicatorUnit.COUNT, "举行听证", "hearings held",
            "举行听证的处罚案件数",
            "penalty cases with a hearing held",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.HEARINGS_HELD),
            null,
            null),
    /** 听证举行率 / hearing rate. */
    HEARING_RATE("enforcement.hearingRate", IndicatorUnit.PERCENT, "听证举行率", "hearing rate",
            "举行听证的案件 ÷ 申请听证的案件",
            "hearings held ÷ hearings requested",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.HEARINGS_HELD, Count.HEARINGS_REQUESTED),
            null,
            null),
    /** 按期作出处罚决定率 / on-time decision rate. */
    ON_TIME_DECISION_RATE("enforcement.onTimeDecisionRate", IndicatorUnit.PERCENT, "按期作出处罚决定率", "on-time decision rate",
            "立案后九十日内作出决定的处罚案件 ÷ 已决定的处罚案件",
            "penalties decided within 90 days of filing ÷ penalties decided",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_DECIDED_ON_TIME, Count.CASES_PENALTY_DECIDED),
            null,
            null),
    /** 罚没款金额 / fines and confiscations. */
    FINES_DECIDED("enforcement.finesYuan", IndicatorUnit.AVERAGE, "罚没款金额", "fines and confiscations",
            "处罚决定的罚款和没收金额之和（元，精确到分）",
            "fines and confiscations decided (yuan, exact to the fen)",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> IndicatorValue.yuan(t.get(Count.FINES_DECIDED_FEN)),
            null,
            null),
    /** 罚没款收缴金额 / fines and confiscations collected. */
    FINES_COLLECTED("enforcement.finesCollectedYuan", IndicatorUnit.AVERAGE, "罚没款收缴金额", "fines and confiscations collected",
            "当事人缴纳的罚款金额之和（元，不含加处罚款）",
            "fines paid by the parties (yuan, surcharges excluded)",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> IndicatorValue.yuan(t.get(Count.FINES_COLLECTED_FEN)),
            null,
            null),
    /** 执法决定按时公开率 / decisions disclosed on time. */
    DISCLOSED_ON_TIME_RATE("enforcement.disclosedOnTimeRate", IndicatorUnit.PERCENT, "执法决定按时公开率", "decisions disclosed on time",
            "七个（许可、处罚）或二十个工作日内公开的决定 ÷ 已公开或公开期限已届满的决定（工作日历不能确定期限的不计）",
            "decisions published within 7 (licences, penalties) or 20 working days ÷ decisions published or past the deadline (left out where the calendar cannot settle it)",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_DISCLOSED_ON_TIME, Count.CASES_DISCLOSURE_DUE),
            null,
            null),
    /** 复议纠错的执法案件 / cases corrected on reconsideration. */
    CORRECTED_ON_RECONSIDERATION("enforcement.correctedOnReconsideration", IndicatorUnit.COUNT, "复议纠错的执法案件", "cases corrected on reconsideration",
            "复议中被变更、撤销、确认违法或无效的案件数",
            "cases changed, revoked, or found unlawful or void on reconsideration",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_CORRECTED_RECONSIDERATION),
            null,
            null),
    /** 诉讼纠错的执法案件 / cases corrected in court. */
    CORRECTED_IN_COURT("enforcement.correctedInCourt", IndicatorUnit.COUNT, "诉讼纠错的执法案件", "cases corrected in court",
            "诉讼中被变更、撤销、确认违法或无效的案件数",
            "cases changed, revoked, or found unlawful or void in court",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> count(t, Count.CASES_CORRECTED_LITIGATION),
            null,
            null),
    /** 执法案件被纠错率 / correction rate of enforcement cases. */
    CORRECTION_RATE("enforcement.correctionRate", IndicatorUnit.PERCENT, "执法案件被纠错率", "correction rate of enforcement cases",
            "复议或诉讼中被纠正的案件 ÷ 已作出决定的案件",
            "cases corrected on reconsideration or in court ÷ cases decided",
            "执法案件", "enforcement cases",
            r -> r.isComplete(RecordList.ENFORCEMENT_CASES),
            t -> pct(t, Count.CASES_CORRECTED, Count.CASES_DECIDED),
            null,
            null),
    /** 排查矛盾纠纷 / disputes found. */
    DISPUTES_SCREENED("disputes.screened", IndicatorUnit.COUNT, "排查矛盾纠纷", "disputes found",
            "排查发现的矛盾纠纷数",
            "disputes found in screening",
            "矛盾纠纷", "disputes",
            r -> r.isComplete(RecordList.DISPUTES),
            t -> count(t, Count.DISPUTES),
            null,
            null),
    /** 调解成功 / disputes mediated successfully. */
    DISPUTES_MEDIATED("disputes.mediatedSuccessfully", IndicatorUnit.COUNT, "调解成功", "disputes mediated successfully",
            "调解成功的纠纷数",
            "disputes mediated successfully",
            "矛盾纠纷", "disputes",
            r -> r.isComplete(RecordList.DISPUTES),
            t -> count(t, Count.DISPUTES_MEDIATED),
            null,
            null),
    /** 调解成功率 / mediation success rate. */
    MEDIATION_SUCCESS_RATE("disputes.mediationSuccessRate", IndicatorUnit.PERCENT, "调解成功率", "mediation success rate",
            "调解成功的纠纷 ÷ 排查发现的纠纷",
            "disputes mediated successfully ÷ disputes found",
            "矛盾纠纷", "disputes",
            r -> r.isComplete(RecordList.DISPUTES),
            t -> pct(t, Count.DISPUTES_MEDIATED, Count.DISPUTES),
            null,
            null),
    /** 有法律顾问的村 / villages with a legal adviser. */
    ADVISER_VILLAGES("legalAdvisers.villagesCovered", IndicatorUnit.COUNT, "有法律顾问的村", "villages with a legal adviser",
            "有法律顾问服务的村（社区）数",
            "villages and communities served by a legal adviser",
            "法律顾问", "legal advisers",
            r -> r.isComplete(RecordList.LEGAL_ADVISERS),
            t -> count(t, Count.VILLAGES_WITH_ADVISER),
            null,
            null),
    /** 一村一法律顾问覆盖率 / legal-adviser coverage of villages. */
    ADVISER_COVERAGE("coverage.legalAdviserVillages", IndicatorUnit.PERCENT, "一村一法律顾问覆盖率", "legal-adviser coverage of villages",
            "有法律顾问的村 ÷ 村（社区）",
            "villages with a legal adviser ÷ villages",
            "法律顾问", "legal advisers",
            r -> r.isComplete(RecordList.LEGAL_ADVISERS) && r.isComplete(RecordList.GRASSROOTS_UNITS),
            t -> pct(t, Count.VILLAGES_WITH_ADVISER, Count.VILLAGES),
            null,
            "RURAL-VILLAGE-LEGAL-ADVISER:targetPercent"),
    /** 有法律顾问的乡镇政府 / township governments with a legal adviser. */
    TOWNSHIP_ADVISER("legalAdvisers.townshipCovered", IndicatorUnit.COUNT, "有法律顾问的乡镇政府", "township governments with a legal adviser",
            "聘有法律顾问的乡镇政府数",
            "township governments with their own legal adviser",
            "法律顾问", "legal advisers",
            r -> r.isComplete(RecordList.LEGAL_ADVISERS),
            t -> count(t, Count.UNITS_WITH_ADVISER),
            null,
            null),
    /** 评理室村级覆盖率 / reasoning-room coverage of villages. */
    ROOM_COVERAGE("coverage.reasoningRoomVillages", IndicatorUnit.PERCENT, "评理室村级覆盖率", "reasoning-room coverage of villages",
            "有评理室的村 ÷ 村（社区）",
            "villages with a reasoning room ÷ villages",
            "评理室", "reasoning rooms",
            r -> r.isComplete(RecordList.REASONING_ROOMS) && r.isComplete(RecordList.GRASSROOTS_UNITS),
            t -> pct(t, Count.VILLAGES_WITH_REASONING_ROOM, Count.VILLAGES),
            null,
            null),
    /** 评理室 / reasoning rooms. */
    REASONING_ROOMS("reasoningRooms.count", IndicatorUnit.COUNT, "评理室", "reasoning rooms",
            "乡、村评理室个数",
            "township and village reasoning rooms",
            "评理室", "reasoning rooms",
            r -> r.isComplete(RecordList.REASONING_ROOMS),
            t -> count(t, Count.REASONING_ROOMS),
            null,
            null),
    /** 评理员 / reasoning-room members. */
    REASONING_ROOM_MEMBERS("reasoningRooms.members", IndicatorUnit.COUNT, "评理员", "reasoning-room members",
            "评理员人数",
            "reasoning-room members",
            "评理室", "reasoning rooms",
            r -> r.isComplete(RecordList.REASONING_ROOMS),
            t -> count(t, Count.REASONING_ROOM_MEMBERS),
            null,
            null),
    /** 规范化村级综治中心 / standardised village governance centres. */
    CENTRE_VILLAGES("safety.villageGovernanceCenters", IndicatorUnit.COUNT, "规范化村级综治中心", "standardised village governance centres",
            "完成规范化建设的村级综治中心所覆盖的村数",
            "villages with a standardised governance centre",
            "综治中心", "governance centres",
            r -> r.isComplete(RecordList.GOVERNANCE_CENTERS),
            t -> count(t, Count.VILLAGES_WITH_CENTRE),
            null,
            null),
    /** 综治中心村级覆盖率 / governance-centre coverage of villages. */
    CENTRE_COVERAGE("coverage.governanceCentreVillages", IndicatorUnit.PERCENT, "综治中心村级覆盖率", "governance-centre coverage of villages",
            "有规范化综治中心的村 ÷ 村（社区）",
            "villages with a standardised centre ÷ villages",
            "综治中心", "governance centres",
            r -> r.isComplete(RecordList.GOVERNANCE_CENTERS) && r.isComplete(RecordList.GRASSROOTS_UNITS),
            t -> pct(t, Count.VILLAGES_WITH_CENTRE, Count.VILLAGES),
            null,
            null),
    /** 法律明白人达标村占比 / villages with enough legally literate villagers. */
    LITERATE_COVERAGE("coverage.legallyLiterateVillages", IndicatorUnit.PERCENT, "法律明白人达标村占比", "villages with enough legally literate villagers",
            "法律明白人不少于目标数（默认3名）的村 ÷ 村（社区）",
            "villages with at least the target number (default 3) of legally literate villagers ÷ villages",
            "法治带头人与法律明白人", "rural legal personnel",
            r -> r.isComplete(RecordList.RURAL_LEGAL_PERSONNEL) && r.isComplete(RecordList.GRASSROOTS_UNITS),
            t -> pct(t, Count.VILLAGES_WITH_ENOUGH_LITERATE, Count.VILLAGES),
            null,
            null),
    /** 法治带头人和法律明白人 / rule-of-law leaders and legally literate villagers. */
    RURAL_PERSONNEL("rural.legalPersonnel", IndicatorUnit.COUNT, "法治带头人和法律明白人", "rule-of-law leaders and legally literate villagers",
            "法治带头人与法律明白人人数之和",
            "rule-of-law leaders plus legally literate villagers",
            "法治带头人与法律明白人", "rural legal personnel",
            r -> r.isComplete(RecordList.RURAL_LEGAL_PERSONNEL),
            t -> IndicatorValue.count(Math.addExact(t.get(Count.RULE_OF_LAW_LEADERS), t.get(Count.LEGALLY_LITERATE_VILLAGERS))),
            null,
            null),
    /** 法治宣传活动场次 / legal-publicity events. */
    CAMPAIGNS("publicity.campaigns", IndicatorUnit.COUNT, "法治宣传活动场次", "legal-publicity events",
            "法治宣传教育活动场次",
            "legal-publicity events held",
            "法治宣传活动", "legal-publicity events",
            r -> r.isComplete(RecordList.LEGAL_PUBLICITY_EVENTS),
            t -> count(t, Count.CAMPAIGNS),
            null,
            null),
    /** 公共区域平安监控 / public-area safety cameras. */
    CAMERAS_PUBLIC_AREA("cameras.publicAreaSafety", IndicatorUnit.COUNT, "公共区域平安监控", "public-area safety cameras",
            "该项目监控点位数",
            "camera points of the programme",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> count(t, Count.CAMERAS_PUBLIC_AREA),
            null,
            null),
    /** 平安家园“爱心眼”监控 / caring-eye cameras. */
    CAMERAS_CARING_EYE("cameras.caringEye", IndicatorUnit.COUNT, "平安家园“爱心眼”监控", "caring-eye cameras",
            "该项目监控点位数",
            "camera points of the programme",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> count(t, Count.CAMERAS_CARING_EYE),
            null,
            null),
    /** 派出所辖区监控点位 / police-station area points. */
    CAMERAS_POLICE_AREA("cameras.policeStationArea", IndicatorUnit.COUNT, "派出所辖区监控点位", "police-station area points",
            "该项目监控点位数",
            "camera points of the programme",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> count(t, Count.CAMERAS_POLICE_AREA),
            null,
            null),
    /** 景区监控 / scenic-area cameras. */
    CAMERAS_SCENIC("cameras.scenicArea", IndicatorUnit.COUNT, "景区监控", "scenic-area cameras",
            "该项目监控点位数",
            "camera points of the programme",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> count(t, Count.CAMERAS_SCENIC),
            null,
            null),
    /** 监控点位合计（各项目可能重叠） / cameras in total (programmes may overlap). */
    CAMERAS_TOTAL("cameras.total", IndicatorUnit.COUNT, "监控点位合计（各项目可能重叠）", "cameras in total (programmes may overlap)",
            "各项目点位数之和；同一点位可能被两个项目统计，故为上限",
            "sum over programmes; a point may be counted by two programmes, so this is an upper bound",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> IndicatorValue.count(sum(t, Groups.CAMERA_PROGRAMMES)),
            null,
            null),
    /** 监控联网率 / camera networked rate. */
    CAMERAS_NETWORKED_RATE("cameras.networkedRate", IndicatorUnit.PERCENT, "监控联网率", "camera networked rate",
            "已联网点位 ÷ 点位",
            "networked cameras ÷ cameras",
            "视频监控", "cameras",
            r -> r.isComplete(RecordList.CAMERAS),
            t -> pct(t, new Count[] {Count.CAMERAS_NETWORKED}, Groups.CAMERA_PROGRAMMES),
            null,
            "GRID-XUELIANG:networkedPercent"),
    /** 每周辖区治安巡逻次数 / security patrols per week. */
    PATROLS_PER_WEEK("patrol.perWeek", IndicatorUnit.AVERAGE, "每周辖区治安巡逻次数", "security patrols per week",
            "本年度辖区治安巡逻次数 ÷ 统计整周数",
            "security patrols this year ÷ full weeks counted",
            "巡逻记录", "patrols",
            r -> r.isComplete(RecordList.PATROLS),
            t -> IndicatorValue.average(t.get(Count.PATROLS), t.get(Count.PATROL_WEEKS)),
            null,
            "GRID-PATROL:perWeek"),
    /** 警务用车 / police cars. */
    VEHICLES_CAR("patrol.cars", IndicatorUnit.COUNT, "警务用车", "police cars",
            "警务用车数量",
            "police cars",
            "警务车辆", "patrol vehicles",
            r -> r.isComplete(RecordList.PATROL_VEHICLES),
            t -> count(t, Count.VEHICLES_CAR),
            null,
            null),
    /** 警务摩托车 / police motorcycles. */
    VEHICLES_MOTORCYCLE("patrol.motorcycles", IndicatorUnit.COUNT, "警务摩托车", "police motorcycles",
            "警务摩托车数量",
            "police motorcycles",
            "警务车辆", "patrol vehicles",
            r -> r.isComplete(RecordList.PATROL_VEHICLES),
            t -> count(t, Count.VEHICLES_MOTORCYCLE),
            null,
            null),
    /** 乡贤调解员 / local-worthy mediators. */
    LOCAL_WORTHY_MEDIATORS("mediation.localWorthyMediators", IndicatorUnit.COUNT, "乡贤调解员", "local-worthy mediators",
            "乡贤调解员人数",
            "local-worthy mediators",
            "调解员", "mediators",
            r -> r.isComplete(RecordList.MEDIATORS),
            t -> count(t, Count.MEDIATORS_LOCAL_WORTHY),
            null,
            null);

    /** Groups of counts, in a holder so enum constants may use them. */
    static final class Groups {
        private Groups() {}

        static final Count[] STAFF = {Count.STAFF_GRID_LEADER, Count.STAFF_PARTY_BRANCH_SECRETARY, Count.STAFF_PARTY_GROUP_LEADER,
        Count.STAFF_PARTY_GROUP_DEPUTY_LEADER, Count.STAFF_FULL_TIME_GRID_WORKER, Count.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN,
            Count.STAFF_PART_TIME_GRID_WORKER, Count.STAFF_GRID_VOLUNTEER};
        static final Count[] CAMERA_PROGRAMMES = {Count.CAMERAS_PUBLIC_AREA, Count.CAMERAS_CARING_EYE, Count.CAMERAS_POLICE_AREA,
            Count.CAMERAS_SCENIC};
    }

    private final String id;
    private final IndicatorUnit unit;
    private final String zh;
    private final String en;
    private final String formulaZh;
    private final String formulaEn;
    private final String countsZh;
    private final String countsEn;
    private final Predicate<RuleOfLawRecord> hasDetails;
    private final Function<IndicatorTally, IndicatorValue> value;
    private final Function<RuleOfLawRecord, Optional<IndicatorValue>> derivation;
    private final String target;

    Indicator(String id, IndicatorUnit unit, String zh, String en, String formulaZh, String formulaEn, String countsZh, String countsEn,
            Predicate<RuleOfLawRecord> hasDetails, Function<IndicatorTally, IndicatorValue> value,
            Function<RuleOfLawRecord, Optional<IndicatorValue>> derivation, String target) {
        this.id = id;
        this.unit = unit;
        this.zh = zh;
        this.en = en;
        this.formulaZh = formulaZh;
        this.formulaEn = formulaEn;
        this.countsZh = countsZh;
        this.countsEn = countsEn;
        this.hasDetails = hasDetails;
        this.value = value;
        this.derivation = derivation;
        this.target = target;
    }

    /** 指标编号 / Stable id, also the declared-figure key, e.g. {@code hotline.satisfactionRate}. */
    public String id() {
        return id;
    }

    /** 数字概念 / The standard-catalog concept a report declares this indicator's value under. */
    public FigureConcept concept() {
        return FigureCatalog.standard().require(id);
    }

    /** 单位 / Count, percent or average. */
    public IndicatorUnit unit() {
        return unit;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /**
     * 计算公式 / The formula in words.
     *
     * @param locale the language
     * @return the formula
     */
    public String formula(Locale locale) {
        return Bilingual.isChinese(locale) ? formulaZh : formulaEn;
    }

    /**
     * 统计对象 / The records it counts.
     *
     * @param locale the language
     * @return what it counts
     */
    public String counts(Locale locale) {
        return Bilingual.isChinese(locale) ? countsZh : countsEn;
    }

    /** 目标来源 / The rule parameter that sets the target, as {@code RULE-ID:parameter}, if any. */
    public Optional<String> targetParameter() {
        return Optional.ofNullable(target);
    }

    /**
     * The value from a tally.
     *
     * @param tally the counts
     * @return the value
     */
    public IndicatorValue valueOf(IndicatorTally tally) {
        return value.apply(tally);
    }

    /**
     * Whether the record has the detailed entries this indicator is computed from.
     *
     * @param record the record
     * @return true if the value can be computed rather than taken from the report
     */
    public boolean hasDetails(RuleOfLawRecord record) {
        return hasDetails.test(record);
    }

    /**
     * A value derived from other declared figures (e.g. 8 of 8 villages), if this indicator has a
     * derivation and the figures exist.
     *
     * @param record the record
     * @return the derived value
     */
    public Optional<IndicatorValue> deriveFromDeclared(RuleOfLawRecord record) {
        return derivation == null ? Optional.empty() : derivation.apply(record);
    }

    /**
     * The indicator with an id.
     *
     * @param id e.g. {@code hotline.satisfactionRate}
     * @return the indicator, or empty
     */
    public static Optional<Indicator> byId(String id) {
        for (Indicator i : values()) {
            if (i.id.equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static IndicatorValue count(IndicatorTally t, Count c) {
        return IndicatorValue.count(t.get(c));
    }

    private static IndicatorValue pct(IndicatorTally t, Count num, Count den) {
        return IndicatorValue.percent(Ratio.of(t.get(num), t.get(den)));
    }

    private static IndicatorValue pct(IndicatorTally t, Count[] num, Count[] den) {
        return IndicatorValue.percent(Ratio.of(sum(t, num), sum(t, den)));
    }

    static long sum(IndicatorTally t, Count[] counts) {
        long s = 0;
        for (Count c : counts) {
            s = Math.addExact(s, t.get(c));
        }
        return s;
    }

    private static long satisfied(IndicatorTally t) {
        return t.get(Count.HOTLINE_SATISFIED) + (t.basis().basicallySatisfiedCounts() ? t.get(Count.HOTLINE_BASICALLY_SATISFIED) : 0);
    }

    private static boolean hasCoordinationMembers(RuleOfLawRecord r) {
        return r.isComplete(RecordList.LEADING_GROUP_MEMBERS)
                && r.leadingGroups().stream().anyMatch(g -> g.kind() == LeadingGroupKind.ENFORCEMENT_COORDINATION);
    }

    private static Optional<IndicatorValue> quotient(RuleOfLawRecord r, FigureConcept num, FigureConcept den) {
        Optional<Long> n = Indicators.exactCount(r, num);
        Optional<Long> d = Indicators.exactCount(r, den);
        return n.isPresent() && d.isPresent() ? Optional.of(IndicatorValue.average(n.get(), d.get())) : Optional.empty();
    }

    static BigDecimal scaleLike(BigDecimal value, BigDecimal declared) {
        return value.setScale(Math.max(declared.stripTrailingZeros().scale(), 0), RoundingMode.HALF_UP);
    }
}
