package org.fazhi.governance.model.figure;

/**
 * 标准数字概念 / Typed references to every concept of the {@linkplain FigureCatalog#standard() standard
 * catalog}, for code that names a figure: {@code record.declaredFigure(StandardFigures.HOTLINE_TICKETS_HANDLED)}.
 *
 * <p>Each constant is the catalog's own concept (a test keeps the two in step: every constant is in the
 * catalog and every standard concept has a constant). Hosts refer to their own concepts the same way,
 * by keeping the {@link FigureConcept} they registered.
 */
public final class StandardFigures {
    private StandardFigures() {}

    private static FigureConcept concept(String id) {
        return FigureCatalog.standard().require(id);
    }

    /** 村（社区）数 / villages and communities. */
    public static final FigureConcept UNIT_VILLAGE_COUNT = concept("unit.villageCount");

    /** 行政村数 / administrative villages. */
    public static final FigureConcept UNIT_ADMINISTRATIVE_VILLAGES = concept("unit.administrativeVillages");

    /** 社区数 / communities. */
    public static final FigureConcept UNIT_COMMUNITY_COUNT = concept("unit.communityCount");

    /** 村民小组数 / villager groups. */
    public static final FigureConcept UNIT_VILLAGER_GROUP_COUNT = concept("unit.villagerGroupCount");

    /** 人口 / population. */
    public static final FigureConcept UNIT_POPULATION = concept("unit.population");

    /** 户数 / households. */
    public static final FigureConcept UNIT_HOUSEHOLDS = concept("unit.households");

    /** 辖区面积 / area. */
    public static final FigureConcept UNIT_AREA_KM2 = concept("unit.areaKm2");

    /** 编制数 / staff establishment. */
    public static final FigureConcept UNIT_STAFF_ESTABLISHMENT = concept("unit.staffEstablishment");

    /** 在编在岗人数 / staff in post. */
    public static final FigureConcept UNIT_STAFF_IN_POST = concept("unit.staffInPost");

    /** 党委（党工委）会议研究法治工作次数 / Party committee meetings on rule-of-law work. */
    public static final FigureConcept LEADERSHIP_PARTY_COMMITTEE_MEETINGS = concept("leadership.partyCommitteeMeetings");

    /** 政府常务会（办公会）研究法治工作次数 / government meetings on rule-of-law work. */
    public static final FigureConcept LEADERSHIP_GOVERNMENT_MEETINGS = concept("leadership.governmentMeetings");

    /** 理论学习中心组学法次数 / central study group law sessions. */
    public static final FigureConcept LEADERSHIP_CENTRAL_GROUP_STUDY_SESSIONS = concept("leadership.centralGroupStudySessions");

    /** “第一议题”学习次数 / "first topic" study sessions. */
    public static final FigureConcept LEADERSHIP_FIRST_TOPIC_SESSIONS = concept("leadership.firstTopicSessions");

    /** “第一议题”及中心组学习合计场次 / first-topic and central-group sessions (combined). */
    public static final FigureConcept LEADERSHIP_FIRST_TOPIC_AND_CENTRAL_GROUP_SESSIONS = concept("leadership.firstTopicAndCentralGroupSessions");

    /** 领导班子专题学法次数 / leadership topical law study sessions. */
    public static final FigureConcept LEADERSHIP_TOPICAL_STUDY_SESSIONS = concept("leadership.topicalStudySessions");

    /** 专题研讨次数 / seminars. */
    public static final FigureConcept LEADERSHIP_SEMINARS = concept("leadership.seminars");

    /** 会前学法次数 / law study before meetings. */
    public static final FigureConcept LEADERSHIP_LAW_STUDY_BEFORE_MEETINGS = concept("leadership.lawStudyBeforeMeetings");

    /** 听取法治建设工作汇报次数 / rule-of-law briefings heard. */
    public static final FigureConcept LEADERSHIP_BRIEFINGS_HEARD = concept("leadership.briefingsHeard");

    /** 法治政府建设推进会次数 / rule-of-law promotion meetings. */
    public static final FigureConcept LEADERSHIP_ROLLOUT_MEETINGS = concept("leadership.rolloutMeetings");

    /** 法治建设专题会议次数 / rule-of-law work meetings. */
    public static final FigureConcept LEADERSHIP_RULE_OF_LAW_MEETINGS = concept("leadership.ruleOfLawMeetings");

    /** 述法次数 / reports on law (述法). */
    public static final FigureConcept LEADERSHIP_REPORTS_ON_LAW = concept("leadership.reportsOnLaw");

    /** 执法协调领导小组成员 / coordination group members. */
    public static final FigureConcept LEADERSHIP_COORDINATION_GROUP_MEMBERS = concept("leadership.coordinationGroupMembers");

    /** 执法协调领导小组中的领导 / leaders in the enforcement coordination group. */
    public static final FigureConcept ENFORCEMENT_COORDINATION_GROUP_LEADERS = concept("enforcementCoordinationGroup.leaders");

    /** 执法协调领导小组中的干部 / cadres in the enforcement coordination group. */
    public static final FigureConcept ENFORCEMENT_COORDINATION_GROUP_CADRES = concept("enforcementCoordinationGroup.cadres");

