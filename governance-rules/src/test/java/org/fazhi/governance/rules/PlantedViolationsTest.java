package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.penaltyCase;
import static org.fazhi.governance.rules.Townships.training;

import java.util.EnumSet;
import java.util.List;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.ReportPart;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.service.ExclusionCategory;
import org.junit.jupiter.api.Test;

/** A detailed synthetic township with one planted violation per rule group yields exactly those violations. */
class PlantedViolationsTest {
    @Test
    void every_planted_violation_is_found_and_nothing_else() {
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord planted = clean()
                // ENF: case c1 with one officer
                .enforcementCases(List.of(
                        penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build()),
                        // TRS: coercion decision published 2023-07-10, beyond 20 working days
                        coercionCase().withDisclosures(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(d("2023-07-10")).build())))
                // CERT: o2 has only 40 hours of legal training
                .trainingRecords(List.of(training("o1", "2023-03-10", 64, TrainingCategory.LEGAL), training("o2", "2023-03-10", 40, TrainingCategory.LEGAL)))
                // LIST: pw2 lists no duties
                .powerList(List.of(base.powerList().get(0), base.powerList().get(1).withDuties(List.of())))
                // GRID: one camera offline
                .cameras(List.of(base.cameras().get(0), base.cameras().get(1), base.cameras().get(2).withOperational(false).withNetworked(true)))
                // MAJ: no risk assessment although risk is present
                .majorDecisions(List.of(base.majorDecisions().get(0).withSteps(base.majorDecisions().get(0).steps().stream()
                        .filter(s -> s.step() != DecisionStep.RISK_ASSESSMENT).collect(java.util.stream.Collectors.toList()))))
                // TZYD: fund decision by circulating papers
                .collectiveMeetings(List.of(base.collectiveMeetings().get(0), base.collectiveMeetings().get(1).withDecidedByCirculation(true)))
                // RPT: no shortcomings section
                .report(base.report().get().withPartsPresent(EnumSet.complementOf(EnumSet.of(ReportPart.SHORTCOMINGS_AND_CAUSES))))
                // OPEN: budget published late
                .informationDisclosures(List.of(base.informationDisclosures().get(0).withCompletedOn(d("2023-04-20")), base.informationDisclosures().get(1),
                        base.informationDisclosures().get(2)))
                // NPC: handling not public
                .deputySuggestions(List.of(base.deputySuggestions().get(0).withHandlingPublished(false)))
                // HOT: a ticket through 8890
                .hotlineTickets(List.of(base.hotlineTickets().get(0), base.hotlineTickets().get(0).withId("t2").withChannel("8890")))
                // RURAL: adviser serves v1 only
                .legalAdvisers(List.of(base.legalAdvisers().get(0).withGrassrootsUnitIds("v1")))
                // DISP: committee of 2
                .mediationCommittees(List.of(base.mediationCommittees().get(0), base.mediationCommittees().get(1).withMembers(2)))
                // PERMIT: excluded matter
                .notificationCommitmentItems(List.of(base.notificationCommitmentItems().get(0).withExclusionsTouched(ExclusionCategory.PUBLIC_SAFETY)))
                // LIT: nobody in court
                .litigations(List.of(base.litigations().get(0).withLeaderAppeared(false)))
                // FIG: a part above its total
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.DISPUTES_SCREENED, 2, "排查矛盾纠纷 2 起"))
                .addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.count(StandardFigures.DISPUTES_MEDIATED_SUCCESSFULLY, 3, "调解成功 3 起"))
                        .partOf(StandardFigures.DISPUTES_SCREENED).build())
                .build();
        CheckReport report = GovernanceRules.all().evaluate(planted, Townships.CONTEXT);
        assertThat(report.failures()).extracting(Finding::ruleId, Finding::path).containsExactlyInAnyOrder(
                tuple("ENF-TWO-OFFICERS", "/enforcementCases/0/officers"),
                tuple("TRS-POST-20WD", "/enforcementCases/1/disclosures"),
                tuple("CERT-TRAINING-60H", "/enforcementOfficers/1"),
                tuple("LIST-POWER-RESPONSIBILITY", "/powerList/1/duties"),
                tuple("GRID-XUELIANG", "/cameras"),
                tuple("MAJ-RISK", "/majorDecisions/0/steps"),
                tuple("TZYD-COLLECTIVE", "/collectiveMeetings/1"),
                tuple("RPT-CONTENT", "/report/partsPresent"),
                tuple("OPEN-PROACTIVE-20WD", "/informationDisclosures/0/completedOn"),
                tuple("NPC-REPORT-PUBLIC", "/deputySuggestions/0/handlingPublished"),
                tuple("HOT-ONE-NUMBER", "/hotlineTickets"),
                tuple("RURAL-VILLAGE-LEGAL-ADVISER", "/unit/grassrootsUnits/1"),
                tuple("DISP-MEDIATION-COMMITTEE", "/mediationCommittees/1/members"),
                tuple("PERMIT-EXCLUSIONS", "/notificationCommitmentItems/0/exclusionsTouched"),
                tuple("LIT-LEADER-APPEARS", "/litigations/0/leaderAppeared"),
                tuple("FIG-PART-TOTAL", "/declaredFigures/0"),
                tuple("FIG-RECONCILE", "/declaredFigures/1"));
    }
}
