package org.fazhi.governance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.decision.CollectiveMeeting;
import org.fazhi.governance.model.decision.CongressSession;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.decision.DocumentCleanup;
import org.fazhi.governance.model.decision.InformationDisclosure;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.model.enforcement.ComprehensiveEnforcementTeam;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.EnforcementPublicity;
import org.fazhi.governance.model.enforcement.LegalEducationResponsibilityItem;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigurePeriod;
import org.fazhi.governance.model.grid.ComprehensiveGovernanceCenter;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.Patrol;
import org.fazhi.governance.model.grid.PatrolVehicle;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.fazhi.governance.model.internal.ConsistencyChecks;
import org.fazhi.governance.model.internal.Consistent;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.model.internal.SelfChecking;
import org.fazhi.governance.model.leadership.CadreTraining;
import org.fazhi.governance.model.leadership.GroupMember;
import org.fazhi.governance.model.leadership.LawStudySession;
import org.fazhi.governance.model.leadership.LeadingGroup;
import org.fazhi.governance.model.leadership.ResponsibilityAssignment;
import org.fazhi.governance.model.legal.AdministrativeLitigation;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.EighthLegalEducationPlan;
import org.fazhi.governance.model.legal.LegalAdviser;
import org.fazhi.governance.model.legal.LegalPublicityEvent;
import org.fazhi.governance.model.legal.MediationCommittee;
import org.fazhi.governance.model.legal.Mediator;
import org.fazhi.governance.model.legal.ModelVillageTitle;
import org.fazhi.governance.model.legal.Petition;
import org.fazhi.governance.model.legal.ReasoningRoom;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.Venue;
import org.fazhi.governance.model.legal.VillageAffairsDisclosure;
import org.fazhi.governance.model.legal.VillagerRepresentativeMeeting;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.NotificationCommitmentItem;
import org.fazhi.governance.model.service.ServiceItem;
import org.immutables.value.Value;

