package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.SatisfactionBase;
import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.governance.model.GrassrootsKind;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalReview;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.enforcement.ReviewTrigger;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.grid.CameraProgramme;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.PatrolVehicle;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.fazhi.governance.model.grid.VehicleKind;
import org.fazhi.governance.model.leadership.GroupMember;
import org.fazhi.governance.model.leadership.GroupPosition;
import org.fazhi.governance.model.leadership.LeadingGroup;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.MemberRank;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.fazhi.governance.model.legal.LegalPublicityEvent;
import org.fazhi.governance.model.legal.Mediator;
import org.fazhi.governance.model.legal.MediatorKind;
import org.fazhi.governance.model.legal.PublicityTheme;
import org.fazhi.governance.model.legal.ReasoningRoom;
import org.fazhi.governance.model.legal.ReasoningRoomMember;
import org.fazhi.governance.model.legal.ReasoningRoomMemberKind;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.RuralLegalRole;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.SatisfactionLevel;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

/** Worked example: a township with varied data, every indicator's value derived by hand. */
class VariedTownshipIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    static RuleOfLawRecord varied() {
        RuleOfLawRecord clean = TownshipsAccess.clean();
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().from(clean)
                .unit(clean.unit().withGrassrootsUnits(List.of(clean.unit().grassrootsUnits().get(0), clean.unit().grassrootsUnits().get(1),
                        GrassrootsUnit.builder().id("v3").name("南村").kind(GrassrootsKind.VILLAGE).build())));
        // hotline: t1 (responded, closed, satisfied) + t2 responded open, t3 closed basically satisfied, t4 responded closed dissatisfied disputed, t5 closed unrated
        b.addHotlineTicket(HotlineTicket.builder().id("t2").channel("12345").receivedOn(d("2023-06-01")).respondedOn(d("2023-06-01")).build());
        b.addHotlineTicket(HotlineTicket.builder().id("t3").channel("12345").receivedOn(d("2023-06-02")).closedOn(d("2023-06-05"))
                .rating(SatisfactionLevel.BASICALLY_SATISFIED).build());
        b.addHotlineTicket(HotlineTicket.builder().id("t4").channel("12345").receivedOn(d("2023-06-03")).respondedOn(d("2023-06-03"))
                .closedOn(d("2023-06-06")).rating(SatisfactionLevel.DISSATISFIED).disputed(true).build());
        b.addHotlineTicket(HotlineTicket.builder().id("t5").channel("12345").receivedOn(d("2023-06-04")).closedOn(d("2023-06-07")).build());
        // deputies: s1 on time satisfied; s2 late, no feedback; s3 unanswered, dissatisfied
        b.addDeputySuggestion(DeputySuggestion.builder().id("s2").subject("村道").assignedOn(d("2023-03-10")).repliedOn(d("2023-08-01")).build());
        b.addDeputySuggestion(DeputySuggestion.builder().id("s3").subject("路灯").assignedOn(d("2023-09-01"))
                .deputyFeedback(SatisfactionLevel.DISSATISFIED).build());
        // officers: o3 part-time, certificate expired, only political training
        b.addEnforcementOfficer(EnforcementOfficer.builder().id("o3").personId("p3").fullTime(false)
                .addCertificate(EnforcementCertificate.builder().number("X").issuer("省政府").validFrom(d("2021-01-01")).validUntil(d("2023-06-30"))
                        .status(CertificateStatus.VALID).build()).build());
        b.addTrainingRecord(TrainingRecord.builder().officerId("o3").trainedOn(d("2023-05-01")).classHours(BigDecimal.TEN)
                .category(TrainingCategory.POLITICAL).assessed(true).passed(true).build());
        // cases: c3 decided, undisclosed, partly recorded, reviewed after the decision; c4 undecided, fully recorded so far
        b.addEnforcementCase(EnforcementCase.builder().id("c3").kind(CaseKind.PENALTY).powerItemId("pw1").filedOn(d("2023-07-01"))
                .decidedOn(d("2023-07-20")).addReviewTrigger(ReviewTrigger.COMPLEX_MULTIPLE_RELATIONS)
                .legalReview(LegalReview.builder().reviewerId("r1").reviewedOn(d("2023-07-21")).result(ReviewResult.PASSED).build())
                .addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).build())
                .addRecording(ProcessRecording.builder().step(CaseStep.INITIATION).written(true).audioVideo(false).build()).build());
        b.addEnforcementCase(EnforcementCase.builder().id("c4").kind(CaseKind.INSPECTION).powerItemId("pw1").filedOn(d("2023-11-01"))
                .addRecording(ProcessRecording.builder().step(CaseStep.INITIATION).written(true).audioVideo(false).build())
                .addRecording(ProcessRecording.builder().step(CaseStep.INVESTIGATION).written(false).audioVideo(true).build()).build());
        // disputes: d3 failed, d4 pending
        b.addDispute(Dispute.builder().id("d3").screenedOn(d("2023-08-01")).outcome(DisputeOutcome.MEDIATION_FAILED).build());
        b.addDispute(Dispute.builder().id("d4").screenedOn(d("2023-09-01")).outcome(DisputeOutcome.PENDING).build());
        // coverage: adviser only v1 (+ township); rooms in all three villages; centres v1, v2; literate v1 4, v2 3, v3 2; one leader in v3
        b.legalAdvisers(List.of(clean.legalAdvisers().get(0).withGrassrootsUnitIds("v1")));
        b.addReasoningRoom(ReasoningRoom.builder().id("room3").name("南村评理室").grassrootsUnitId("v3")
                .addMember(ReasoningRoomMember.builder().name("老李").kind(ReasoningRoomMemberKind.RETIRED_TEACHER).build())
                .addMember(ReasoningRoomMember.builder().name("老王").kind(ReasoningRoomMemberKind.LOCAL_WORTHY).build()).build());
        b.addRuralLegalPersonnel(RuralLegalPerson.builder().grassrootsUnitId("v1").role(RuralLegalRole.LEGALLY_LITERATE_VILLAGER).build());
        b.addRuralLegalPersonnel(RuralLegalPerson.builder().grassrootsUnitId("v3").role(RuralLegalRole.LEGALLY_LITERATE_VILLAGER).build());
        b.addRuralLegalPersonnel(RuralLegalPerson.builder().grassrootsUnitId("v3").role(RuralLegalRole.LEGALLY_LITERATE_VILLAGER).build());
        b.addRuralLegalPersonnel(RuralLegalPerson.builder().grassrootsUnitId("v3").role(RuralLegalRole.RULE_OF_LAW_LEADER).build());
        // cameras: 3 public-area + caring-eye offline network, scenic out of order, 2 police-area
        b.addCamera(SurveillanceCamera.builder().id("cam3").programme(CameraProgramme.CARING_EYE).networked(false).build());
        b.addCamera(SurveillanceCamera.builder().id("cam4").programme(CameraProgramme.SCENIC_AREA).operational(false).build());
        b.addCamera(SurveillanceCamera.builder().id("cam5").programme(CameraProgramme.POLICE_STATION_AREA).build());
        b.addCamera(SurveillanceCamera.builder().id("cam6").programme(CameraProgramme.POLICE_STATION_AREA).build());
        b.addPatrolVehicle(PatrolVehicle.builder().id("car1").kind(VehicleKind.CAR).build());
        b.addPatrolVehicle(PatrolVehicle.builder().id("m1").kind(VehicleKind.MOTORCYCLE).build());
        b.addPatrolVehicle(PatrolVehicle.builder().id("m2").kind(VehicleKind.MOTORCYCLE).build());
        b.addMediator(Mediator.builder().id("me1").personId("p4").kind(MediatorKind.LOCAL_WORTHY).build());
        b.addMediator(Mediator.builder().id("me2").personId("p5").kind(MediatorKind.PEOPLES_MEDIATOR).build());
        for (int i = 0; i < 3; i++) {
            b.addLegalPublicityEvent(LegalPublicityEvent.builder().heldOn(d("2023-06-26")).theme(PublicityTheme.DRUG_CONTROL).title("禁毒宣传" + i).build());
        }
        b.addLeadingGroup(LeadingGroup.builder().id("lg").kind(LeadingGroupKind.ENFORCEMENT_COORDINATION).name("执法协调小组")
                .addMember(GroupMember.builder().personId("p1").position(GroupPosition.HEAD).rank(MemberRank.LEADERSHIP).build())
                .addMember(GroupMember.builder().personId("p2").position(GroupPosition.DEPUTY_HEAD).rank(MemberRank.LEADERSHIP).build())
                .addMember(GroupMember.builder().personId("p3").position(GroupPosition.MEMBER).rank(MemberRank.CADRE).build()).build());
        // grids: six more roles and a level-3 grid
        b.addGrid(Grid.builder().id("g1-1-1").name("东村一组一片").level(3).parentId("g1-1").build());
        b.addGridAssignment(GridAssignment.builder().gridId("g1").personId("p5").role(GridRole.GRID_LEADER).build());
        b.addGridAssignment(GridAssignment.builder().gridId("g1-1").personId("p6").role(GridRole.GRID_VOLUNTEER).build());
        b.addGridAssignment(GridAssignment.builder().gridId("g2").personId("p5").role(GridRole.FULL_TIME_GRID_WORKER).build());
        b.addGridAssignment(GridAssignment.builder().gridId("g2-1").personId("p3").role(GridRole.PARTY_GROUP_DEPUTY_LEADER).build());
        b.addGridAssignment(GridAssignment.builder().gridId("g1-1").personId("p4").role(GridRole.PARTY_MEMBER_BUILDING_CAPTAIN).build());
        b.addGridAssignment(GridAssignment.builder().gridId("g2-1").personId("p6").role(GridRole.PART_TIME_GRID_WORKER).build());
        return b.build();
    }

    @Test
    void every_indicator_of_the_varied_township_as_worked_out_by_hand() {
        IndicatorSheet s = Indicators.sheet(varied(), AS_OF);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("unit.villageCount", "3");
        expected.put("grid.level1Count", "2");
        expected.put("grid.level2Count", "2");
        expected.put("grid.level2PerLevel1", "1.00");
        expected.put("grid.leaderFilledRate", "100.00%");
        expected.put("grid.staff.gridLeader", "1");
        expected.put("grid.staff.partyBranchSecretary", "2");
        expected.put("grid.staff.partyGroupLeader", "2");
        expected.put("grid.staff.partyGroupDeputyLeader", "1");
        expected.put("grid.staff.fullTimeGridWorker", "1");
        expected.put("grid.staff.partyMemberBuildingCaptain", "1");
        expected.put("grid.staff.partTimeGridWorker", "1");
        expected.put("grid.staff.gridVolunteer", "1");
        expected.put("grid.staffTotal", "10");
        expected.put("enforcementCoordinationGroup.leaders", "2");
        expected.put("enforcementCoordinationGroup.cadres", "1");
        expected.put("hotline.ticketsHandled", "5");
        expected.put("hotline.responded", "3");
        expected.put("hotline.closed", "4");
        expected.put("hotline.rated", "3");
        expected.put("hotline.satisfied", "2");
        expected.put("hotline.responseRate", "60.00%");
        expected.put("hotline.closureRate", "80.00%");
        expected.put("hotline.satisfactionRate", "66.67%");
        expected.put("npc.suggestions", "3");
        expected.put("npc.completionRate", "66.67%");
        expected.put("npc.onTimeReplyRate", "33.33%");
        expected.put("npc.satisfactionRate", "50.00%");
        expected.put("enforcement.officers", "3");
        expected.put("enforcement.fullTimeOfficers", "2");
        expected.put("enforcement.certifiedRate", "66.67%");
        expected.put("enforcement.trainingAssessmentRate", "100.00%");
        expected.put("enforcement.trainingHoursPerOfficer", "42.67");
        expected.put("enforcement.legalReviewers", "1");
        expected.put("enforcement.reviewersPerOfficer", "0.33");
        expected.put("enforcement.cases", "4");
        expected.put("enforcement.disclosureRate", "66.67%");
        expected.put("enforcement.recordingRate", "75.00%");
        expected.put("enforcement.legalReviewRate", "50.00%");
        // the lifecycle of c1 (hearing procedure, all on file), c2 (seizure), c3 (penalty, procedure unstated, no notice, unpublished), c4 (inspection, undecided)
        expected.put("enforcement.casesFiled", "2");
        expected.put("enforcement.casesSummary", "0");
        expected.put("enforcement.casesGeneral", "1");
        expected.put("enforcement.casesDecided", "3");
        expected.put("enforcement.casesServed", "2");
        expected.put("enforcement.casesClosed", "1");
        expected.put("enforcement.casesArchived", "1");
        expected.put("enforcement.priorNoticeRate", "50.00%");
        expected.put("enforcement.hearingsRequested", "1");
        expected.put("enforcement.hearingsHeld", "1");
        expected.put("enforcement.hearingRate", "100.00%");
        expected.put("enforcement.onTimeDecisionRate", "100.00%");
        expected.put("enforcement.finesYuan", "50000.00");
        expected.put("enforcement.finesCollectedYuan", "50000.00");
        expected.put("enforcement.disclosedOnTimeRate", "66.67%");
        expected.put("enforcement.correctedOnReconsideration", "0");
        expected.put("enforcement.correctedInCourt", "0");
        expected.put("enforcement.correctionRate", "0.00%");
        expected.put("disputes.screened", "4");
        expected.put("disputes.mediatedSuccessfully", "2");
        expected.put("disputes.mediationSuccessRate", "50.00%");
        expected.put("legalAdvisers.villagesCovered", "1");
        expected.put("coverage.legalAdviserVillages", "33.33%");
        expected.put("legalAdvisers.townshipCovered", "1");
        expected.put("coverage.reasoningRoomVillages", "100.00%");
        expected.put("reasoningRooms.count", "4");
        expected.put("reasoningRooms.members", "2");
        expected.put("safety.villageGovernanceCenters", "2");
        expected.put("coverage.governanceCentreVillages", "66.67%");
        expected.put("coverage.legallyLiterateVillages", "66.67%");
        expected.put("rural.legalPersonnel", "10");
        expected.put("publicity.campaigns", "3");
        expected.put("cameras.publicAreaSafety", "3");
        expected.put("cameras.caringEye", "1");
        expected.put("cameras.policeStationArea", "2");
        expected.put("cameras.scenicArea", "1");
        expected.put("cameras.total", "7");
        expected.put("cameras.networkedRate", "85.71%");
        expected.put("patrol.perWeek", "2.00");
        expected.put("patrol.cars", "1");
        expected.put("patrol.motorcycles", "2");
        expected.put("mediation.localWorthyMediators", "1");
        Map<String, String> actual = new LinkedHashMap<>();
        s.results().forEach(r -> actual.put(r.id(), r.display()));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(s.tally().get(Count.GRIDS_DEEPER)).isEqualTo(1);
        assertThat(s.tally().get(Count.HOTLINE_DISPUTED)).isEqualTo(1);
        assertThat(s.tally().get(Count.HOTLINE_BASICALLY_SATISFIED)).isEqualTo(1);
        assertThat(s.tally().get(Count.CAMERAS_OPERATIONAL)).isEqualTo(6);
        assertThat(s.tally().get(Count.MEDIATORS)).isEqualTo(2);
        assertThat(s.tally().get(Count.RULE_OF_LAW_LEADERS)).isEqualTo(1);
        assertThat(s.tally().get(Count.OFFICERS_CERTIFIED)).isEqualTo(2);
        assertThat(s.tally().get(Count.NPC_WITH_FEEDBACK)).isEqualTo(2);
    }

    @Test
    void the_strict_satisfaction_definitions_change_the_rate() {
        RuleOfLawRecord r = varied();
        CheckContext strict = CheckContext.of(AS_OF).withBasicallySatisfiedCounts(false);
        assertThat(Indicators.sheet(r, strict)
                .get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("33.33%");
        assertThat(Indicators.sheet(r, strict)
                .get(Indicator.NPC_SATISFACTION_RATE).display()).isEqualTo("50.00%");
        assertThat(Indicators.sheet(r, CheckContext.of(AS_OF).withSatisfactionBase(SatisfactionBase.CLOSED)).get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("50.00%");
        assertThat(Optional.of(Indicators.sheet(r, AS_OF).get(Indicator.TRAINING_ASSESSMENT_RATE).target())).contains(Optional.of(new BigDecimal("100")));
    }
}