    /** 干部学法培训场次 / staff law study sessions. */
    public static final FigureConcept STUDY_SESSIONS = concept("study.sessions");

    /** 学法培训参加人次 / law study participants. */
    public static final FigureConcept STUDY_PARTICIPANTS = concept("study.participants");

    /** 学法课时 / law study class hours. */
    public static final FigureConcept STUDY_CLASS_HOURS = concept("study.classHours");

    /** 党支部学法次数 / Party branch law study sessions. */
    public static final FigureConcept STUDY_BRANCH_SESSIONS = concept("study.branchSessions");

    /** 机关学法会次数 / office law study meetings. */
    public static final FigureConcept STUDY_STAFF_STUDY_SESSIONS = concept("study.staffStudySessions");

    /** 主题宣讲场次 / thematic lectures. */
    public static final FigureConcept STUDY_THEMATIC_LECTURES = concept("study.thematicLectures");

    /** 旁听庭审次数 / court hearings attended. */
    public static final FigureConcept STUDY_COURT_HEARINGS_ATTENDED = concept("study.courtHearingsAttended");

    /** 参加法治考试人数 / law exam participants. */
    public static final FigureConcept STUDY_EXAM_PARTICIPANTS = concept("study.examParticipants");

    /** 法治考试合格人数 / law exam passes. */
    public static final FigureConcept STUDY_EXAM_PASSED = concept("study.examPassed");

    /** 法治考试合格率 / law exam pass rate. */
    public static final FigureConcept STUDY_EXAM_PASS_RATE = concept("study.examPassRate");

    /** 应参加法治考试人数 / staff due to take the law exam. */
    public static final FigureConcept STUDY_EXAM_ELIGIBLE = concept("study.examEligible");

    /** 法治考试参考率 / law exam participation rate. */
    public static final FigureConcept STUDY_EXAM_PARTICIPATION_RATE = concept("study.examParticipationRate");

    /** 干部学法培训覆盖率 / law study coverage of staff. */
    public static final FigureConcept STUDY_COVERAGE_RATE = concept("study.coverageRate");

    /** 网上学法考法参加人数 / online law study and test participants. */
    public static final FigureConcept STUDY_ONLINE_PARTICIPANTS = concept("study.onlineParticipants");

    /** 网格层级数 / grid levels. */
    public static final FigureConcept GRID_LEVEL_COUNT = concept("grid.levelCount");

    /** 一级网格数 / level-1 grids. */
    public static final FigureConcept GRID_LEVEL1_COUNT = concept("grid.level1Count");

    /** 二级网格数 / level-2 grids. */
    public static final FigureConcept GRID_LEVEL2_COUNT = concept("grid.level2Count");

    /** 三级网格数 / level-3 grids. */
    public static final FigureConcept GRID_LEVEL3_COUNT = concept("grid.level3Count");

    /** 四级网格数 / level-4 grids. */
    public static final FigureConcept GRID_LEVEL4_COUNT = concept("grid.level4Count");

    /** 五级网格数 / level-5 grids. */
    public static final FigureConcept GRID_LEVEL5_COUNT = concept("grid.level5Count");

    /** 网格总数 / grids in total. */
    public static final FigureConcept GRID_TOTAL = concept("grid.total");

    /** 每个一级网格的二级网格数 / level-2 grids per level-1 grid. */
    public static final FigureConcept GRID_LEVEL2_PER_LEVEL1 = concept("grid.level2PerLevel1");

    /** 网格长配齐率 / grids with their leader. */
    public static final FigureConcept GRID_LEADER_FILLED_RATE = concept("grid.leaderFilledRate");

    /** 部门力量入网格比例 / department staff placed in grids. */
    public static final FigureConcept GRID_PERSONNEL_INCLUDED_RATE = concept("grid.personnelIncludedRate");

    /** 网格长 / grid leaders. */
    public static final FigureConcept GRID_STAFF_GRID_LEADER = concept("grid.staff.gridLeader");

    /** 网格指导员 / grid instructors. */
    public static final FigureConcept GRID_STAFF_GRID_INSTRUCTOR = concept("grid.staff.gridInstructor");

    /** 党支部书记 / Party branch secretaries. */
    public static final FigureConcept GRID_STAFF_PARTY_BRANCH_SECRETARY = concept("grid.staff.partyBranchSecretary");

    /** 党小组组长 / Party group leaders. */
    public static final FigureConcept GRID_STAFF_PARTY_GROUP_LEADER = concept("grid.staff.partyGroupLeader");

    /** 党小组副组长 / Party group deputy leaders. */
    public static final FigureConcept GRID_STAFF_PARTY_GROUP_DEPUTY_LEADER = concept("grid.staff.partyGroupDeputyLeader");

    /** 专职网格员 / full-time grid workers. */
    public static final FigureConcept GRID_STAFF_FULL_TIME_GRID_WORKER = concept("grid.staff.fullTimeGridWorker");

    /** 兼职网格员 / part-time grid workers. */
    public static final FigureConcept GRID_STAFF_PART_TIME_GRID_WORKER = concept("grid.staff.partTimeGridWorker");