/**
 * 一个单位一年的法治政府建设数据 / One government unit's rule-of-law government year: the aggregate
 * root of the model.
 *
 * <p>A record may hold only {@link #declaredFigures() declared figures} (as most published reports do),
 * only detailed records, or both; the rules and indicators say which they used. Every list defaults to
 * empty. Invariants checked on validation: unique ids in every list, every reference (person, grid,
 * officer, reviewer, power-list item, village, area, mediator) names an existing entry, the grid
 * hierarchy is a tree whose children sit one level below their parent, and each declared figure key is
 * used once. Immutable and thread-safe.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableRuleOfLawRecord.class)
@JsonDeserialize(as = ImmutableRuleOfLawRecord.class)
public interface RuleOfLawRecord extends WithRuleOfLawRecord, SelfChecking {
    /** 单位 / The government unit. */
    @Valid
    GovernmentUnit unit();

    /** 年度 / The year described. */
    @Min(2000)
    @Max(2100)
    int year();

    /** 来源 / Where the record's facts come from: the published report's title or address, if the record was taken from one. */
    Optional<@Size(min = 1, max = 1000) String> source();

    /** 报告中声明的数字 / Figures as the report declares them, each keyed by a catalog concept. */
    List<@Valid DeclaredFigure> declaredFigures();

    /**
     * 完整的明细清单 / The lists this record holds completely for its year. Indicators are computed from a
     * list only when it is named here; otherwise the report's declared figure stands (or the indicator is
     * unavailable). Empty by default: a record says nothing is complete unless it says so.
     */
    Set<RecordList> completeLists();

    /** 五大基本原则 / Guiding principles the unit adheres to. */
    Set<GuidingPrinciple> guidingPrinciples();

    /** 人员 / People referred to elsewhere in the record. */
    List<@Valid Person> people();

    /** 部门 / Departments and outside bodies. */
    List<@Valid Department> departments();

    /** 领导小组 / Leading groups. */
    List<@Valid LeadingGroup> leadingGroups();

    /** 责任分工 / Rule-of-law responsibilities (第一责任人 …). */
    List<@Valid ResponsibilityAssignment> responsibilities();

    /** 学法与研究会议 / Law study sessions and meetings on rule-of-law work. */
    List<@Valid LawStudySession> lawStudySessions();

    /** 网格 / Grids. */
    List<@Valid Grid> grids();

    /** 网格人员 / People assigned to grids. */
    List<@Valid GridAssignment> gridAssignments();

    /** 政务服务事项 / Service items. */
    List<@Valid ServiceItem> serviceItems();

    /** 告知承诺事项 / Notification-and-commitment items. */
    List<@Valid NotificationCommitmentItem> notificationCommitmentItems();

    /** 热线工单 / Hotline tickets. */
    List<@Valid HotlineTicket> hotlineTickets();

    /** 综合执法队 / The comprehensive enforcement team, if the unit has one. */
    Optional<@Valid ComprehensiveEnforcementTeam> enforcementTeam();

    /** 行政执法人员 / Enforcement officers. */
    List<@Valid EnforcementOfficer> enforcementOfficers();

    /** 培训记录 / Training records. */
    List<@Valid TrainingRecord> trainingRecords();

    /** 法制审核人员 / Legal reviewers. */
    List<@Valid LegalReviewer> legalReviewers();

    /** 执法案件 / Enforcement cases. */
    List<@Valid EnforcementCase> enforcementCases();

    /** 执法公示 / What the unit publishes about its enforcement (实施机关、立案依据、实施程序、救济渠道 …), if recorded. */
    Optional<@Valid EnforcementPublicity> enforcementPublicity();

    /** 权责清单 / The power-and-responsibility list. */
    List<@Valid PowerListItem> powerList();

    /** 普法责任清单 / The legal-education responsibility list. */
    List<@Valid LegalEducationResponsibilityItem> legalEducationList();

    /** 八五普法规划 / The unit's eighth five-year legal-education plan. */
    Optional<@Valid EighthLegalEducationPlan> legalEducationPlan();

    /** 规范性文件 / Normative documents. */
    List<@Valid NormativeDocument> normativeDocuments();

    /** 规范性文件清理 / Cleanups of normative documents. */
    List<@Valid DocumentCleanup> documentCleanups();

    /** 重大行政决策 / Major administrative decisions. */
    List<@Valid MajorAdministrativeDecision> majorDecisions();

    /** 三重一大会议 / Collective decision meetings. */
    List<@Valid CollectiveMeeting> collectiveMeetings();

    /** 人大代表建议 / NPC deputy suggestions. */
    List<@Valid DeputySuggestion> deputySuggestions();

    /** 乡镇人大会议 / Sessions of the township people's congress. */
    List<@Valid CongressSession> congressSessions();

    /** 干部集中培训 / Cadres' concentrated training, one entry per cadre and year. */
    List<@Valid CadreTraining> cadreTrainings();

    /** 政府信息公开 / Information disclosed proactively or on request. */
    List<@Valid InformationDisclosure> informationDisclosures();

    /**
     * 本年度发生事项的乡镇公开类别 / The township categories of 政府信息公开条例 Art. 21 in which the unit had matters this
     * year (a land requisition, homestead approvals …): each must be published proactively.
     */
    Set<org.fazhi.governance.model.decision.TownshipDisclosureCategory> disclosureCategoriesArising();

    /** 政府信息公开工作年度报告公布日期 / Date the unit published its open-government-information annual report on this year. */
    Optional<java.time.LocalDate> disclosureReportPublishedOn();

    /** 村务公开与民主评议 / Village-affairs publications and democratic reviews of village officers. */
    List<@Valid VillageAffairsDisclosure> villageAffairsDisclosures();

    /** 民主法治示范村（社区） / Democracy-and-rule-of-law model-village titles. */
    List<@Valid ModelVillageTitle> modelVillageTitles();

    /** 法治宣传活动 / Legal-publicity events. */
    List<@Valid LegalPublicityEvent> legalPublicityEvents();

    /** 法治带头人与法律明白人 / Rule-of-law leaders and legally literate villagers. */
    List<@Valid RuralLegalPerson> ruralLegalPersonnel();

    /** 场所 / Legal-service and governance venues. */
    List<@Valid Venue> venues();

    /** 综治中心 / Comprehensive-governance centres. */
    List<@Valid ComprehensiveGovernanceCenter> governanceCenters();

    /** 视频监控 / Surveillance cameras. */
    List<@Valid SurveillanceCamera> cameras();

    /** 警务车辆 / Patrol vehicles. */
    List<@Valid PatrolVehicle> patrolVehicles();

    /** 巡逻 / Patrols. */
    List<@Valid Patrol> patrols();

    /** 矛盾纠纷 / Disputes. */
    List<@Valid Dispute> disputes();

    /** 调解员 / Mediators. */
    List<@Valid Mediator> mediators();

    /** 评理室 / Reasoning rooms. */
    List<@Valid ReasoningRoom> reasoningRooms();

    /** 法律顾问 / Legal advisers. */
    List<@Valid LegalAdviser> legalAdvisers();

    /** 行政诉讼 / Lawsuits against the unit. */
    List<@Valid AdministrativeLitigation> litigations();

    /** 信访事项 / Petitions. */
    List<@Valid Petition> petitions();

    /** 人民调解委员会 / People's mediation committees. */
    List<@Valid MediationCommittee> mediationCommittees();

    /** 村民代表会议 / Villager-representative meetings. */
    List<@Valid VillagerRepresentativeMeeting> villagerMeetings();

    /** 年度报告 / The annual report's signing and publication. */
    Optional<@Valid ReportPublication> report();

    /**
     * 按概念查找声明数字 / The declared figure of a concept.
     *
     * @param concept the figure's concept, e.g. the one with id {@code hotline.ticketsHandled}
     * @return the figure, or empty
     */
    default Optional<DeclaredFigure> declaredFigure(FigureConcept concept) {
        List<DeclaredFigure> all = declaredFigures(concept);
        if (all.size() == 1) {
            return Optional.of(all.get(0));
        }
        return all.stream().filter(f -> f.channel().isEmpty() && f.scope().isEmpty() && f.period().equals(FigurePeriod.REPORT_YEAR))
                .findFirst();
    }

    /**
     * 按概念查找全部声明数字 / Every declared figure of a concept, in record order (one per channel, scope
     * or period).
     *
     * @param concept the concept
     * @return the figures, possibly empty
     */
    default List<DeclaredFigure> declaredFigures(FigureConcept concept) {
        return declaredFigures().stream().filter(f -> f.concept().id().equals(concept.id())).collect(Collectors.toList());
    }

    /**
     * 关联数字 / The figure of a concept that a given figure relates to (its total, numerator or base): the
     * one in the same context (period, channel, scope) if declared, else the only figure of that concept.
     *
     * @param from the figure that names the relation
     * @param concept the related concept
     * @return the related figure, or empty if none or several fit
     */
    default Optional<DeclaredFigure> related(DeclaredFigure from, FigureConcept concept) {
        return related(from, concept.id());
    }

    /**
     * 关联数字 / The figure a given figure relates to, by the related concept's id (as the catalog's
     * {@link FigureConcept#sumOf()}, {@link FigureConcept#numerator()} and {@link FigureConcept#base()} name it).
     *
     * @param from the figure that names the relation
     * @param conceptId the related concept's id
     * @return the related figure, or empty if none or several fit
     */
    default Optional<DeclaredFigure> related(DeclaredFigure from, String conceptId) {
        List<DeclaredFigure> all = declaredFigures().stream().filter(f -> f.concept().id().equals(conceptId)).collect(Collectors.toList());
        Optional<DeclaredFigure> same = all.stream().filter(f -> f.sameContextAs(from)).findFirst();
        return same.isPresent() ? same : all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /**
     * Whether the record holds a list completely for its year.
     *
     * @param list the list
     * @return true if {@link #completeLists()} names it
     */
    default boolean isComplete(RecordList list) {
        return completeLists().contains(list);
    }

    @Override
    default void checkConsistency(ConsistencyChecks c) {
        Map<List<Object>, Integer> contexts = new java.util.HashMap<>();
        for (int i = 0; i < declaredFigures().size(); i++) {
            DeclaredFigure f = declaredFigures().get(i);
            Integer first = contexts.putIfAbsent(List.of(f.concept().id(), f.period(), f.channel(), f.scope()), i);
            if (first != null) {
                c.failAt("declaredFigures", i, "key", "fazhi.figure.duplicate", "key", f.concept().id(), "first", "/declaredFigures/" + first);
            }
            String[] names = {"partOf", "numerator", "base"};
            List<Optional<FigureConcept>> refs = List.of(f.partOf(), f.numerator(), f.base());
            for (int k = 0; k < names.length; k++) {
                if (refs.get(k).isPresent() && related(f, refs.get(k).get()).isEmpty()) {
                    c.failAt("declaredFigures", i, names[k], "fazhi.figure.relatedMissing", "key", refs.get(k).get().id());
                }
            }
        }
        Set<String> people = c.uniqueIds("people", people(), "id", Person::id);
        c.uniqueIds("departments", departments(), "id", Department::id);
        c.uniqueIds("leadingGroups", leadingGroups(), "id", LeadingGroup::id);
        Set<String> grids = c.uniqueIds("grids", grids(), "id", Grid::id);
        c.uniqueIds("serviceItems", serviceItems(), "id", ServiceItem::id);
        c.uniqueIds("notificationCommitmentItems", notificationCommitmentItems(), "id", NotificationCommitmentItem::id);
        c.uniqueIds("hotlineTickets", hotlineTickets(), "id", HotlineTicket::id);
        Set<String> officers = c.uniqueIds("enforcementOfficers", enforcementOfficers(), "id", EnforcementOfficer::id);
        Set<String> reviewers = c.uniqueIds("legalReviewers", legalReviewers(), "id", LegalReviewer::id);
        c.uniqueIds("enforcementCases", enforcementCases(), "id", EnforcementCase::id);
        Set<String> powers = c.uniqueIds("powerList", powerList(), "id", PowerListItem::id);
        c.uniqueIds("legalEducationList", legalEducationList(), "id", LegalEducationResponsibilityItem::id);
        c.uniqueIds("normativeDocuments", normativeDocuments(), "id", NormativeDocument::id);
        c.uniqueIds("majorDecisions", majorDecisions(), "id", MajorAdministrativeDecision::id);
        c.uniqueIds("collectiveMeetings", collectiveMeetings(), "id", CollectiveMeeting::id);
        c.uniqueIds("deputySuggestions", deputySuggestions(), "id", DeputySuggestion::id);
        c.uniqueIds("informationDisclosures", informationDisclosures(), "id", InformationDisclosure::id);
        c.uniqueIds("venues", venues(), "id", Venue::id);
        c.uniqueIds("governanceCenters", governanceCenters(), "id", ComprehensiveGovernanceCenter::id);
        c.uniqueIds("cameras", cameras(), "id", SurveillanceCamera::id);
        c.uniqueIds("patrolVehicles", patrolVehicles(), "id", PatrolVehicle::id);
        c.uniqueIds("disputes", disputes(), "id", Dispute::id);
        Set<String> mediators = c.uniqueIds("mediators", mediators(), "id", Mediator::id);
        c.uniqueIds("reasoningRooms", reasoningRooms(), "id", ReasoningRoom::id);
        c.uniqueIds("legalAdvisers", legalAdvisers(), "id", LegalAdviser::id);
        c.uniqueIds("litigations", litigations(), "id", AdministrativeLitigation::id);
        c.uniqueIds("petitions", petitions(), "id", Petition::id);

        Set<String> units = unit().grassrootsUnits().stream().map(GrassrootsUnit::id).collect(Collectors.toSet());
        Set<String> areas = unit().areas().stream().map(Area::id).collect(Collectors.toSet());

        c.references("responsibilities", responsibilities(), "personId", r -> List.of(r.personId()), people, "people");
        c.references("cadreTrainings", cadreTrainings(), "personId", t -> List.of(t.personId()), people, "people");
        for (int g = 0; g < leadingGroups().size(); g++) {
            List<GroupMember> members = leadingGroups().get(g).members();
            for (int m = 0; m < members.size(); m++) {
                if (!people.contains(members.get(m).personId())) {
                    c.failAt("leadingGroups", g, "members", m, "personId", "fazhi.reference.missing",
                            "ref", members.get(m).personId(), "target", "people");
                }
            }
        }
        c.references("grids", grids(), "parentId", x -> optional(x.parentId()), grids, "grids");
        c.references("grids", grids(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("gridAssignments", gridAssignments(), "gridId", a -> List.of(a.gridId()), grids, "grids");
        c.references("gridAssignments", gridAssignments(), "personId", a -> List.of(a.personId()), people, "people");
        c.references("hotlineTickets", hotlineTickets(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("enforcementOfficers", enforcementOfficers(), "personId", o -> List.of(o.personId()), people, "people");
        c.references("legalReviewers", legalReviewers(), "personId", r -> List.of(r.personId()), people, "people");
        c.references("trainingRecords", trainingRecords(), "officerId", t -> List.of(t.officerId()), officers, "enforcementOfficers");
        c.references("enforcementCases", enforcementCases(), "powerItemId", x -> List.of(x.powerItemId()), powers, "powerList");
        for (int i = 0; i < enforcementCases().size(); i++) {
            EnforcementCase ec = enforcementCases().get(i);
            List<OfficerPresence> present = ec.officers();
            for (int j = 0; j < present.size(); j++) {
                if (!officers.contains(present.get(j).officerId())) {
                    c.failAt("enforcementCases", i, "officers", j, "officerId", "fazhi.reference.missing",
                            "ref", present.get(j).officerId(), "target", "enforcementOfficers");
                }
            }
            for (int j = 0; j < ec.recusalApplications().size(); j++) {
                if (!officers.contains(ec.recusalApplications().get(j).officerId())) {
                    c.failAt("enforcementCases", i, "recusalApplications", j, "officerId", "fazhi.reference.missing",
                            "ref", ec.recusalApplications().get(j).officerId(), "target", "enforcementOfficers");
                }
            }
            if (ec.hearing().flatMap(h -> h.chairPersonId()).map(x -> !people.contains(x)).orElse(false)) {
                c.failAt("enforcementCases", i, "hearing", "fazhi.reference.missing",
                        "ref", ec.hearing().get().chairPersonId().get(), "target", "people");
            }
            if (ec.legalReview().isPresent() && !reviewers.contains(ec.legalReview().get().reviewerId())) {
                c.failAt("enforcementCases", i, "legalReview", "fazhi.reference.missing",
                        "ref", ec.legalReview().get().reviewerId(), "target", "legalReviewers");
            }
        }
        enforcementTeam().ifPresent(team -> {
            for (String id : team.officerIds()) {
                if (!officers.contains(id)) {
                    c.fail("enforcementTeam", "fazhi.reference.missing", "ref", id, "target", "enforcementOfficers");
                }
            }
            for (String id : team.reviewerIds()) {
                if (!reviewers.contains(id)) {
                    c.fail("enforcementTeam", "fazhi.reference.missing", "ref", id, "target", "legalReviewers");
                }
            }
        });
        c.references("ruralLegalPersonnel", ruralLegalPersonnel(), "grassrootsUnitId", x -> List.of(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("ruralLegalPersonnel", ruralLegalPersonnel(), "personId", x -> optional(x.personId()), people, "people");
        c.references("venues", venues(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("venues", venues(), "areaId", x -> optional(x.areaId()), areas, "unit/areas");
        c.references("governanceCenters", governanceCenters(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("cameras", cameras(), "areaId", x -> optional(x.areaId()), areas, "unit/areas");
        c.references("patrols", patrols(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("disputes", disputes(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("disputes", disputes(), "mediatorIds", Dispute::mediatorIds, mediators, "mediators");
        c.references("mediators", mediators(), "personId", m -> List.of(m.personId()), people, "people");
        c.references("reasoningRooms", reasoningRooms(), "grassrootsUnitId", x -> optional(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("legalAdvisers", legalAdvisers(), "grassrootsUnitIds", LegalAdviser::grassrootsUnitIds, units, "unit/grassrootsUnits");
        c.references("mediationCommittees", mediationCommittees(), "grassrootsUnitId", x -> List.of(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("villagerMeetings", villagerMeetings(), "grassrootsUnitId", x -> List.of(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("villageAffairsDisclosures", villageAffairsDisclosures(), "grassrootsUnitId", x -> List.of(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        c.references("modelVillageTitles", modelVillageTitles(), "grassrootsUnitId", x -> List.of(x.grassrootsUnitId()), units, "unit/grassrootsUnits");
        checkGridTree(c);
    }

    /**
     * The grid tree in time linear in the number of grids: each grid's parent is looked up once, and a walk
     * up the tree stops at the first grid an earlier walk has finished, so a chain of 20,000 grids costs
     * 20,000 steps, not 200 million. A cycle is reported on every grid that lies on it.
     */
    private void checkGridTree(ConsistencyChecks c) {
        List<Grid> grids = grids();
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < grids.size(); i++) {
            indexById.putIfAbsent(grids.get(i).id(), i);
        }
        int[] parent = new int[grids.size()];
        for (int i = 0; i < grids.size(); i++) {
            Grid grid = grids.get(i);
            parent[i] = grid.parentId().map(indexById::get).orElse(-1);
            if (parent[i] >= 0 && grids.get(parent[i]).level() != grid.level() - 1) {
                c.failAt("grids", i, "level", "fazhi.grid.levelGap", "level", grid.level(), "parentLevel", grids.get(parent[i]).level());
            }
        }
        byte[] state = new byte[grids.size()]; // 0 not yet walked, 1 on the current walk, 2 done
        boolean[] onCycle = new boolean[grids.size()];
        for (int start = 0; start < grids.size(); start++) {
            int i = start;
            while (i >= 0 && state[i] == 0) {
                state[i] = 1;
                i = parent[i];
            }
            if (i >= 0 && state[i] == 1) {
                int j = i;
                do {
                    onCycle[j] = true;
                    j = parent[j];
                } while (j != i);
            }
            for (int j = start; j >= 0 && state[j] == 1; j = parent[j]) {
                state[j] = 2;
            }
        }
        for (int i = 0; i < grids.size(); i++) {
            if (onCycle[i]) {
                c.failAt("grids", i, "parentId", "fazhi.grid.cycle", "id", grids.get(i).id());
            }
        }
    }

    private static List<String> optional(Optional<String> value) {
        return value.map(List::of).orElse(List.of());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RuleOfLawRecord}. */
    final class Builder extends ImmutableRuleOfLawRecord.Builder {}
}
