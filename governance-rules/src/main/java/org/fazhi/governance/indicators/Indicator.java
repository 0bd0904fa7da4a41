package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.rules.ParameterRef;
import org.fazhi.governance.rules.SatisfactionBase;
import org.fazhi.governance.rules.Ratio;

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
public enum Indicator implements org.fazhi.governance.model.base.Bilingual {
    /** 村（社区）数 / villages and communities. */
    UNIT_VILLAGES(define("unit.villageCount", IndicatorUnit.COUNT)
            .names("村（社区）数", "villages and communities")
            .formula("下辖行政村和社区的个数", "number of villages and communities")
            .counts("村（社区）", "villages")
            .detailsIn(RecordList.GRASSROOTS_UNITS)
            .countOf(Count.VILLAGES)),
    /** 一级网格数 / level-1 grids. */
    GRID_LEVEL1(define("grid.level1Count", IndicatorUnit.COUNT)
            .names("一级网格数", "level-1 grids")
            .formula("一级网格个数", "number of level-1 grids")
            .counts("网格", "grids")
            .detailsIn(RecordList.GRIDS)
            .countOf(Count.GRIDS_LEVEL1)),
    /** 二级网格数 / level-2 grids. */
    GRID_LEVEL2(define("grid.level2Count", IndicatorUnit.COUNT)
            .names("二级网格数", "level-2 grids")
            .formula("二级（单元）网格个数", "number of level-2 grids")
            .counts("网格", "grids")
            .detailsIn(RecordList.GRIDS)
            .countOf(Count.GRIDS_LEVEL2)),
    /** 每个一级网格的二级网格数 / level-2 grids per level-1 grid. */
    GRID_LEVEL2_PER_LEVEL1(define("grid.level2PerLevel1", IndicatorUnit.AVERAGE)
            .names("每个一级网格的二级网格数", "level-2 grids per level-1 grid")
            .formula("二级网格数 ÷ 一级网格数", "level-2 grids ÷ level-1 grids")
            .counts("网格", "grids")
            .detailsIn(RecordList.GRIDS)
            .averageOf(Count.GRIDS_LEVEL2, Count.GRIDS_LEVEL1)
            .derivedBy(r -> quotient(r, StandardFigures.GRID_LEVEL2_COUNT, StandardFigures.GRID_LEVEL1_COUNT))),
    /** 网格长配齐率 / grids with their leader. */
    GRID_LEADER_FILLED_RATE(define("grid.leaderFilledRate", IndicatorUnit.PERCENT)
            .names("网格长配齐率", "grids with their leader")
            .formula("配有网格长（党支部书记、党小组组长或网格长）的一、二级网格 ÷ 一、二级网格总数",
                    "level-1 and level-2 grids with a leader ÷ all level-1 and level-2 grids")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRIDS)
            .percentOf(new Count[] {Count.GRIDS_LEVEL1_LED, Count.GRIDS_LEVEL2_LED},
                    new Count[] {Count.GRIDS_LEVEL1, Count.GRIDS_LEVEL2})),
    /** 网格长 / grid leaders. */
    STAFF_GRID_LEADER(define("grid.staff.gridLeader", IndicatorUnit.COUNT)
            .names("网格长", "grid leaders")
            .formula("担任网格长的人次", "grid-leader assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_GRID_LEADER)),
    /** 党支部书记 / Party branch secretaries. */
    STAFF_PARTY_BRANCH_SECRETARY(define("grid.staff.partyBranchSecretary", IndicatorUnit.COUNT)
            .names("党支部书记", "Party branch secretaries")
            .formula("网格中的党支部书记人次", "Party branch secretary assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_PARTY_BRANCH_SECRETARY)),
    /** 党小组组长 / Party group leaders. */
    STAFF_PARTY_GROUP_LEADER(define("grid.staff.partyGroupLeader", IndicatorUnit.COUNT)
            .names("党小组组长", "Party group leaders")
            .formula("网格中的党小组组长人次", "Party group leader assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_PARTY_GROUP_LEADER)),
    /** 党小组副组长 / Party group deputy leaders. */
    STAFF_PARTY_GROUP_DEPUTY_LEADER(define("grid.staff.partyGroupDeputyLeader", IndicatorUnit.COUNT)
            .names("党小组副组长", "Party group deputy leaders")
            .formula("网格中的党小组副组长人次", "Party group deputy leader assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_PARTY_GROUP_DEPUTY_LEADER)),
    /** 专职网格员 / full-time grid workers. */
    STAFF_FULL_TIME_GRID_WORKER(define("grid.staff.fullTimeGridWorker", IndicatorUnit.COUNT)
            .names("专职网格员", "full-time grid workers")
            .formula("专职网格员人次", "full-time grid worker assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_FULL_TIME_GRID_WORKER)),
    /** 党员楼栋长 / Party-member building captains. */
    STAFF_PARTY_MEMBER_BUILDING_CAPTAIN(define("grid.staff.partyMemberBuildingCaptain", IndicatorUnit.COUNT)
            .names("党员楼栋长", "Party-member building captains")
            .formula("党员楼栋长人次", "building captain assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN)),
    /** 兼职网格员 / part-time grid workers. */
    STAFF_PART_TIME_GRID_WORKER(define("grid.staff.partTimeGridWorker", IndicatorUnit.COUNT)
            .names("兼职网格员", "part-time grid workers")
            .formula("兼职网格员人次", "part-time grid worker assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_PART_TIME_GRID_WORKER)),
    /** 网格志愿者 / grid volunteers. */
    STAFF_GRID_VOLUNTEER(define("grid.staff.gridVolunteer", IndicatorUnit.COUNT)
            .names("网格志愿者", "grid volunteers")
            .formula("网格志愿者人次", "grid volunteer assignments")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .countOf(Count.STAFF_GRID_VOLUNTEER)),
    /** 网格人员总数 / grid staff in total. */
    GRID_STAFF_TOTAL(define("grid.staffTotal", IndicatorUnit.COUNT)
            .names("网格人员总数", "grid staff in total")
            .formula("各角色网格人员人次之和", "sum of grid staff over all roles")
            .counts("网格人员配备", "grid assignments")
            .detailsIn(RecordList.GRID_ASSIGNMENTS)
            .sumOf(Groups.STAFF)),
    /** 执法协调领导小组中的领导 / leaders in the enforcement coordination group. */
    COORDINATION_LEADERS(define("enforcementCoordinationGroup.leaders", IndicatorUnit.COUNT)
            .names("执法协调领导小组中的领导", "leaders in the enforcement coordination group")
            .formula("综合行政执法指挥协调领导小组中领导层级成员数", "leader-rank members of the enforcement coordination group")
            .counts("领导小组", "leading groups")
            .computedWhen(r -> hasCoordinationMembers(r))
            .countOf(Count.COORDINATION_LEADERS)),
    /** 执法协调领导小组中的干部 / cadres in the enforcement coordination group. */
    COORDINATION_CADRES(define("enforcementCoordinationGroup.cadres", IndicatorUnit.COUNT)
            .names("执法协调领导小组中的干部", "cadres in the enforcement coordination group")
            .formula("综合行政执法指挥协调领导小组中干部层级成员数", "cadre-rank members of the enforcement coordination group")
            .counts("领导小组", "leading groups")
            .computedWhen(r -> hasCoordinationMembers(r))
            .countOf(Count.COORDINATION_CADRES)),
    /** 热线受理（办理）件数 / hotline tickets handled. */
    HOTLINE_RECEIVED(define("hotline.ticketsHandled", IndicatorUnit.COUNT)
            .names("热线受理（办理）件数", "hotline tickets handled")
            .formula("受理的热线工单数", "hotline tickets received")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .countOf(Count.HOTLINE_RECEIVED)),
    /** 已响应件数 / tickets responded to. */
    HOTLINE_RESPONDED(define("hotline.responded", IndicatorUnit.COUNT)
            .names("已响应件数", "tickets responded to")
            .formula("有首次联系日期的工单数", "tickets with a first-contact date")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .countOf(Count.HOTLINE_RESPONDED)),
    /** 已办结件数 / tickets closed. */
    HOTLINE_CLOSED(define("hotline.closed", IndicatorUnit.COUNT)
            .names("已办结件数", "tickets closed")
            .formula("有办结日期的工单数", "tickets with a closing date")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .countOf(Count.HOTLINE_CLOSED)),
    /** 已评价件数 / tickets rated. */
    HOTLINE_RATED(define("hotline.rated", IndicatorUnit.COUNT)
            .names("已评价件数", "tickets rated")
            .formula("回访时给出满意度评价的工单数", "tickets rated on the follow-up call")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .countOf(Count.HOTLINE_RATED)),
    /** 满意件数 / tickets rated satisfied. */
    HOTLINE_SATISFIED(define("hotline.satisfied", IndicatorUnit.COUNT)
            .names("满意件数", "tickets rated satisfied")
            .formula("评价为满意（及基本满意，按口径）的工单数", "tickets rated satisfied (and basically satisfied, by option)")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .value(t -> IndicatorValue.count(satisfied(t)))),
    /** 响应率 / response rate. */
    HOTLINE_RESPONSE_RATE(define("hotline.responseRate", IndicatorUnit.PERCENT)
            .names("响应率", "response rate")
            .formula("已响应件数 ÷ 受理件数", "tickets responded ÷ tickets received")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .percentOf(Count.HOTLINE_RESPONDED, Count.HOTLINE_RECEIVED)),
    /** 办结率 / closure rate. */
    HOTLINE_CLOSURE_RATE(define("hotline.closureRate", IndicatorUnit.PERCENT)
            .names("办结率", "closure rate")
            .formula("已办结件数 ÷ 受理件数", "tickets closed ÷ tickets received")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .percentOf(Count.HOTLINE_CLOSED, Count.HOTLINE_RECEIVED)),
    /** 满意率 / satisfaction rate. */
    HOTLINE_SATISFACTION_RATE(define("hotline.satisfactionRate", IndicatorUnit.PERCENT)
            .names("满意率", "satisfaction rate")
            .formula("满意件数（是否含基本满意可配置）÷ 已评价件数（或已办结件数，可配置）",
                    "satisfied tickets (basically satisfied optional) ÷ rated tickets (or closed tickets, by option)")
            .counts("热线工单", "hotline tickets")
            .detailsIn(RecordList.HOTLINE_TICKETS)
            .value(t -> IndicatorValue.percent(Ratio.of(satisfied(t),
                    t.basis().satisfactionBase() == SatisfactionBase.RATED
                    ? t.get(Count.HOTLINE_RATED) : t.get(Count.HOTLINE_CLOSED))))),
    /** 代表建议件数 / deputy suggestions. */
    NPC_SUGGESTIONS(define("npc.suggestions", IndicatorUnit.COUNT)
            .names("代表建议件数", "deputy suggestions")
            .formula("交办的代表建议件数", "suggestions assigned")
            .counts("代表建议", "deputy suggestions")
            .detailsIn(RecordList.DEPUTY_SUGGESTIONS)
            .countOf(Count.NPC_ASSIGNED)),
    /** 代表建议办结率 / suggestion completion rate. */
    NPC_COMPLETION_RATE(define("npc.completionRate", IndicatorUnit.PERCENT)
            .names("代表建议办结率", "suggestion completion rate")
            .formula("已答复或办结的建议 ÷ 交办的建议", "suggestions replied or completed ÷ suggestions assigned")
            .counts("代表建议", "deputy suggestions")
            .detailsIn(RecordList.DEPUTY_SUGGESTIONS)
            .percentOf(Count.NPC_COMPLETED, Count.NPC_ASSIGNED)),
    /** 代表建议按期答复率 / on-time reply rate. */
    NPC_ON_TIME_RATE(define("npc.onTimeReplyRate", IndicatorUnit.PERCENT)
            .names("代表建议按期答复率", "on-time reply rate")
            .formula("3个月（复杂的6个月）内答复的建议 ÷ 交办的建议",
                    "suggestions replied within 3 (complex: 6) months ÷ suggestions assigned")
            .counts("代表建议", "deputy suggestions")
            .detailsIn(RecordList.DEPUTY_SUGGESTIONS)
            .percentOf(Count.NPC_REPLIED_ON_TIME, Count.NPC_ASSIGNED)),
    /** 代表满意率 / deputy satisfaction rate. */
    NPC_SATISFACTION_RATE(define("npc.satisfactionRate", IndicatorUnit.PERCENT)
            .names("代表满意率", "deputy satisfaction rate")
            .formula("代表满意（是否含基本满意可配置）的建议 ÷ 有代表反馈的建议",
                    "suggestions the deputy was satisfied with ÷ suggestions with feedback")
            .counts("代表建议", "deputy suggestions")
            .detailsIn(RecordList.DEPUTY_SUGGESTIONS)
            .percentOf(Count.NPC_SATISFIED, Count.NPC_WITH_FEEDBACK)),
    /** 行政执法人员 / enforcement officers. */
    OFFICERS(define("enforcement.officers", IndicatorUnit.COUNT)
            .names("行政执法人员", "enforcement officers")
            .formula("执法人员人数", "enforcement officers")
            .counts("执法人员", "enforcement officers")
            .detailsIn(RecordList.ENFORCEMENT_OFFICERS)
            .countOf(Count.OFFICERS)),
    /** 专职行政执法人员 / full-time enforcement officers. */
    OFFICERS_FULL_TIME(define("enforcement.fullTimeOfficers", IndicatorUnit.COUNT)
            .names("专职行政执法人员", "full-time enforcement officers")
            .formula("标明为专职的执法人员人数（有人未标明是否专职时，单个记录不计算此项）",
                    "officers marked full-time (not computed for a record where some officer is unmarked)")
            .counts("执法人员", "enforcement officers")
            .computedWhen(r -> r.isComplete(RecordList.ENFORCEMENT_OFFICERS)
                    && r.enforcementOfficers().stream().allMatch(o -> o.fullTime().isPresent()))
            .countOf(Count.OFFICERS_FULL_TIME)),
    /** 持证上岗率 / certified-on-duty rate. */
    CERTIFIED_RATE(define("enforcement.certifiedRate", IndicatorUnit.PERCENT)
            .names("持证上岗率", "certified-on-duty rate")
            .formula("截止日持有效执法证件的人员 ÷ 执法人员", "officers with a valid certificate on the as-of date ÷ officers")
            .counts("执法人员", "enforcement officers")
            .detailsIn(RecordList.ENFORCEMENT_OFFICERS)
            .percentOf(Count.OFFICERS_CERTIFIED, Count.OFFICERS)),
    /** 培训考核率 / training-and-assessment rate. */
    TRAINING_ASSESSMENT_RATE(define("enforcement.trainingAssessmentRate", IndicatorUnit.PERCENT)
            .names("培训考核率", "training-and-assessment rate")
            .formula("本年度培训并考核合格的持证人员 ÷ 持证人员",
                    "certified officers trained and assessed (passed) this year ÷ certified officers")
            .counts("执法人员与培训记录", "officers and training records")
            .detailsIn(RecordList.ENFORCEMENT_OFFICERS)
            .percentOf(Count.OFFICERS_TRAINED_ASSESSED, Count.OFFICERS_CERTIFIED)
            .target("CERT-TRAINING-ASSESSMENT-RATE", "targetPercent")),
    /** 人均业务和法律培训学时 / legal and professional training hours per officer. */
    TRAINING_HOURS_PER_OFFICER(define("enforcement.trainingHoursPerOfficer", IndicatorUnit.AVERAGE)
            .names("人均业务和法律培训学时", "legal and professional training hours per officer")
            .formula("本年度业务和法律培训学时之和 ÷ 执法人员", "legal and professional class hours this year ÷ officers")
            .counts("培训记录", "training records")
            .detailsIn(RecordList.ENFORCEMENT_OFFICERS)
            .value(t -> IndicatorValue.average(t.get(Count.TRAINING_CENTIHOURS),
                    Math.multiplyExact(t.get(Count.OFFICERS), 100L)))
            .target("CERT-TRAINING-60H", "minHours")),
    /** 法制审核人员 / legal reviewers. */
    LEGAL_REVIEWERS(define("enforcement.legalReviewers", IndicatorUnit.COUNT)
            .names("法制审核人员", "legal reviewers")
            .formula("法制审核人员人数", "legal reviewers")
            .counts("法制审核人员", "legal reviewers")
            .detailsIn(RecordList.LEGAL_REVIEWERS)
            .countOf(Count.LEGAL_REVIEWERS)),
    /** 人均法制审核人员 / legal reviewers per officer. */
    REVIEWERS_PER_OFFICER(define("enforcement.reviewersPerOfficer", IndicatorUnit.AVERAGE)
            .names("人均法制审核人员", "legal reviewers per officer")
            .formula("法制审核人员 ÷ 执法人员", "legal reviewers ÷ officers")
            .counts("执法人员", "enforcement officers")
            .detailsIn(RecordList.ENFORCEMENT_OFFICERS)
            .averageOf(Count.LEGAL_REVIEWERS, Count.OFFICERS)
            .derivedBy(r -> quotient(r, StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS,
                    StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS))),
    /** 执法案件 / enforcement cases. */
    CASES(define("enforcement.cases", IndicatorUnit.COUNT)
            .names("执法案件", "enforcement cases")
            .formula("执法案件数", "enforcement cases")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES)),
    /** 执法决定公开率 / decision disclosure rate. */
    DISCLOSURE_RATE(define("enforcement.disclosureRate", IndicatorUnit.PERCENT)
            .names("执法决定公开率", "decision disclosure rate")
            .formula("已事后公开的决定 ÷ 已作出的决定", "decisions with a post-decision disclosure ÷ decisions")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_DISCLOSED, Count.CASES_DECIDED)),
    /** 全过程记录完整率 / whole-process recording rate. */
    RECORDING_RATE(define("enforcement.recordingRate", IndicatorUnit.PERCENT)
            .names("全过程记录完整率", "whole-process recording rate")
            .formula("各已进行环节均有记录的案件 ÷ 案件", "cases with every reached step recorded ÷ cases")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_FULLY_RECORDED, Count.CASES)),
    /** 重大执法决定法制审核率 / legal review rate of major decisions. */
    LEGAL_REVIEW_RATE(define("enforcement.legalReviewRate", IndicatorUnit.PERCENT)
            .names("重大执法决定法制审核率", "legal review rate of major decisions")
            .formula("决定前审核通过的案件 ÷ 需要法制审核的已决案件",
                    "cases reviewed and passed before the decision ÷ decided cases needing review")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_REVIEWED, Count.CASES_NEEDING_REVIEW)),
    /** 立案数 / cases filed. */
    CASES_FILED(define("enforcement.casesFiled", IndicatorUnit.COUNT)
            .names("立案数", "cases filed")
            .formula("行政处罚案件数", "penalty cases")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_PENALTY)),
    /** 简易程序案件 / summary-procedure cases. */
    CASES_SUMMARY(define("enforcement.casesSummary", IndicatorUnit.COUNT)
            .names("简易程序案件", "summary-procedure cases")
            .formula("适用简易程序（当场）的处罚案件数", "penalty cases under the summary procedure")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_SUMMARY)),
    /** 普通程序案件 / general-procedure cases. */
    CASES_GENERAL(define("enforcement.casesGeneral", IndicatorUnit.COUNT)
            .names("普通程序案件", "general-procedure cases")
            .formula("适用普通程序（含听证程序）的处罚案件数", "penalty cases under the ordinary or hearing procedure")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_GENERAL)),
    /** 已作出决定的案件 / cases decided. */
    CASES_DECIDED(define("enforcement.casesDecided", IndicatorUnit.COUNT)
            .names("已作出决定的案件", "cases decided")
            .formula("作出决定的执法案件数", "enforcement cases decided")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_DECIDED)),
    /** 已送达决定的案件 / decisions served. */
    CASES_SERVED(define("enforcement.casesServed", IndicatorUnit.COUNT)
            .names("已送达决定的案件", "decisions served")
            .formula("决定已送达的执法案件数", "cases whose decision was served")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_SERVED)),
    /** 结案数 / cases closed. */
    CASES_CLOSED(define("enforcement.casesClosed", IndicatorUnit.COUNT)
            .names("结案数", "cases closed")
            .formula("已结案的执法案件数", "cases closed")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_CLOSED)),
    /** 已归档的案件 / cases archived. */
    CASES_ARCHIVED(define("enforcement.casesArchived", IndicatorUnit.COUNT)
            .names("已归档的案件", "cases archived")
            .formula("案卷已归档的执法案件数", "cases archived")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_ARCHIVED)),
    /** 事先告知率 / prior notice rate. */
    PRIOR_NOTICE_RATE(define("enforcement.priorNoticeRate", IndicatorUnit.PERCENT)
            .names("事先告知率", "prior notice rate")
            .formula("决定前已事先告知（或当事人明确放弃）的案件 ÷ 已决定的非简易程序处罚案件",
                    "cases noticed before the decision (or waived) ÷ decided penalties other than summary ones")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_NOTICED, Count.CASES_NOTICE_DUE)),
    /** 申请听证 / hearings requested. */
    HEARINGS_REQUESTED(define("enforcement.hearingsRequested", IndicatorUnit.COUNT)
            .names("申请听证", "hearings requested")
            .formula("当事人申请听证的处罚案件数", "penalty cases where a hearing was asked for")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.HEARINGS_REQUESTED)),
    /** 举行听证 / hearings held. */
    HEARINGS_HELD(define("enforcement.hearingsHeld", IndicatorUnit.COUNT)
            .names("举行听证", "hearings held")
            .formula("举行听证的处罚案件数", "penalty cases with a hearing held")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.HEARINGS_HELD)),
    /** 听证举行率 / hearing rate. */
    HEARING_RATE(define("enforcement.hearingRate", IndicatorUnit.PERCENT)
            .names("听证举行率", "hearing rate")
            .formula("举行听证的案件 ÷ 申请听证的案件", "hearings held ÷ hearings requested")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.HEARINGS_HELD, Count.HEARINGS_REQUESTED)),
    /** 按期作出处罚决定率 / on-time decision rate. */
    ON_TIME_DECISION_RATE(define("enforcement.onTimeDecisionRate", IndicatorUnit.PERCENT)
            .names("按期作出处罚决定率", "on-time decision rate")
            .formula("立案后九十日内作出决定的处罚案件 ÷ 已决定的处罚案件", "penalties decided within 90 days of filing ÷ penalties decided")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_DECIDED_ON_TIME, Count.CASES_PENALTY_DECIDED)),
    /** 罚没款金额 / fines and confiscations. */
    FINES_DECIDED(define("enforcement.finesYuan", IndicatorUnit.AVERAGE)
            .names("罚没款金额", "fines and confiscations")
            .formula("处罚决定的罚款和没收金额之和（元，精确到分）", "fines and confiscations decided (yuan, exact to the fen)")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .yuanOf(Count.FINES_DECIDED_FEN)),
    /** 罚没款收缴金额 / fines and confiscations collected. */
    FINES_COLLECTED(define("enforcement.finesCollectedYuan", IndicatorUnit.AVERAGE)
            .names("罚没款收缴金额", "fines and confiscations collected")
            .formula("当事人缴纳的罚款金额之和（元，不含加处罚款）", "fines paid by the parties (yuan, surcharges excluded)")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .yuanOf(Count.FINES_COLLECTED_FEN)),
    /** 执法决定按时公开率 / decisions disclosed on time. */
    DISCLOSED_ON_TIME_RATE(define("enforcement.disclosedOnTimeRate", IndicatorUnit.PERCENT)
            .names("执法决定按时公开率", "decisions disclosed on time")
            .formula("七个（许可、处罚）或二十个工作日内公开的决定 ÷ 已公开或公开期限已届满的决定（工作日历不能确定期限的不计）",
                    "decisions published within 7 (licences, penalties) or 20 working days ÷ decisions published"
                    + " or past the deadline (left out where the calendar cannot settle it)")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_DISCLOSED_ON_TIME, Count.CASES_DISCLOSURE_DUE)),
    /** 复议纠错的执法案件 / cases corrected on reconsideration. */
    CORRECTED_ON_RECONSIDERATION(define("enforcement.correctedOnReconsideration", IndicatorUnit.COUNT)
            .names("复议纠错的执法案件", "cases corrected on reconsideration")
            .formula("复议中被变更、撤销、确认违法或无效的案件数", "cases changed, revoked, or found unlawful or void on reconsideration")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_CORRECTED_RECONSIDERATION)),
    /** 诉讼纠错的执法案件 / cases corrected in court. */
    CORRECTED_IN_COURT(define("enforcement.correctedInCourt", IndicatorUnit.COUNT)
            .names("诉讼纠错的执法案件", "cases corrected in court")
            .formula("诉讼中被变更、撤销、确认违法或无效的案件数", "cases changed, revoked, or found unlawful or void in court")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .countOf(Count.CASES_CORRECTED_LITIGATION)),
    /** 执法案件被纠错率 / correction rate of enforcement cases. */
    CORRECTION_RATE(define("enforcement.correctionRate", IndicatorUnit.PERCENT)
            .names("执法案件被纠错率", "correction rate of enforcement cases")
            .formula("复议或诉讼中被纠正的案件 ÷ 已作出决定的案件", "cases corrected on reconsideration or in court ÷ cases decided")
            .counts("执法案件", "enforcement cases")
            .detailsIn(RecordList.ENFORCEMENT_CASES)
            .percentOf(Count.CASES_CORRECTED, Count.CASES_DECIDED)),
    /** 排查矛盾纠纷 / disputes found. */
    DISPUTES_SCREENED(define("disputes.screened", IndicatorUnit.COUNT)
            .names("排查矛盾纠纷", "disputes found")
            .formula("排查发现的矛盾纠纷数", "disputes found in screening")
            .counts("矛盾纠纷", "disputes")
            .detailsIn(RecordList.DISPUTES)
            .countOf(Count.DISPUTES)),
    /** 调解成功 / disputes mediated successfully. */
    DISPUTES_MEDIATED(define("disputes.mediatedSuccessfully", IndicatorUnit.COUNT)
            .names("调解成功", "disputes mediated successfully")
            .formula("调解成功的纠纷数", "disputes mediated successfully")
            .counts("矛盾纠纷", "disputes")
            .detailsIn(RecordList.DISPUTES)
            .countOf(Count.DISPUTES_MEDIATED)),
    /** 调解成功率 / mediation success rate. */
    MEDIATION_SUCCESS_RATE(define("disputes.mediationSuccessRate", IndicatorUnit.PERCENT)
            .names("调解成功率", "mediation success rate")
            .formula("调解成功的纠纷 ÷ 排查发现的纠纷", "disputes mediated successfully ÷ disputes found")
            .counts("矛盾纠纷", "disputes")
            .detailsIn(RecordList.DISPUTES)
            .percentOf(Count.DISPUTES_MEDIATED, Count.DISPUTES)),
    /** 有法律顾问的村 / villages with a legal adviser. */
    ADVISER_VILLAGES(define("legalAdvisers.villagesCovered", IndicatorUnit.COUNT)
            .names("有法律顾问的村", "villages with a legal adviser")
            .formula("有法律顾问服务的村（社区）数", "villages and communities served by a legal adviser")
            .counts("法律顾问", "legal advisers")
            .detailsIn(RecordList.LEGAL_ADVISERS)
            .countOf(Count.VILLAGES_WITH_ADVISER)),
    /** 一村一法律顾问覆盖率 / legal-adviser coverage of villages. */
    ADVISER_COVERAGE(define("coverage.legalAdviserVillages", IndicatorUnit.PERCENT)
            .names("一村一法律顾问覆盖率", "legal-adviser coverage of villages")
            .formula("有法律顾问的村 ÷ 村（社区）", "villages with a legal adviser ÷ villages")
            .counts("法律顾问", "legal advisers")
            .detailsIn(RecordList.LEGAL_ADVISERS, RecordList.GRASSROOTS_UNITS)
            .percentOf(Count.VILLAGES_WITH_ADVISER, Count.VILLAGES)
            .target("RURAL-VILLAGE-LEGAL-ADVISER", "targetPercent")),
    /** 有法律顾问的乡镇政府 / township governments with a legal adviser. */
    TOWNSHIP_ADVISER(define("legalAdvisers.townshipCovered", IndicatorUnit.COUNT)
            .names("有法律顾问的乡镇政府", "township governments with a legal adviser")
            .formula("聘有法律顾问的乡镇政府数", "township governments with their own legal adviser")
            .counts("法律顾问", "legal advisers")
            .detailsIn(RecordList.LEGAL_ADVISERS)
            .countOf(Count.UNITS_WITH_ADVISER)),
    /** 评理室村级覆盖率 / reasoning-room coverage of villages. */
    ROOM_COVERAGE(define("coverage.reasoningRoomVillages", IndicatorUnit.PERCENT)
            .names("评理室村级覆盖率", "reasoning-room coverage of villages")
            .formula("有评理室的村 ÷ 村（社区）", "villages with a reasoning room ÷ villages")
            .counts("评理室", "reasoning rooms")
            .detailsIn(RecordList.REASONING_ROOMS, RecordList.GRASSROOTS_UNITS)
            .percentOf(Count.VILLAGES_WITH_REASONING_ROOM, Count.VILLAGES)),
    /** 评理室 / reasoning rooms. */
    REASONING_ROOMS(define("reasoningRooms.count", IndicatorUnit.COUNT)
            .names("评理室", "reasoning rooms")
            .formula("乡、村评理室个数", "township and village reasoning rooms")
            .counts("评理室", "reasoning rooms")
            .detailsIn(RecordList.REASONING_ROOMS)
            .countOf(Count.REASONING_ROOMS)),
    /** 评理员 / reasoning-room members. */
    REASONING_ROOM_MEMBERS(define("reasoningRooms.members", IndicatorUnit.COUNT)
            .names("评理员", "reasoning-room members")
            .formula("评理员人数", "reasoning-room members")
            .counts("评理室", "reasoning rooms")
            .detailsIn(RecordList.REASONING_ROOMS)
            .countOf(Count.REASONING_ROOM_MEMBERS)),
    /** 规范化村级综治中心 / standardised village governance centres. */
    CENTRE_VILLAGES(define("safety.villageGovernanceCenters", IndicatorUnit.COUNT)
            .names("规范化村级综治中心", "standardised village governance centres")
            .formula("完成规范化建设的村级综治中心所覆盖的村数", "villages with a standardised governance centre")
            .counts("综治中心", "governance centres")
            .detailsIn(RecordList.GOVERNANCE_CENTERS)
            .countOf(Count.VILLAGES_WITH_CENTRE)),
    /** 综治中心村级覆盖率 / governance-centre coverage of villages. */
    CENTRE_COVERAGE(define("coverage.governanceCentreVillages", IndicatorUnit.PERCENT)
            .names("综治中心村级覆盖率", "governance-centre coverage of villages")
            .formula("有规范化综治中心的村 ÷ 村（社区）", "villages with a standardised centre ÷ villages")
            .counts("综治中心", "governance centres")
            .detailsIn(RecordList.GOVERNANCE_CENTERS, RecordList.GRASSROOTS_UNITS)
            .percentOf(Count.VILLAGES_WITH_CENTRE, Count.VILLAGES)),
    /** 法律明白人达标村占比 / villages with enough legally literate villagers. */
    LITERATE_COVERAGE(define("coverage.legallyLiterateVillages", IndicatorUnit.PERCENT)
            .names("法律明白人达标村占比", "villages with enough legally literate villagers")
            .formula("法律明白人不少于目标数（默认3名）的村 ÷ 村（社区）",
                    "villages with at least the target number (default 3) of legally literate villagers ÷ villages")
            .counts("法治带头人与法律明白人", "rural legal personnel")
            .detailsIn(RecordList.RURAL_LEGAL_PERSONNEL, RecordList.GRASSROOTS_UNITS)
            .percentOf(Count.VILLAGES_WITH_ENOUGH_LITERATE, Count.VILLAGES)),
    /** 法治带头人和法律明白人 / rule-of-law leaders and legally literate villagers. */
    RURAL_PERSONNEL(define("rural.legalPersonnel", IndicatorUnit.COUNT)
            .names("法治带头人和法律明白人", "rule-of-law leaders and legally literate villagers")
            .formula("法治带头人与法律明白人人数之和", "rule-of-law leaders plus legally literate villagers")
            .counts("法治带头人与法律明白人", "rural legal personnel")
            .detailsIn(RecordList.RURAL_LEGAL_PERSONNEL)
            .sumOf(Count.RULE_OF_LAW_LEADERS, Count.LEGALLY_LITERATE_VILLAGERS)),
    /** 法治宣传活动场次 / legal-publicity events. */
    CAMPAIGNS(define("publicity.campaigns", IndicatorUnit.COUNT)
            .names("法治宣传活动场次", "legal-publicity events")
            .formula("法治宣传教育活动场次", "legal-publicity events held")
            .counts("法治宣传活动", "legal-publicity events")
            .detailsIn(RecordList.LEGAL_PUBLICITY_EVENTS)
            .countOf(Count.CAMPAIGNS)),
    /** 公共区域平安监控 / public-area safety cameras. */
    CAMERAS_PUBLIC_AREA(define("cameras.publicAreaSafety", IndicatorUnit.COUNT)
            .names("公共区域平安监控", "public-area safety cameras")
            .formula("该项目监控点位数", "camera points of the programme")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .countOf(Count.CAMERAS_PUBLIC_AREA)),
    /** 平安家园“爱心眼”监控 / caring-eye cameras. */
    CAMERAS_CARING_EYE(define("cameras.caringEye", IndicatorUnit.COUNT)
            .names("平安家园“爱心眼”监控", "caring-eye cameras")
            .formula("该项目监控点位数", "camera points of the programme")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .countOf(Count.CAMERAS_CARING_EYE)),
    /** 派出所辖区监控点位 / police-station area points. */
    CAMERAS_POLICE_AREA(define("cameras.policeStationArea", IndicatorUnit.COUNT)
            .names("派出所辖区监控点位", "police-station area points")
            .formula("该项目监控点位数", "camera points of the programme")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .countOf(Count.CAMERAS_POLICE_AREA)),
    /** 景区监控 / scenic-area cameras. */
    CAMERAS_SCENIC(define("cameras.scenicArea", IndicatorUnit.COUNT)
            .names("景区监控", "scenic-area cameras")
            .formula("该项目监控点位数", "camera points of the programme")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .countOf(Count.CAMERAS_SCENIC)),
    /** 监控点位合计（各项目可能重叠） / cameras in total (programmes may overlap). */
    CAMERAS_TOTAL(define("cameras.total", IndicatorUnit.COUNT)
            .names("监控点位合计（各项目可能重叠）", "cameras in total (programmes may overlap)")
            .formula("各项目点位数之和；同一点位可能被两个项目统计，故为上限",
                    "sum over programmes; a point may be counted by two programmes, so this is an upper bound")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .sumOf(Groups.CAMERA_PROGRAMMES)),
    /** 监控联网率 / camera networked rate. */
    CAMERAS_NETWORKED_RATE(define("cameras.networkedRate", IndicatorUnit.PERCENT)
            .names("监控联网率", "camera networked rate")
            .formula("已联网点位 ÷ 点位", "networked cameras ÷ cameras")
            .counts("视频监控", "cameras")
            .detailsIn(RecordList.CAMERAS)
            .percentOf(new Count[] {Count.CAMERAS_NETWORKED}, Groups.CAMERA_PROGRAMMES)
            .target("GRID-XUELIANG", "networkedPercent")),
    /** 每周辖区治安巡逻次数 / security patrols per week. */
    PATROLS_PER_WEEK(define("patrol.perWeek", IndicatorUnit.AVERAGE)
            .names("每周辖区治安巡逻次数", "security patrols per week")
            .formula("本年度辖区治安巡逻次数 ÷ 统计整周数", "security patrols this year ÷ full weeks counted")
            .counts("巡逻记录", "patrols")
            .detailsIn(RecordList.PATROLS)
            .averageOf(Count.PATROLS, Count.PATROL_WEEKS)
            .target("GRID-PATROL", "perWeek")),
    /** 警务用车 / police cars. */
    VEHICLES_CAR(define("patrol.cars", IndicatorUnit.COUNT)
            .names("警务用车", "police cars")
            .formula("警务用车数量", "police cars")
            .counts("警务车辆", "patrol vehicles")
            .detailsIn(RecordList.PATROL_VEHICLES)
            .countOf(Count.VEHICLES_CAR)),
    /** 警务摩托车 / police motorcycles. */
    VEHICLES_MOTORCYCLE(define("patrol.motorcycles", IndicatorUnit.COUNT)
            .names("警务摩托车", "police motorcycles")
            .formula("警务摩托车数量", "police motorcycles")
            .counts("警务车辆", "patrol vehicles")
            .detailsIn(RecordList.PATROL_VEHICLES)
            .countOf(Count.VEHICLES_MOTORCYCLE)),
    /** 乡贤调解员 / local-worthy mediators. */
    LOCAL_WORTHY_MEDIATORS(define("mediation.localWorthyMediators", IndicatorUnit.COUNT)
            .names("乡贤调解员", "local-worthy mediators")
            .formula("乡贤调解员人数", "local-worthy mediators")
            .counts("调解员", "mediators")
            .detailsIn(RecordList.MEDIATORS)
            .countOf(Count.MEDIATORS_LOCAL_WORTHY));

    /** Groups of counts, in a holder so enum constants may use them. */
    static final class Groups {
        private Groups() {}

        static final Count[] STAFF = {Count.STAFF_GRID_LEADER, Count.STAFF_PARTY_BRANCH_SECRETARY,
            Count.STAFF_PARTY_GROUP_LEADER, Count.STAFF_PARTY_GROUP_DEPUTY_LEADER, Count.STAFF_FULL_TIME_GRID_WORKER,
            Count.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN, Count.STAFF_PART_TIME_GRID_WORKER, Count.STAFF_GRID_VOLUNTEER};
        static final Count[] CAMERA_PROGRAMMES = {Count.CAMERAS_PUBLIC_AREA, Count.CAMERAS_CARING_EYE,
            Count.CAMERAS_POLICE_AREA, Count.CAMERAS_SCENIC};
    }

    private final Definition d;

    Indicator(Definition.Builder definition) {
        this.d = definition.build();
    }

    /**
     * Starts the definition of an indicator: its id and unit, then named parts ({@link Definition.Builder}).
     *
     * @param id the stable id, also the declared-figure key
     * @param unit count, percent or average
     * @return the builder
     */
    private static Definition.Builder define(String id, IndicatorUnit unit) {
        return new Definition.Builder(id, unit);
    }

    /**
     * 指标定义 / What defines an indicator, built part by named part so that a constant reads as a sentence:
     * names, formula in words, what it counts, when a record has the details to compute it, its value from a tally,
     * its derivation from declared figures (optional) and the rule parameter that sets its target (optional).
     */
    static final class Definition {
        final String id;
        final IndicatorUnit unit;
        final String zh;
        final String en;
        final String formulaZh;
        final String formulaEn;
        final String countsZh;
        final String countsEn;
        final Predicate<RuleOfLawRecord> hasDetails;
        /** The lists whose completeness decides {@link #hasDetails}, if that is all it asks. */
        final Set<RecordList> lists;
        final Function<IndicatorTally, IndicatorValue> value;
        final Optional<Function<RuleOfLawRecord, Optional<IndicatorValue>>> derivation;
        final Optional<ParameterRef> target;

        private Definition(Builder b) {
            this.id = b.id;
            this.unit = b.unit;
            this.zh = required(b.zh, b.id, "names");
            this.en = b.en;
            this.formulaZh = required(b.formulaZh, b.id, "formula");
            this.formulaEn = b.formulaEn;
            this.countsZh = required(b.countsZh, b.id, "counts");
            this.countsEn = b.countsEn;
            this.hasDetails = required(b.hasDetails, b.id, "detailsIn or computedWhen");
            this.lists = b.lists;
            this.value = required(b.value, b.id, "a value");
            this.derivation = Optional.ofNullable(b.derivation);
            this.target = Optional.ofNullable(b.target);
        }

        private static <T> T required(T part, String id, String what) {
            if (part == null) {
                throw new IllegalStateException("indicator " + id + " lacks " + what
                        + " / 指标 " + id + " 缺少定义项：" + what);
            }
            return part;
        }

        /** Builder of a {@link Definition}; {@link #build()} checks that every required part is there. */
        static final class Builder {
            private final String id;
            private final IndicatorUnit unit;
            private String zh;
            private String en;
            private String formulaZh;
            private String formulaEn;
            private String countsZh;
            private String countsEn;
            private Predicate<RuleOfLawRecord> hasDetails;
            private Set<RecordList> lists = Set.of();
            private Function<IndicatorTally, IndicatorValue> value;
            private Function<RuleOfLawRecord, Optional<IndicatorValue>> derivation;
            private ParameterRef target;

            Builder(String id, IndicatorUnit unit) {
                this.id = Objects.requireNonNull(id, "id");
                this.unit = Objects.requireNonNull(unit, "unit");
            }

            /** 名称 / The Chinese and English names. */
            Builder names(String nameZh, String nameEn) {
                this.zh = Objects.requireNonNull(nameZh);
                this.en = Objects.requireNonNull(nameEn);
                return this;
            }

            /** 计算公式 / The formula in words. */
            Builder formula(String zhText, String enText) {
                this.formulaZh = Objects.requireNonNull(zhText);
                this.formulaEn = Objects.requireNonNull(enText);
                return this;
            }

            /** 统计对象 / The records it counts. */
            Builder counts(String zhText, String enText) {
                this.countsZh = Objects.requireNonNull(zhText);
                this.countsEn = Objects.requireNonNull(enText);
                return this;
            }

            /** Computed from the records when all these lists are complete. */
            Builder detailsIn(RecordList... lists) {
                List<RecordList> all = List.of(lists);
                computedWhen(r -> all.stream().allMatch(r::isComplete));
                this.lists = Set.copyOf(all);
                return this;
            }

            /** Computed from the records when the record passes this test. */
            Builder computedWhen(Predicate<RuleOfLawRecord> test) {
                this.hasDetails = Objects.requireNonNull(test);
                return this;
            }

            /** The value from a tally. */
            Builder value(Function<IndicatorTally, IndicatorValue> f) {
                this.value = Objects.requireNonNull(f);
                return this;
            }

            /** The value is one count. */
            Builder countOf(Count c) {
                return value(t -> IndicatorValue.count(t.get(c)));
            }

            /** The value is the sum of some counts. */
            Builder sumOf(Count... cs) {
                return value(t -> IndicatorValue.count(sum(t, cs)));
            }

            /** The value is one count over another, as a percentage. */
            Builder percentOf(Count numerator, Count denominator) {
                return value(t -> IndicatorValue.percent(Ratio.of(t.get(numerator), t.get(denominator))));
            }

            /** The value is the sum of some counts over the sum of others, as a percentage. */
            Builder percentOf(Count[] numerator, Count[] denominator) {
                return value(t -> IndicatorValue.percent(Ratio.of(sum(t, numerator), sum(t, denominator))));
            }

            /** The value is one count over another, as an average. */
            Builder averageOf(Count numerator, Count denominator) {
                return value(t -> IndicatorValue.average(t.get(numerator), t.get(denominator)));
            }

            /** The value is an amount in fen, shown in yuan. */
            Builder yuanOf(Count fen) {
                return value(t -> IndicatorValue.yuan(t.get(fen)));
            }

            /** How the value follows from other declared figures, when the record has no details. */
            Builder derivedBy(Function<RuleOfLawRecord, Optional<IndicatorValue>> f) {
                this.derivation = Objects.requireNonNull(f);
                return this;
            }

            /** 目标来源 / The rule parameter that sets the target. */
            Builder target(String ruleId, String parameter) {
                this.target = ParameterRef.of(ruleId, parameter);
                return this;
            }

            /** The definition; throws if a required part is missing. */
            Definition build() {
                return new Definition(this);
            }
        }
    }

    /** 指标编号 / Stable id, also the declared-figure key, e.g. {@code hotline.satisfactionRate}. */
    public String id() {
        return d.id;
    }

    /** 数字概念 / The standard-catalog concept a report declares this indicator's value under. */
    public FigureConcept concept() {
        return FigureCatalog.standard().require(d.id);
    }

    /** 单位 / Count, percent or average. */
    public IndicatorUnit unit() {
        return d.unit;
    }

    @Override
    public String zh() {
        return d.zh;
    }

    @Override
    public String en() {
        return d.en;
    }

    /**
     * 计算公式 / The formula in words.
     *
     * @param locale the language
     * @return the formula
     */
    public String formula(Locale locale) {
        return Bilingual.isChinese(locale) ? d.formulaZh : d.formulaEn;
    }

    /**
     * 统计对象 / The records it counts.
     *
     * @param locale the language
     * @return what it counts
     */
    public String counts(Locale locale) {
        return Bilingual.isChinese(locale) ? d.countsZh : d.countsEn;
    }

    /** 目标来源 / The rule parameter that sets the target, if any. */
    public Optional<ParameterRef> targetParameter() {
        return d.target;
    }

    /**
     * The value from a tally.
     *
     * @param tally the counts
     * @return the value
     */
    public IndicatorValue valueOf(IndicatorTally tally) {
        return d.value.apply(tally);
    }

    /**
     * Whether the record has the detailed entries this indicator is computed from.
     *
     * @param record the record
     * @return true if the value can be computed rather than taken from the report
     */
    public boolean hasDetails(RuleOfLawRecord record) {
        return d.hasDetails.test(record);
    }

    /**
     * Whether a roll-up may compute this indicator from a tally: every record counted into it holds the lists the
     * indicator is computed from completely (a record that only declares the figure adds nothing to the counts).
     * Indicators computed on another test than complete lists are taken as computable.
     */
    boolean computableFrom(IndicatorTally tally) {
        return d.lists.stream().allMatch(list -> tally.completeUnits(list) == tally.units());
    }

    /**
     * A value derived from other declared figures (e.g. 8 of 8 villages), if this indicator has a
     * derivation and the figures exist.
     *
     * @param record the record
     * @return the derived value
     */
    public Optional<IndicatorValue> deriveFromDeclared(RuleOfLawRecord record) {
        return d.derivation.flatMap(f -> f.apply(record));
    }

    /**
     * The indicator with an id.
     *
     * @param id e.g. {@code hotline.satisfactionRate}
     * @return the indicator, or empty
     */
    public static Optional<Indicator> byId(String id) {
        for (Indicator i : values()) {
            if (i.d.id.equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    static long sum(IndicatorTally t, Count[] counts) {
        long s = 0;
        for (Count c : counts) {
            s = Math.addExact(s, t.get(c));
        }
        return s;
    }

    private static long satisfied(IndicatorTally t) {
        return t.get(Count.HOTLINE_SATISFIED)
                + (t.basis().basicallySatisfiedCounts() ? t.get(Count.HOTLINE_BASICALLY_SATISFIED) : 0);
    }

    private static boolean hasCoordinationMembers(RuleOfLawRecord r) {
        return r.isComplete(RecordList.LEADING_GROUP_MEMBERS)
                && r.leadingGroups().stream().anyMatch(g -> g.kind() == LeadingGroupKind.ENFORCEMENT_COORDINATION);
    }

    private static Optional<IndicatorValue> quotient(RuleOfLawRecord r, FigureConcept num, FigureConcept den) {
        Optional<Long> n = Indicators.exactCount(r, num);
        Optional<Long> d = Indicators.exactCount(r, den);
        return n.isPresent() && d.isPresent() ? Optional.of(IndicatorValue.average(n.get(), d.get()))
                : Optional.empty();
    }

    static BigDecimal scaleLike(BigDecimal value, BigDecimal declared) {
        return value.setScale(Math.max(declared.stripTrailingZeros().scale(), 0), RoundingMode.HALF_UP);
    }
}