    /** 党员楼栋长 / Party-member building captains. */
    public static final FigureConcept GRID_STAFF_PARTY_MEMBER_BUILDING_CAPTAIN = concept("grid.staff.partyMemberBuildingCaptain");

    /** 网格志愿者 / grid volunteers. */
    public static final FigureConcept GRID_STAFF_GRID_VOLUNTEER = concept("grid.staff.gridVolunteer");

    /** 网格民警（辅警） / grid police officers. */
    public static final FigureConcept GRID_STAFF_GRID_POLICE_OFFICER = concept("grid.staff.gridPoliceOfficer");

    /** 专属网格员 / dedicated grid workers. */
    public static final FigureConcept GRID_STAFF_DEDICATED_GRID_WORKER = concept("grid.staff.dedicatedGridWorker");

    /** 网格人员总数 / grid staff in total. */
    public static final FigureConcept GRID_STAFF_TOTAL = concept("grid.staffTotal");

    /** 热线受理（办理）件数 / hotline tickets handled. */
    public static final FigureConcept HOTLINE_TICKETS_HANDLED = concept("hotline.ticketsHandled");

    /** 已响应件数 / tickets responded to. */
    public static final FigureConcept HOTLINE_RESPONDED = concept("hotline.responded");

    /** 已办结件数 / tickets closed. */
    public static final FigureConcept HOTLINE_CLOSED = concept("hotline.closed");

    /** 已评价件数 / tickets rated. */
    public static final FigureConcept HOTLINE_RATED = concept("hotline.rated");

    /** 满意件数 / tickets rated satisfied. */
    public static final FigureConcept HOTLINE_SATISFIED = concept("hotline.satisfied");

    /** 非常满意件数 / tickets rated very satisfied. */
    public static final FigureConcept HOTLINE_VERY_SATISFIED = concept("hotline.verySatisfied");

    /** 基本满意件数 / tickets rated basically satisfied. */
    public static final FigureConcept HOTLINE_BASICALLY_SATISFIED = concept("hotline.basicallySatisfied");

    /** 不满意件数 / tickets rated dissatisfied. */
    public static final FigureConcept HOTLINE_DISSATISFIED = concept("hotline.dissatisfied");

    /** 响应率 / response rate. */
    public static final FigureConcept HOTLINE_RESPONSE_RATE = concept("hotline.responseRate");

    /** 办结率 / closure rate. */
    public static final FigureConcept HOTLINE_CLOSURE_RATE = concept("hotline.closureRate");

    /** 满意率 / satisfaction rate. */
    public static final FigureConcept HOTLINE_SATISFACTION_RATE = concept("hotline.satisfactionRate");

    /** 按时办结率 / on-time closure rate. */
    public static final FigureConcept HOTLINE_ON_TIME_RATE = concept("hotline.onTimeRate");

    /** 解决率 / resolution rate. */
    public static final FigureConcept HOTLINE_RESOLUTION_RATE = concept("hotline.resolutionRate");

    /** 政务服务事项数 / service items. */
    public static final FigureConcept SERVICES_ITEMS = concept("services.items");

    /** 网上可办事项数 / items available online. */
    public static final FigureConcept SERVICES_ONLINE_ITEMS = concept("services.onlineItems");

    /** 网上可办率 / online availability rate. */
    public static final FigureConcept SERVICES_ONLINE_RATE = concept("services.onlineRate");

    /** 服务窗口数 / service windows. */
    public static final FigureConcept SERVICES_WINDOWS = concept("services.windows");

    /** 办件量 / transactions. */
    public static final FigureConcept SERVICES_TRANSACTIONS = concept("services.transactions");

    /** “好差评”评价数 / service reviews. */
    public static final FigureConcept SERVICES_EVALUATIONS = concept("services.evaluations");

    /** 好评数 / good reviews. */
    public static final FigureConcept SERVICES_GOOD_REVIEWS = concept("services.goodReviews");

    /** 好评率 / good-review rate. */
    public static final FigureConcept SERVICES_GOOD_REVIEW_RATE = concept("services.goodReviewRate");

    /** 告知承诺制事项数 / items by notification and commitment. */
    public static final FigureConcept SERVICES_NOTIFICATION_COMMITMENT_ITEMS = concept("services.notificationCommitmentItems");

    /** 行政执法人员 / enforcement officers. */
    public static final FigureConcept ENFORCEMENT_OFFICERS = concept("enforcement.officers");

    /** 专职行政执法人员 / full-time enforcement officers. */
    public static final FigureConcept ENFORCEMENT_FULL_TIME_OFFICERS = concept("enforcement.fullTimeOfficers");

    /** 法制审核人员 / legal reviewers. */
    public static final FigureConcept ENFORCEMENT_LEGAL_REVIEWERS = concept("enforcement.legalReviewers");

    /** 人均法制审核人员 / legal reviewers per officer. */
    public static final FigureConcept ENFORCEMENT_REVIEWERS_PER_OFFICER = concept("enforcement.reviewersPerOfficer");

    /** 持证上岗率 / certified-on-duty rate. */
    public static final FigureConcept ENFORCEMENT_CERTIFIED_RATE = concept("enforcement.certifiedRate");

