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
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
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

    static EnforcementCase penaltyCase() {
        return EnforcementCase.builder().id("c1").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.ORDINARY)
                .addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).build())
                .addOfficer(OfficerPresence.builder().officerId("o2").certificateShown(true).build())
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

    static EnforcementCase coercionCase() {
        return EnforcementCase.builder().id("c2").kind(CaseKind.COERCIVE_MEASURE).powerItemId("pw2")
                .addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).build())
                .addOfficer(OfficerPresence.builder().officerId("o2").certificateShown(true).build())
                .filedOn(LocalDate.of(2023, 6, 1)).decidedOn(LocalDate.of(2023, 6, 1)).servedOn(LocalDate.of(2023, 6, 2))
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(LocalDate.of(2023, 6, 5)).build())
                .addAllRecordings(allSteps())
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
        return EnforcementOfficer.builder().id(id).personId(person)
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
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().unit(unit).year(2023);
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
        return b;
    }
}
