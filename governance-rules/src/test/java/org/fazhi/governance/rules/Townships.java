package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.fazhi.governance.model.Area;
import org.fazhi.governance.model.AreaKind;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.GrassrootsKind;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.CoerciveMeasure;
import org.fazhi.governance.model.enforcement.CoerciveMeasureKind;
import org.fazhi.governance.model.enforcement.DecisionDocument;
import org.fazhi.governance.model.enforcement.DecisionItem;
import org.fazhi.governance.model.enforcement.DefenceHandling;
import org.fazhi.governance.model.enforcement.EnforcementPublicity;
import org.fazhi.governance.model.enforcement.EvidencePreservation;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.PublicityItem;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.CollectiveDiscussion;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalEducationMethod;
import org.fazhi.governance.model.enforcement.LegalEducationResponsibilityItem;
import org.fazhi.governance.model.enforcement.LegalReview;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.enforcement.ReviewTrigger;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.grid.ComprehensiveGovernanceCenter;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.Patrol;
import org.fazhi.governance.model.grid.PatrolKind;
import org.fazhi.governance.model.grid.CameraProgramme;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.fazhi.governance.model.legal.EighthLegalEducationPlan;

/** A detailed synthetic township that meets every rule, as the base of pass/fail specifications. */
final class Townships {
    static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    static final CheckContext CONTEXT = CheckContext.of(AS_OF);

    private Townships() {}

    /** An officer present, certificate shown, checked for a direct interest (none). */
    static OfficerPresence present(String officerId) {
        return OfficerPresence.builder().officerId(officerId).certificateShown(true).directInterest(false).build();
    }

    /** The proposed and decided penalty of case c1: a fine of 50,000 yuan on a company. */
    static Penalty fine(String yuan) {
        return Penalty.builder().addKind(PenaltyKind.FINE).fineYuan(new BigDecimal(yuan)).build();
    }

    /**
     * A penalty case whose whole life is on file and lawful: violation 2023-02-20, found 02-27, filed 03-01, evidence
     * preserved 03-02 and handled 03-09, notice 03-06 with the hearing right, defence and hearing request 03-08, hearing
     * notice 03-09 and hearing 03-21, legal review 03-30, collective discussion 03-31, decision 04-03, service 04-04,
     * disclosure 04-06, payment to the bank 04-10, closed 05-10.
     */
    static EnforcementCase penaltyCase() {
        return EnforcementCase.builder().from(basicPenaltyCase())
                .fileComplete(true).partyKind(PartyKind.ORGANISATION)
                .violationOn(LocalDate.of(2023, 2, 20)).continuingViolation(false).discoveredOn(LocalDate.of(2023, 2, 27))
                .addEvidencePreservation(EvidencePreservation.builder().preservedOn(LocalDate.of(2023, 3, 2)).approvedByHead(true)
                        .handledOn(LocalDate.of(2023, 3, 9)).build())
                .priorNotice(PriorNotice.builder().servedOn(LocalDate.of(2023, 3, 6)).addItems(NoticeItem.values()).proposedPenalty(fine("50000")).build())
                .statementAndDefence(StatementAndDefence.builder().submittedOn(LocalDate.of(2023, 3, 8)).factsRechecked(true)
                        .handling(DefenceHandling.NOT_ADOPTED).build())
                .hearing(Hearing.builder().requestedOn(LocalDate.of(2023, 3, 8)).noticeOn(LocalDate.of(2023, 3, 9)).heldOn(LocalDate.of(2023, 3, 21))
                        .publicHearing(true).chairPersonId("p6").recordSigned(true).build())
                .penalty(fine("50000"))
                .decisionDocument(DecisionDocument.builder().number("示罚决字〔2023〕1号").addItems(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
                        DecisionItem.PENALTY_AND_BASIS, DecisionItem.PERFORMANCE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE, DecisionItem.SEAL).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(LocalDate.of(2023, 4, 10))
                        .amountYuan(new BigDecimal("50000")).build())
                .build();
    }