    /** 培训考核率 / training-and-assessment rate. */
    public static final FigureConcept ENFORCEMENT_TRAINING_ASSESSMENT_RATE = concept("enforcement.trainingAssessmentRate");

    /** 人均业务和法律培训学时 / training hours per officer. */
    public static final FigureConcept ENFORCEMENT_TRAINING_HOURS_PER_OFFICER = concept("enforcement.trainingHoursPerOfficer");

    /** 执法资格考试通过率 / enforcement qualification exam pass rate. */
    public static final FigureConcept ENFORCEMENT_QUALIFICATION_EXAM_PASS_RATE = concept("enforcement.qualificationExamPassRate");

    /** 执法资格考试通过率连续达标年数 / years in a row at the exam pass rate. */
    public static final FigureConcept ENFORCEMENT_QUALIFICATION_EXAM_PASS_STREAK_YEARS = concept("enforcement.qualificationExamPassStreakYears");

    /** 执法案件 / enforcement cases. */
    public static final FigureConcept ENFORCEMENT_CASES = concept("enforcement.cases");

    /** 立案数 / cases filed. */
    public static final FigureConcept ENFORCEMENT_CASES_FILED = concept("enforcement.casesFiled");

    /** 简易程序案件 / summary-procedure cases. */
    public static final FigureConcept ENFORCEMENT_CASES_SUMMARY = concept("enforcement.casesSummary");

    /** 普通程序案件 / general-procedure cases. */
    public static final FigureConcept ENFORCEMENT_CASES_GENERAL = concept("enforcement.casesGeneral");

    /** 撤销立案数 / filings revoked. */
    public static final FigureConcept ENFORCEMENT_FILINGS_REVOKED = concept("enforcement.filingsRevoked");

    /** 结案数 / cases closed. */
    public static final FigureConcept ENFORCEMENT_CASES_CLOSED = concept("enforcement.casesClosed");

    /** 按期结案率 / on-time closure rate. */
    public static final FigureConcept ENFORCEMENT_ON_TIME_CLOSURE_RATE = concept("enforcement.onTimeClosureRate");

    /** 行政强制措施 / coercive measures. */
    public static final FigureConcept ENFORCEMENT_COERCIVE_MEASURES = concept("enforcement.coerciveMeasures");

    /** 行政强制执行 / coercive executions. */
    public static final FigureConcept ENFORCEMENT_EXECUTIONS = concept("enforcement.executions");

    /** 罚没款金额 / fines and confiscations. */
    public static final FigureConcept ENFORCEMENT_FINES_YUAN = concept("enforcement.finesYuan");

    /** 行政检查次数 / inspections. */
    public static final FigureConcept ENFORCEMENT_INSPECTIONS = concept("enforcement.inspections");

    /** 执法决定公开率 / decision disclosure rate. */
    public static final FigureConcept ENFORCEMENT_DISCLOSURE_RATE = concept("enforcement.disclosureRate");

    /** 全过程记录完整率 / whole-process recording rate. */
    public static final FigureConcept ENFORCEMENT_RECORDING_RATE = concept("enforcement.recordingRate");

    /** 重大执法决定法制审核率 / legal review rate of major decisions. */
    public static final FigureConcept ENFORCEMENT_LEGAL_REVIEW_RATE = concept("enforcement.legalReviewRate");

    /** 裁量基准事项数 / discretion benchmarks. */
    public static final FigureConcept ENFORCEMENT_DISCRETION_BENCHMARKS = concept("enforcement.discretionBenchmarks");

    /** 裁量基准涉及领域数 / fields with discretion benchmarks. */
    public static final FigureConcept ENFORCEMENT_DISCRETION_FIELDS = concept("enforcement.discretionFields");

    /** 裁量基准表数 / discretion benchmark tables. */
    public static final FigureConcept ENFORCEMENT_DISCRETION_BENCHMARK_TABLES = concept("enforcement.discretionBenchmarkTables");

    /** 裁量基准细化率 / discretion refinement rate. */
    public static final FigureConcept ENFORCEMENT_DISCRETION_REFINEMENT_RATE = concept("enforcement.discretionRefinementRate");

    /** 执法方式创新举措 / enforcement innovations. */
    public static final FigureConcept ENFORCEMENT_INNOVATIVE_MEASURES = concept("enforcement.innovativeMeasures");

    /** 已作出决定的案件 / cases decided. */
    public static final FigureConcept ENFORCEMENT_CASES_DECIDED = concept("enforcement.casesDecided");

    /** 已送达决定的案件 / decisions served. */
    public static final FigureConcept ENFORCEMENT_CASES_SERVED = concept("enforcement.casesServed");

    /** 已归档的案件 / cases archived. */
    public static final FigureConcept ENFORCEMENT_CASES_ARCHIVED = concept("enforcement.casesArchived");

    /** 事先告知率 / prior notice rate. */
    public static final FigureConcept ENFORCEMENT_PRIOR_NOTICE_RATE = concept("enforcement.priorNoticeRate");

    /** 申请听证 / hearings requested. */
    public static final FigureConcept ENFORCEMENT_HEARINGS_REQUESTED = concept("enforcement.hearingsRequested");

    /** 举行听证 / hearings held. */
    public static final FigureConcept ENFORCEMENT_HEARINGS_HELD = concept("enforcement.hearingsHeld");

    /** 听证举行率 / hearing rate. */
    public static final FigureConcept ENFORCEMENT_HEARING_RATE = concept("enforcement.hearingRate");

    /** 按期作出处罚决定率 / on-time decision rate. */
    public static final FigureConcept ENFORCEMENT_ON_TIME_DECISION_RATE = concept("enforcement.onTimeDecisionRate");

    /** 罚没款收缴金额 / fines and confiscations collected. */
    public static final FigureConcept ENFORCEMENT_FINES_COLLECTED_YUAN = concept("enforcement.finesCollectedYuan");

    /** 执法决定按时公开率 / decisions disclosed on time. */
    public static final FigureConcept ENFORCEMENT_DISCLOSED_ON_TIME_RATE = concept("enforcement.disclosedOnTimeRate");

    /** 复议纠错的执法案件 / cases corrected on reconsideration. */
    public static final FigureConcept ENFORCEMENT_CORRECTED_ON_RECONSIDERATION = concept("enforcement.correctedOnReconsideration");

    /** 诉讼纠错的执法案件 / cases corrected in court. */
    public static final FigureConcept ENFORCEMENT_CORRECTED_IN_COURT = concept("enforcement.correctedInCourt");

    /** 执法案件被纠错率 / correction rate of enforcement cases. */
    public static final FigureConcept ENFORCEMENT_CORRECTION_RATE = concept("enforcement.correctionRate");

    /** 权责清单行政许可事项 / power-list items: licensing. */
    public static final FigureConcept POWER_LIST_LICENSING = concept("powerList.licensing");

    /** 权责清单行政处罚事项 / power-list items: penalty. */
    public static final FigureConcept POWER_LIST_PENALTY = concept("powerList.penalty");

    /** 权责清单行政强制事项 / power-list items: coercion. */
    public static final FigureConcept POWER_LIST_COERCION = concept("powerList.coercion");

    /** 权责清单行政给付事项 / power-list items: payment. */
    public static final FigureConcept POWER_LIST_PAYMENT = concept("powerList.payment");

    /** 权责清单行政检查事项 / power-list items: inspection. */
    public static final FigureConcept POWER_LIST_INSPECTION = concept("powerList.inspection");

    /** 权责清单行政确认事项 / power-list items: confirmation. */
    public static final FigureConcept POWER_LIST_CONFIRMATION = concept("powerList.confirmation");

    /** 权责清单行政奖励事项 / power-list items: reward. */
    public static final FigureConcept POWER_LIST_REWARD = concept("powerList.reward");

    /** 权责清单行政裁决事项 / power-list items: adjudication. */
    public static final FigureConcept POWER_LIST_ADJUDICATION = concept("powerList.adjudication");

    /** 权责清单其他事项 / power-list items: other. */
    public static final FigureConcept POWER_LIST_OTHER = concept("powerList.other");

    /** 权责清单事项总数 / power-list items. */
    public static final FigureConcept POWER_LIST_ITEMS = concept("powerList.items");

    /** 合同合法性审查件数 / contracts reviewed. */
    public static final FigureConcept LEGALITY_REVIEW_CONTRACTS = concept("legalityReview.contracts");

    /** 规范性文件合法性审查件数 / normative documents reviewed. */
    public static final FigureConcept LEGALITY_REVIEW_NORMATIVE_DOCUMENTS = concept("legalityReview.normativeDocuments");

    /** 重大决策合法性审查件数 / major decisions reviewed. */
    public static final FigureConcept LEGALITY_REVIEW_MAJOR_DECISIONS = concept("legalityReview.majorDecisions");

    /** 其他事项合法性审查件数 / other matters reviewed. */
    public static final FigureConcept LEGALITY_REVIEW_OTHER = concept("legalityReview.other");

    /** 合法性审查件数 / legality reviews. */
    public static final FigureConcept LEGALITY_REVIEW_TOTAL = concept("legalityReview.total");

    /** 出具法律意见书 / legal opinions issued. */
    public static final FigureConcept LEGALITY_REVIEW_OPINIONS_ISSUED = concept("legalityReview.opinionsIssued");

    /** 合法性审查覆盖率 / legality review coverage. */
    public static final FigureConcept LEGALITY_REVIEW_COVERAGE_RATE = concept("legalityReview.coverageRate");

    /** 重大行政决策事项 / major decisions. */
    public static final FigureConcept DECISIONS_MAJOR = concept("decisions.major");

    /** 履行法定程序的重大决策 / decisions by statutory procedure. */
    public static final FigureConcept DECISIONS_BY_STATUTORY_PROCEDURE = concept("decisions.byStatutoryProcedure");

    /** 重大决策法定程序履行率 / statutory procedure rate. */
    public static final FigureConcept DECISIONS_STATUTORY_PROCEDURE_RATE = concept("decisions.statutoryProcedureRate");

    /** 公开征求意见次数 / public consultations. */
    public static final FigureConcept DECISIONS_PUBLIC_CONSULTATIONS = concept("decisions.publicConsultations");