    /**
     * Case c1 with its dates, officers, review, discussion, disclosure and recordings but none of its lifecycle facts
     * (notice, hearing, penalty, payments …): for specifications that move its dates about.
     */
    static EnforcementCase basicPenaltyCase() {
        return EnforcementCase.builder().id("c1").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.HEARING)
                .addOfficer(present("o1")).addOfficer(present("o2"))
                .filedOn(LocalDate.of(2023, 3, 1)).decidedOn(LocalDate.of(2023, 4, 3)).servedOn(LocalDate.of(2023, 4, 4))
                .closedOn(LocalDate.of(2023, 5, 10)).archived(true)
                .major(true).addReviewTrigger(ReviewTrigger.MAJOR_PUBLIC_INTEREST)
                .legalReview(LegalReview.builder().reviewerId("r1").reviewedOn(LocalDate.of(2023, 3, 30)).result(ReviewResult.PASSED).build())
                .complexOrSerious(true)
                .collectiveDiscussion(CollectiveDiscussion.builder().heldOn(LocalDate.of(2023, 3, 31)).attendees(5).build())
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(LocalDate.of(2023, 4, 6)).build())
                .addAllRecordings(allSteps())
                .build();
    }

    /** A seizure approved before it was taken, with the party present, lifted after 19 days. */
    static EnforcementCase coercionCase() {
        return EnforcementCase.builder().id("c2").kind(CaseKind.COERCIVE_MEASURE).powerItemId("pw2")
                .addOfficer(present("o1")).addOfficer(present("o2"))
                .filedOn(LocalDate.of(2023, 6, 1)).decidedOn(LocalDate.of(2023, 6, 1)).servedOn(LocalDate.of(2023, 6, 2))
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(LocalDate.of(2023, 6, 5)).build())
                .addAllRecordings(allSteps())
                .fileComplete(true)
                .coerciveMeasure(CoerciveMeasure.builder().kind(CoerciveMeasureKind.SEIZE).takenOn(LocalDate.of(2023, 6, 1)).approvedOn(LocalDate.of(2023, 6, 1))
                        .partyPresent(true).reasonsAndRightsTold(true).partyHeard(true).onSiteRecordSigned(true).endedOn(LocalDate.of(2023, 6, 20)).build())
                .build();
    }

    static java.util.List<ProcessRecording> allSteps() {
        java.util.List<ProcessRecording> list = new java.util.ArrayList<>();
        for (CaseStep s : EnumSet.allOf(CaseStep.class)) {
            list.add(ProcessRecording.builder().step(s).written(true).audioVideo(true).build());
        }
        return list;
    }

    static EnforcementOfficer officer(String id, String person) {
        return EnforcementOfficer.builder().id(id).personId(person).fullTime(true)
                .addCertificate(EnforcementCertificate.builder().number("FJ-" + id).issuer("福建省人民政府").addField("综合执法")
                        .validFrom(LocalDate.of(2022, 1, 1)).validUntil(LocalDate.of(2027, 12, 31)).status(CertificateStatus.VALID).build())
                .build();
    }

    static TrainingRecord training(String officer, String date, int hours, TrainingCategory category) {
        return TrainingRecord.builder().officerId(officer).trainedOn(LocalDate.parse(date)).classHours(BigDecimal.valueOf(hours))
                .category(category).assessed(true).passed(true).build();
    }

    /** The clean township: every rule passes or is not applicable. */
    static RuleOfLawRecord.Builder clean() {
        GovernmentUnit unit = GovernmentUnit.builder().name("示范乡").level(UnitLevel.TOWNSHIP).county("德化县")
                .addGrassrootsUnit(GrassrootsUnit.builder().id("v1").name("东村").kind(GrassrootsKind.VILLAGE).areaId("a1").build())
                .addGrassrootsUnit(GrassrootsUnit.builder().id("v2").name("西村").kind(GrassrootsKind.VILLAGE).build())
                .addArea(Area.builder().id("a1").name("东片区").kind(AreaKind.SUB_AREA).build())
                .build();
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().unit(unit).year(2023).completeLists(EnumSet.allOf(RecordList.class));
        for (int i = 1; i <= 6; i++) {
            b.addPerson(Person.builder().id("p" + i).name("人员" + i).build());
        }
        b.addGrid(Grid.builder().id("g1").name("东村网格").level(1).grassrootsUnitId("v1").build())
                .addGrid(Grid.builder().id("g2").name("西村网格").level(1).grassrootsUnitId("v2").build())
                .addGrid(Grid.builder().id("g1-1").name("东村一组").level(2).parentId("g1").households(120).build())
                .addGrid(Grid.builder().id("g2-1").name("西村一组").level(2).parentId("g2").households(200).build())
                .addGridAssignment(GridAssignment.builder().gridId("g1").personId("p1").role(GridRole.PARTY_BRANCH_SECRETARY).build())
                .addGridAssignment(GridAssignment.builder().gridId("g2").personId("p2").role(GridRole.PARTY_BRANCH_SECRETARY).build())
                .addGridAssignment(GridAssignment.builder().gridId("g1-1").personId("p3").role(GridRole.PARTY_GROUP_LEADER).build())
                .addGridAssignment(GridAssignment.builder().gridId("g2-1").personId("p4").role(GridRole.PARTY_GROUP_LEADER).build());
        b.addEnforcementOfficer(officer("o1", "p1")).addEnforcementOfficer(officer("o2", "p2"));
        for (String o : new String[] {"o1", "o2"}) {
            b.addTrainingRecord(training(o, "2023-03-10", 40, TrainingCategory.LEGAL));
            b.addTrainingRecord(training(o, "2023-09-10", 24, TrainingCategory.PROFESSIONAL));
        }
        b.addLegalReviewer(LegalReviewer.builder().id("r1").personId("p5").legalProfessionalQualification(true)
                .firstAssignedOn(LocalDate.of(2022, 1, 1)).build());
        b.addPowerList(PowerListItem.builder().id("pw1").name("违法建设行政处罚").category(PowerCategory.PENALTY)
                .addLegalBasis("《中华人民共和国城乡规划法》第六十五条").responsibleBody("综合执法队").addDuty("依法查处违法建设")
                .publishedOn(LocalDate.of(2023, 1, 1)).delegationDecision("闽政〔2022〕示例号").build());
        b.addPowerList(PowerListItem.builder().id("pw2").name("查封违法建设施工工具").category(PowerCategory.COERCION)
                .addLegalBasis("《中华人民共和国城乡规划法》第六十八条").responsibleBody("综合执法队").addDuty("依法实施查封")
                .publishedOn(LocalDate.of(2023, 1, 1)).build());
        b.addEnforcementCase(penaltyCase()).addEnforcementCase(coercionCase());
        b.enforcementPublicity(EnforcementPublicity.builder().addPublished(PublicityItem.values()).updatedOn(LocalDate.of(2023, 1, 10))
                .discretionBenchmarksAdopted(true).electronicMonitoringUsed(false).build());
        b.addLegalEducationList(LegalEducationResponsibilityItem.builder().id("pf1").lawOrTopic("城乡规划法").audience("村民")
                .method(LegalEducationMethod.CASE_BASED_LEGAL_EDUCATION).owner("综合执法队").build());
        b.legalEducationPlan(EighthLegalEducationPlan.builder().adoptedOn(LocalDate.of(2021, 9, 1)).build());
        b.addGovernanceCenter(ComprehensiveGovernanceCenter.builder().id("gc1").name("东村综治中心").grassrootsUnitId("v1").standardised(true).build());
        b.addGovernanceCenter(ComprehensiveGovernanceCenter.builder().id("gc2").name("西村综治中心").grassrootsUnitId("v2").standardised(true).build());
        for (int i = 0; i < 3; i++) {
            b.addCamera(SurveillanceCamera.builder().id("cam" + i).programme(CameraProgramme.PUBLIC_AREA_SAFETY).areaId("a1").build());
        }
        for (LocalDate d = LocalDate.of(2023, 1, 2); d.getYear() == 2023; d = d.plusDays(7)) {
            b.addPatrol(Patrol.builder().patrolledOn(d).kind(PatrolKind.SECURITY_PATROL).build());
            b.addPatrol(Patrol.builder().patrolledOn(d.plusDays(3)).kind(PatrolKind.SECURITY_PATROL).build());
        }
        addGovernance(b);
        b.addModelVillageTitle(org.fazhi.governance.model.legal.ModelVillageTitle.builder().grassrootsUnitId("v1")
                .level(org.fazhi.governance.model.legal.ModelVillageLevel.COUNTY).namedOn(d("2021-11-01")).lastReviewedOn(d("2023-10-10")).build());
        b.addDisclosureCategoriesArising(org.fazhi.governance.model.decision.TownshipDisclosureCategory.SOCIAL_ASSISTANCE)
                .addInformationDisclosure(org.fazhi.governance.model.decision.InformationDisclosure.builder().id("i3")
                        .mode(org.fazhi.governance.model.decision.DisclosureMode.PROACTIVE).title("2023年第二季度最低生活保障对象名单").startedOn(d("2023-07-03"))
                        .completedOn(d("2023-07-10")).townshipCategory(org.fazhi.governance.model.decision.TownshipDisclosureCategory.SOCIAL_ASSISTANCE).build())
                .disclosureReportPublishedOn(d("2024-01-20"));
        b.addCongressSession(org.fazhi.governance.model.decision.CongressSession.builder().heldOn(d("2023-01-10")).name("第十九届人民代表大会第三次会议").build())
                .addCongressSession(org.fazhi.governance.model.decision.CongressSession.builder().heldOn(d("2023-12-20")).build());
        b.addCadreTraining(org.fazhi.governance.model.leadership.CadreTraining.builder().personId("p1").year(2023).days(new BigDecimal("12"))
                .classHours(new BigDecimal("80")).build())
                .addCadreTraining(org.fazhi.governance.model.leadership.CadreTraining.builder().personId("p2").year(2023).days(new BigDecimal("10"))
                        .classHours(new BigDecimal("96")).build());
        return b;
    }

    /** A township known only from its report: two villages and no detailed entries; tests add declared figures. */
    static RuleOfLawRecord.Builder reportOnly() {
        return RuleOfLawRecord.builder().year(2023).unit(GovernmentUnit.builder().name("报告乡").level(UnitLevel.TOWNSHIP)
                .addGrassrootsUnit(GrassrootsUnit.builder().id("v1").name("甲村").kind(GrassrootsKind.VILLAGE).build())
                .addGrassrootsUnit(GrassrootsUnit.builder().id("v2").name("乙村").kind(GrassrootsKind.VILLAGE).build()).build());
    }

    /** An exact declared count, quoted as {@code "key value"}. */
    static org.fazhi.governance.model.figure.DeclaredFigure declared(String key, long value) {
        var concept = org.fazhi.governance.model.figure.FigureCatalog.standard().require(key);
        return org.fazhi.governance.model.figure.DeclaredFigure.builder().concept(concept).value(java.math.BigDecimal.valueOf(value)).unit(concept.unit())
                .quote(key + " " + value).build();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static org.fazhi.governance.model.decision.DecisionStepRecord step(org.fazhi.governance.model.decision.DecisionStep s, String from, String to) {
        return org.fazhi.governance.model.decision.DecisionStepRecord.builder().step(s).startedOn(d(from))
                .completedOn(to == null ? java.util.Optional.empty() : java.util.Optional.of(d(to))).build();
    }

    static org.fazhi.governance.model.decision.NormativeDocStepRecord docStep(org.fazhi.governance.model.decision.NormativeDocStep s, String from, String to) {
        return org.fazhi.governance.model.decision.NormativeDocStepRecord.builder().step(s).startedOn(d(from))
                .completedOn(to == null ? java.util.Optional.empty() : java.util.Optional.of(d(to))).build();
    }

    static org.fazhi.governance.model.decision.MajorAdministrativeDecision majorDecision() {
        return org.fazhi.governance.model.decision.MajorAdministrativeDecision.builder().id("md1").title("云龙谷景区旅游发展规划")
                .catalogued(true).technical(true).riskPresent(true)
                .decidedBy(org.fazhi.governance.model.decision.DecisionBody.PARTY_GOVERNMENT_JOINT_MEETING).headSpokeLast(true)
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.LAUNCH, "2023-02-01", null))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.DRAFTING, "2023-02-10", "2023-02-20"))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.PUBLIC_PARTICIPATION, "2023-03-01", "2023-04-03"))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.HEARING, "2023-03-20", null))
                .hearing(org.fazhi.governance.model.decision.DecisionHearing.builder().heldOn(d("2023-03-20")).announcedOn(d("2023-03-01"))
                        .participantsPublishedOn(d("2023-03-06")).materialsDeliveredOn(d("2023-03-10")).recordSigned(true).build())
                .addChange(org.fazhi.governance.model.decision.DecisionChange.builder().changedOn(d("2023-08-01"))
                        .kind(org.fazhi.governance.model.decision.DecisionChangeKind.SUSPENDED).emergency(true).headDecided(true).build())
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.EXPERT_ASSESSMENT, "2023-03-05", "2023-03-20"))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.RISK_ASSESSMENT, "2023-03-05", "2023-03-25"))
                .addStep(org.fazhi.governance.model.decision.DecisionStepRecord.builder().from(
                        step(org.fazhi.governance.model.decision.DecisionStep.LEGALITY_REVIEW, "2023-04-06", "2023-04-20")).passed(true).build())
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.PARTY_REPORT, "2023-04-21", null))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.COLLECTIVE_DECISION, "2023-04-25", null))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.PUBLICATION, "2023-04-28", null))
                .addStep(step(org.fazhi.governance.model.decision.DecisionStep.ARCHIVE, "2023-05-10", null))
                .build();
    }

    static org.fazhi.governance.model.decision.NormativeDocument normativeDocument() {
        return org.fazhi.governance.model.decision.NormativeDocument.builder().id("nd1").title("示范乡民宿管理办法")
                .majorImpactOnRights(true).affectsMarketActors(true).validUntil(d("2028-07-09")).effectiveFrom(d("2023-07-10"))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.RESEARCH_AND_DRAFTING, "2023-05-04", "2023-05-15"))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.PUBLIC_CONSULTATION, "2023-05-16", "2023-06-20"))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.LEGALITY_REVIEW, "2023-06-21", "2023-06-30"))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.COLLECTIVE_DELIBERATION, "2023-07-04", null))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.SIGN_AND_PUBLISH, "2023-07-10", null))
                .addStep(docStep(org.fazhi.governance.model.decision.NormativeDocStep.FILING, "2023-07-20", null))
                .build();
    }

    private static void addGovernance(RuleOfLawRecord.Builder b) {
        b.addMajorDecision(majorDecision()).addNormativeDocument(normativeDocument())
                .addDocumentCleanup(org.fazhi.governance.model.decision.DocumentCleanup.builder().completedOn(d("2022-11-30"))
                        .publishedOn(d("2022-12-05")).kept(5).amended(1).repealed(2).build())
                .addCollectiveMeeting(org.fazhi.governance.model.decision.CollectiveMeeting.builder().id("cm1").heldOn(d("2023-03-20"))
                        .body(org.fazhi.governance.model.decision.DecisionBody.PARTY_COMMITTEE_MEETING)
                        .category(org.fazhi.governance.model.decision.CollectiveDecisionCategory.KEY_PERSONNEL_APPOINTMENT).subject("任命网格办主任")
                        .expectedMembers(9).presentMembers(7).votesInFavour(6).leaderSpokeLast(true).build())
                .addCollectiveMeeting(org.fazhi.governance.model.decision.CollectiveMeeting.builder().id("cm2").heldOn(d("2023-05-20"))
                        .body(org.fazhi.governance.model.decision.DecisionBody.PARTY_GOVERNMENT_JOINT_MEETING)
                        .category(org.fazhi.governance.model.decision.CollectiveDecisionCategory.LARGE_FUND_OPERATION).subject("景区道路改造资金")
                        .expectedMembers(9).presentMembers(6).leaderSpokeLast(true).dissentExpressed(true).dissentMinuted(true)
                        .amountYuan(new BigDecimal("1200000")).build())
                .report(org.fazhi.governance.model.ReportPublication.builder().signedOn(d("2023-12-20")).publishedOn(d("2023-12-28"))
                        .reportedUpwardOn(d("2023-12-29")).addPartsPresent(org.fazhi.governance.model.ReportPart.values()).build())
                .addResponsibility(org.fazhi.governance.model.leadership.ResponsibilityAssignment.builder().personId("p1")
                        .post(org.fazhi.governance.model.leadership.LeadershipPost.PARTY_SECRETARY)
                        .role(org.fazhi.governance.model.leadership.ResponsibilityRole.FIRST_RESPONSIBLE_PERSON).build())
                .addResponsibility(org.fazhi.governance.model.leadership.ResponsibilityAssignment.builder().personId("p2")
                        .post(org.fazhi.governance.model.leadership.LeadershipPost.GOVERNMENT_HEAD)
                        .role(org.fazhi.governance.model.leadership.ResponsibilityRole.FIRST_RESPONSIBLE_PERSON).build())
                .addInformationDisclosure(org.fazhi.governance.model.decision.InformationDisclosure.builder().id("i1")
                        .mode(org.fazhi.governance.model.decision.DisclosureMode.PROACTIVE).title("2023年财政预算").startedOn(d("2023-03-01"))
                        .completedOn(d("2023-03-10")).build())
                .addInformationDisclosure(org.fazhi.governance.model.decision.InformationDisclosure.builder().id("i2")
                        .mode(org.fazhi.governance.model.decision.DisclosureMode.ON_REQUEST).title("宅基地审批信息").startedOn(d("2023-06-01"))
                        .completedOn(d("2023-06-20")).build())
                .addDeputySuggestion(org.fazhi.governance.model.decision.DeputySuggestion.builder().id("s1").subject("改善村道照明")
                        .assignedOn(d("2023-03-10")).repliedOn(d("2023-05-10")).completedOn(d("2023-06-01"))
                        .deputyFeedback(org.fazhi.governance.model.service.SatisfactionLevel.SATISFIED)
                        .reportedToPresidium(true).handlingPublished(true).build())
                .addHotlineTicket(org.fazhi.governance.model.service.HotlineTicket.builder().id("t1").channel("12345").receivedOn(d("2023-05-08"))
                        .respondedOn(d("2023-05-08")).dueOn(d("2023-05-15")).closedOn(d("2023-05-12"))
                        .rating(org.fazhi.governance.model.service.SatisfactionLevel.SATISFIED).grassrootsUnitId("v1").build())
                .addLegalAdviser(org.fazhi.governance.model.legal.LegalAdviser.builder().id("la1").name("林律师")
                        .kind(org.fazhi.governance.model.legal.LegalAdviserKind.LAWYER).servesTownship(true).addGrassrootsUnitIds("v1", "v2").build())
                .addMediationCommittee(org.fazhi.governance.model.legal.MediationCommittee.builder().grassrootsUnitId("v1").members(5).build())
                .addMediationCommittee(org.fazhi.governance.model.legal.MediationCommittee.builder().grassrootsUnitId("v2").members(3).build())
                .addDispute(org.fazhi.governance.model.legal.Dispute.builder().id("d1").screenedOn(d("2023-04-01")).grassrootsUnitId("v1")
                        .outcome(org.fazhi.governance.model.legal.DisputeOutcome.MEDIATED).agreementOn(d("2023-04-10"))
                        .judicialConfirmationAppliedOn(d("2023-04-20")).build())
                .addDispute(org.fazhi.governance.model.legal.Dispute.builder().id("d2").screenedOn(d("2023-05-01")).grassrootsUnitId("v2")
                        .outcome(org.fazhi.governance.model.legal.DisputeOutcome.MEDIATED).agreementOn(d("2023-05-05")).build())
                .addPetition(org.fazhi.governance.model.legal.Petition.builder().id("pt1").receivedOn(d("2023-06-01")).noticeOn(d("2023-06-10"))
                        .concludedOn(d("2023-07-20")).extensionDays(0).build())
                .addReasoningRoom(org.fazhi.governance.model.legal.ReasoningRoom.builder().id("room0").name("示范乡评理室").build())
                .addReasoningRoom(org.fazhi.governance.model.legal.ReasoningRoom.builder().id("room1").name("东村评理室").grassrootsUnitId("v1").build())
                .addReasoningRoom(org.fazhi.governance.model.legal.ReasoningRoom.builder().id("room2").name("西村评理室").grassrootsUnitId("v2").build())
                .addNotificationCommitmentItem(org.fazhi.governance.model.service.NotificationCommitmentItem.builder().id("nc1").name("户籍迁移证明")
                        .kind(org.fazhi.governance.model.service.NotificationCommitmentKind.CERTIFICATION_MATTER).commitmentsAccepted(20)
                        .commitmentsVerified(5).falseCommitments(0).build())
                .addLitigation(org.fazhi.governance.model.legal.AdministrativeLitigation.builder().id("l1").hearingOn(d("2023-08-01"))
                        .leaderAppeared(true).build());
        for (String v : new String[] {"v1", "v2"}) {
            for (int k = 0; k < 3; k++) {
                b.addRuralLegalPersonnel(org.fazhi.governance.model.legal.RuralLegalPerson.builder().grassrootsUnitId(v)
                        .role(org.fazhi.governance.model.legal.RuralLegalRole.LEGALLY_LITERATE_VILLAGER).assessed(true)
                        .selectedBy(org.fazhi.governance.model.legal.RuralLegalSelection.NOMINATED_BY_VILLAGE_COMMITTEES).build());
            }
            for (String date : new String[] {"2023-03-20", "2023-06-20", "2023-09-20", "2023-12-20"}) {
                b.addVillageAffairsDisclosure(org.fazhi.governance.model.legal.VillageAffairsDisclosure.builder().grassrootsUnitId(v).publishedOn(d(date))
                        .kind(org.fazhi.governance.model.legal.VillageAffairsKind.GENERAL_AFFAIRS).build());
            }
            b.addVillageAffairsDisclosure(org.fazhi.governance.model.legal.VillageAffairsDisclosure.builder().grassrootsUnitId(v).publishedOn(d("2023-12-22"))
                    .kind(org.fazhi.governance.model.legal.VillageAffairsKind.DEMOCRATIC_REVIEW).build());
            for (String date : new String[] {"2023-03-15", "2023-06-15", "2023-09-15", "2023-12-15"}) {
                b.addVillagerMeeting(org.fazhi.governance.model.legal.VillagerRepresentativeMeeting.builder().grassrootsUnitId(v)
                        .heldOn(d(date)).members(30).present(25).inFavour(20).build());
            }
        }
    }
}