    /** 集体讨论决定次数 / collective discussions. */
    public static final FigureConcept DECISIONS_COLLECTIVE_DISCUSSIONS = concept("decisions.collectiveDiscussions");

    /** 重大事项备案审查次数 / filing reviews of major matters. */
    public static final FigureConcept DECISIONS_FILING_REVIEWS = concept("decisions.filingReviews");

    /** 因决策失误引发的重大事件 / incidents from decision errors. */
    public static final FigureConcept DECISIONS_ERROR_INCIDENTS = concept("decisions.errorIncidents");

    /** 制发规范性文件 / normative documents issued. */
    public static final FigureConcept NORMATIVE_DOCS_ISSUED = concept("normativeDocs.issued");

    /** 报备规范性文件 / normative documents filed. */
    public static final FigureConcept NORMATIVE_DOCS_FILED = concept("normativeDocs.filed");

    /** 审核规范性文件 / normative documents reviewed. */
    public static final FigureConcept NORMATIVE_DOCS_REVIEWED = concept("normativeDocs.reviewed");

    /** 清理规范性文件 / normative documents cleaned up. */
    public static final FigureConcept NORMATIVE_DOCS_CLEANED_UP = concept("normativeDocs.cleanedUp");

    /** 废止规范性文件 / normative documents repealed. */
    public static final FigureConcept NORMATIVE_DOCS_REPEALED = concept("normativeDocs.repealed");

    /** 规范性文件备案率 / filing rate. */
    public static final FigureConcept NORMATIVE_DOCS_FILING_RATE = concept("normativeDocs.filingRate");

    /** 行政复议案件 / reconsideration cases. */
    public static final FigureConcept RECONSIDERATION_RECEIVED = concept("reconsideration.received");

    /** 复议审结 / reconsideration cases decided. */
    public static final FigureConcept RECONSIDERATION_DECIDED = concept("reconsideration.decided");

    /** 复议维持 / decisions upheld. */
    public static final FigureConcept RECONSIDERATION_UPHELD = concept("reconsideration.upheld");

    /** 复议被纠错 / decisions corrected. */
    public static final FigureConcept RECONSIDERATION_CORRECTED_OR_LOST = concept("reconsideration.correctedOrLost");

    /** 复议调解或撤回 / reconsideration mediated or withdrawn. */
    public static final FigureConcept RECONSIDERATION_MEDIATED_OR_WITHDRAWN = concept("reconsideration.mediatedOrWithdrawn");

    /** 复议纠错率 / reconsideration correction rate. */
    public static final FigureConcept RECONSIDERATION_CORRECTION_RATE = concept("reconsideration.correctionRate");

    /** 行政诉讼案件 / administrative lawsuits. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_RECEIVED = concept("litigation.administrative.received");

    /** 行政诉讼审结 / lawsuits decided. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_DECIDED = concept("litigation.administrative.decided");

    /** 行政诉讼胜诉 / lawsuits won. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_WON = concept("litigation.administrative.won");

    /** 行政诉讼败诉 / lawsuits lost. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_LOST = concept("litigation.administrative.lost");

    /** 行政诉讼调解或撤诉 / lawsuits mediated or withdrawn. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_MEDIATED_OR_WITHDRAWN = concept("litigation.administrative.mediatedOrWithdrawn");

    /** 应当出庭的庭审 / hearings to attend. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_HEARINGS = concept("litigation.administrative.hearings");

    /** 负责人出庭应诉 / heads appearing in court. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_RESPONSIBLE_PERSON_APPEARANCES = concept("litigation.administrative.responsiblePersonAppearances");

    /** 负责人出庭应诉率 / head appearance rate. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_APPEARANCE_RATE = concept("litigation.administrative.appearanceRate");

    /** 行政诉讼败诉率 / lawsuit loss rate. */
    public static final FigureConcept LITIGATION_ADMINISTRATIVE_LOSS_RATE = concept("litigation.administrative.lossRate");

    /** 民事诉讼案件 / civil lawsuits. */
    public static final FigureConcept LITIGATION_CIVIL_RECEIVED = concept("litigation.civil.received");

    /** 民事诉讼审结 / civil lawsuits decided. */
    public static final FigureConcept LITIGATION_CIVIL_DECIDED = concept("litigation.civil.decided");

    /** 代表建议件数 / deputy suggestions. */
    public static final FigureConcept NPC_SUGGESTIONS = concept("npc.suggestions");

    /** 代表建议办结件数 / suggestions completed. */
    public static final FigureConcept NPC_COMPLETED = concept("npc.completed");

    /** 代表建议办结率 / suggestion completion rate. */
    public static final FigureConcept NPC_COMPLETION_RATE = concept("npc.completionRate");

    /** 代表建议按期答复率 / on-time reply rate. */
    public static final FigureConcept NPC_ON_TIME_REPLY_RATE = concept("npc.onTimeReplyRate");

    /** 代表满意率 / deputy satisfaction rate. */
    public static final FigureConcept NPC_SATISFACTION_RATE = concept("npc.satisfactionRate");

    /** 政协提案件数 / CPPCC proposals. */
    public static final FigureConcept NPC_CPPCC_PROPOSALS = concept("npc.cppccProposals");

    /** 主动公开政府信息 / information disclosed. */
    public static final FigureConcept OPENNESS_DISCLOSURES = concept("openness.disclosures");

    /** 依申请公开申请 / disclosure requests received. */
    public static final FigureConcept OPENNESS_APPLICATIONS_RECEIVED = concept("openness.applicationsReceived");

    /** 依申请公开答复 / disclosure requests answered. */
    public static final FigureConcept OPENNESS_APPLICATIONS_ANSWERED = concept("openness.applicationsAnswered");

    /** 法治宣传活动场次 / legal-publicity events. */
    public static final FigureConcept PUBLICITY_CAMPAIGNS = concept("publicity.campaigns");

    /** 普法受众人次 / people reached. */
    public static final FigureConcept PUBLICITY_PARTICIPANTS = concept("publicity.participants");

    /** 法治讲座（宣讲）场次 / law lectures. */
    public static final FigureConcept PUBLICITY_LECTURES = concept("publicity.lectures");

    /** 发放普法资料份数 / materials handed out. */
    public static final FigureConcept PUBLICITY_MATERIALS = concept("publicity.materials");

    /** 悬挂横幅 / banners. */
    public static final FigureConcept PUBLICITY_BANNERS = concept("publicity.banners");

    /** 张贴海报 / posters. */
    public static final FigureConcept PUBLICITY_POSTERS = concept("publicity.posters");

    /** 院坝会场次 / courtyard meetings. */
    public static final FigureConcept PUBLICITY_COURTYARD_MEETINGS = concept("publicity.courtyardMeetings");

    /** 立法意见建议条数 / legislative opinions. */
    public static final FigureConcept PUBLICITY_LEGISLATIVE_OPINIONS = concept("publicity.legislativeOpinions");

    /** 公益普法活动场次 / public-interest legal education events. */
    public static final FigureConcept PUBLICITY_PUBLIC_INTEREST_EVENTS = concept("publicity.publicInterestEvents");

    /** 现场法律咨询人次 / on-site legal consultations. */
    public static final FigureConcept PUBLICITY_CONSULTATIONS = concept("publicity.consultations");

    /** 法治文化阵地 / rule-of-law culture venues. */
    public static final FigureConcept PUBLICITY_RULE_OF_LAW_CULTURE_VENUES = concept("publicity.ruleOfLawCultureVenues");

    /** 法治带头人和法律明白人 / rule-of-law leaders and legally literate villagers. */
    public static final FigureConcept RURAL_LEGAL_PERSONNEL = concept("rural.legalPersonnel");

    /** 民主法治示范村（社区） / democratic rule-of-law model villages. */
    public static final FigureConcept RURAL_DEMO_VILLAGES = concept("rural.demoVillages");

    /** 修订村规民约 / village rules revised. */
    public static final FigureConcept RURAL_VILLAGE_RULES_REVISED = concept("rural.villageRulesRevised");

    /** 法律明白人达标村占比 / villages with enough legally literate villagers. */
    public static final FigureConcept COVERAGE_LEGALLY_LITERATE_VILLAGES = concept("coverage.legallyLiterateVillages");

    /** 规范化村级综治中心 / standardised village governance centres. */
    public static final FigureConcept SAFETY_VILLAGE_GOVERNANCE_CENTERS = concept("safety.villageGovernanceCenters");

    /** 综治中心村级覆盖率 / governance-centre coverage of villages. */
    public static final FigureConcept COVERAGE_GOVERNANCE_CENTRE_VILLAGES = concept("coverage.governanceCentreVillages");

    /** 公共区域平安监控 / public-area safety cameras. */
    public static final FigureConcept CAMERAS_PUBLIC_AREA_SAFETY = concept("cameras.publicAreaSafety");

    /** 平安家园“爱心眼”监控 / caring-eye cameras. */
    public static final FigureConcept CAMERAS_CARING_EYE = concept("cameras.caringEye");

    /** 派出所辖区监控点位 / police-station area points. */
    public static final FigureConcept CAMERAS_POLICE_STATION_AREA = concept("cameras.policeStationArea");

    /** 景区监控 / scenic-area cameras. */
    public static final FigureConcept CAMERAS_SCENIC_AREA = concept("cameras.scenicArea");

    /** 监控点位合计 / cameras in total. */
    public static final FigureConcept CAMERAS_TOTAL = concept("cameras.total");

    /** 监控联网率 / camera networked rate. */
    public static final FigureConcept CAMERAS_NETWORKED_RATE = concept("cameras.networkedRate");

    /** 每周辖区治安巡逻次数 / security patrols per week. */
    public static final FigureConcept PATROL_PER_WEEK = concept("patrol.perWeek");

    /** 警务摩托车 / police motorcycles. */
    public static final FigureConcept PATROL_MOTORCYCLES = concept("patrol.motorcycles");

    /** 警务用车 / police cars. */
    public static final FigureConcept PATROL_CARS = concept("patrol.cars");

    /** 应急演练次数 / emergency drills. */
    public static final FigureConcept SAFETY_EMERGENCY_DRILLS = concept("safety.emergencyDrills");

    /** 排查安全隐患 / safety hazards found. */
    public static final FigureConcept SAFETY_HAZARDS_FOUND = concept("safety.hazardsFound");

    /** 整改安全隐患 / safety hazards fixed. */
    public static final FigureConcept SAFETY_HAZARDS_FIXED = concept("safety.hazardsFixed");

    /** 较大以上安全事故 / major accidents. */
    public static final FigureConcept SAFETY_MAJOR_ACCIDENTS = concept("safety.majorAccidents");

    /** 排查矛盾纠纷 / disputes found. */
    public static final FigureConcept DISPUTES_SCREENED = concept("disputes.screened");

    /** 调解矛盾纠纷 / disputes mediated. */
    public static final FigureConcept DISPUTES_MEDIATED = concept("disputes.mediated");

    /** 调解成功 / disputes mediated successfully. */
    public static final FigureConcept DISPUTES_MEDIATED_SUCCESSFULLY = concept("disputes.mediatedSuccessfully");

    /** 调解成功率 / mediation success rate. */
    public static final FigureConcept DISPUTES_MEDIATION_SUCCESS_RATE = concept("disputes.mediationSuccessRate");

    /** 人民调解员 / people's mediators. */
    public static final FigureConcept MEDIATION_MEDIATORS = concept("mediation.mediators");

    /** 乡贤调解员 / local-worthy mediators. */
    public static final FigureConcept MEDIATION_LOCAL_WORTHY_MEDIATORS = concept("mediation.localWorthyMediators");

    /** 人民调解委员会 / mediation committees. */
    public static final FigureConcept MEDIATION_COMMITTEES = concept("mediation.committees");

    /** 评理室 / reasoning rooms. */
    public static final FigureConcept REASONING_ROOMS_COUNT = concept("reasoningRooms.count");

    /** 评理员 / reasoning-room members. */
    public static final FigureConcept REASONING_ROOMS_MEMBERS = concept("reasoningRooms.members");

    /** 评理室村级覆盖率 / reasoning-room coverage of villages. */
    public static final FigureConcept COVERAGE_REASONING_ROOM_VILLAGES = concept("coverage.reasoningRoomVillages");

    /** 法律顾问人数 / legal advisers. */
    public static final FigureConcept LEGAL_ADVISERS_COUNT = concept("legalAdvisers.count");

    /** 专职法律顾问 / full-time legal advisers. */
    public static final FigureConcept LEGAL_ADVISERS_FULL_TIME = concept("legalAdvisers.fullTime");

    /** 兼职法律顾问 / part-time legal advisers. */
    public static final FigureConcept LEGAL_ADVISERS_PART_TIME = concept("legalAdvisers.partTime");

    /** 有法律顾问的村 / villages with a legal adviser. */
    public static final FigureConcept LEGAL_ADVISERS_VILLAGES_COVERED = concept("legalAdvisers.villagesCovered");

    /** 有法律顾问的乡镇政府 / township governments with a legal adviser. */
    public static final FigureConcept LEGAL_ADVISERS_TOWNSHIP_COVERED = concept("legalAdvisers.townshipCovered");

    /** 一村一法律顾问覆盖率 / legal-adviser coverage of villages. */
    public static final FigureConcept COVERAGE_LEGAL_ADVISER_VILLAGES = concept("coverage.legalAdviserVillages");

    /** 法律顾问参与事务次数 / matters advisers took part in. */
    public static final FigureConcept LEGAL_ADVISERS_PARTICIPATIONS = concept("legalAdvisers.participations");

    /** 法律顾问解答咨询次数 / consultations answered. */
    public static final FigureConcept LEGAL_ADVISERS_CONSULTATIONS = concept("legalAdvisers.consultations");

    /** 法律顾问服务人次 / person-times served. */
    public static final FigureConcept LEGAL_ADVISERS_PERSON_TIMES = concept("legalAdvisers.personTimes");

    /** 法律顾问值班次数 / duty shifts. */
    public static final FigureConcept LEGAL_ADVISERS_DUTY_SHIFTS = concept("legalAdvisers.dutyShifts");

    /** 公共法律服务咨询人次 / public legal service consultations. */
    public static final FigureConcept PUBLIC_LEGAL_SERVICE_CONSULTATIONS = concept("publicLegalService.consultations");

    /** 法律援助案件 / legal aid cases. */
    public static final FigureConcept PUBLIC_LEGAL_SERVICE_LEGAL_AID_CASES = concept("publicLegalService.legalAidCases");

    /** 信访事项 / petitions received. */
    public static final FigureConcept PETITIONS_RECEIVED = concept("petitions.received");

    /** 化解信访事项 / petitions resolved. */
    public static final FigureConcept PETITIONS_RESOLVED = concept("petitions.resolved");

    /** 信访化解率 / petition resolution rate. */
    public static final FigureConcept PETITIONS_RESOLUTION_RATE = concept("petitions.resolutionRate");

    /** 信访按期办结率 / petitions closed on time. */
    public static final FigureConcept PETITIONS_ON_TIME_RATE = concept("petitions.onTimeRate");
}
