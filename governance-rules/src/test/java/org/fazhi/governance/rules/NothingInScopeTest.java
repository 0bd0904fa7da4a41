package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.docStep;
import static org.fazhi.governance.rules.Townships.step;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a rule finds nothing to judge it says so and names where it looked: NOT_APPLICABLE at the list (or
 * INSUFFICIENT_DATA where the township must have such data), never a silent pass.
 */
class NothingInScopeTest {
    /** An inspection, undecided and not major: outside every case rule but the officer rules (certificates, two officers, shown). */
    private static EnforcementCase inspection() {
        return EnforcementCase.builder().id("c9").kind(CaseKind.INSPECTION).powerItemId("pw2").filedOn(d("2023-06-01"))
                .addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).build())
                .addOfficer(OfficerPresence.builder().officerId("o2").certificateShown(true).build())
                .build();
    }

    /** Every list holds something, but nothing the rules below apply to. */
    private static RuleOfLawRecord outOfScope() {
        RuleOfLawRecord base = clean().build();
        return clean()
                .enforcementCases(List.of(inspection()))
                .majorDecisions(List.of(MajorAdministrativeDecision.builder().id("md9").title("村庄规划编制").catalogued(true)
                        .addStep(step(DecisionStep.LAUNCH, "2023-02-01", null)).build()))
                .normativeDocuments(List.of(NormativeDocument.builder().id("nd9").title("起草中的管理办法")
                        .addStep(docStep(NormativeDocStep.RESEARCH_AND_DRAFTING, "2023-05-04", null)).build()))
                .collectiveMeetings(List.of(base.collectiveMeetings().get(0)))
                .hotlineTickets(List.of(base.hotlineTickets().get(0).withDueOn(Optional.empty())))
                .disputes(List.of(base.disputes().get(1)))
                .informationDisclosures(List.of(base.informationDisclosures().get(0)))
                .build();
    }

    @ParameterizedTest(name = "{0} looks in {1} and finds nothing it applies to")
    @CsvSource({
        "ENF-TOWNSHIP-DELEGATION, /enforcementCases, penalty cases",
        "ENF-FULL-RECORD, /enforcementCases, penalty and coercion cases",
        "ENF-CASE-90D, /enforcementCases, penalty cases",
        "ENF-SERVICE-7D, /enforcementCases, decided penalty cases",
        "ENF-COLLECTIVE-DISCUSSION, /enforcementCases, complex or serious penalty cases",
        "ENF-LEGAL-REVIEW, /enforcementCases, decisions needing legal review",
        "TRS-POST-20WD, /enforcementCases, decided enforcement cases other than licences and penalties",
        "TRS-POST-7WD, /enforcementCases, decided licence and penalty cases",
        "TRS-AV-MANDATORY, /enforcementCases, coercion cases",
        "TRS-LEGAL-REVIEW-SCOPE, /enforcementCases, major enforcement decisions",
        "MAJ-COMMENT-30D, /majorDecisions, major administrative decisions",
        "MAJ-EXPERT, /majorDecisions, major administrative decisions",
        "MAJ-RISK, /majorDecisions, major administrative decisions",
        "MAJ-LEGALITY-FIRST, /majorDecisions, major administrative decisions",
        "MAJ-LEGALITY-7WD, /majorDecisions, major administrative decisions",
        "NORM-COMMENT-7WD, /normativeDocuments, normative documents",
        "NORM-REVIEW-TIME, /normativeDocuments, normative documents",
        "NORM-FILING, /normativeDocuments, normative documents",
        "TZYD-GENERAL-QUORUM, /collectiveMeetings, collective decision meetings",
        "TZYD-DISSENT, /collectiveMeetings, collective decision meetings",
        "HOT-TIMELINESS, /hotlineTickets, hotline tickets with a deadline",
        "DISP-JUDICIAL-CONFIRMATION, /disputes, agreements sent for court confirmation",
        "OPEN-REQUEST-20WD, /informationDisclosures, disclosure requests",
    })
    void a_rule_with_nothing_in_scope_names_the_list_it_looked_in(String ruleId, String list, String subjects) {
        Finding f = only(ruleId, outOfScope(), Outcome.NOT_APPLICABLE);
        assertThat(f.path()).isEqualTo(list);
        assertThat(f.messageEn()).isEqualTo("Not applicable: checked 0 " + subjects);
        assertThat(f.evidence()).containsEntry("checked", "0");
    }

    @Test
    void findings_name_an_entry_by_its_place_in_the_whole_list_not_among_the_entries_in_scope() {
        EnforcementCase late = Townships.penaltyCase().withServedOn(d("2023-05-30"));
        Finding f = onlyFailure("ENF-SERVICE-7D", clean().enforcementCases(List.of(inspection(), late)).build());
        assertThat(f.path()).isEqualTo("/enforcementCases/1/servedOn");
        assertThat(f.subject()).isEqualTo(SubjectRef.of(EnforcementCase.class, "c1"));
    }
    @ParameterizedTest(name = "{0}: {1} at {2}")
    @CsvSource({
        "ENF-TOWNSHIP-DELEGATION, NOT_APPLICABLE, /enforcementCases",
        "ENF-QUALIFIED-OFFICER, NOT_APPLICABLE, /enforcementCases",
        "ENF-TWO-OFFICERS, NOT_APPLICABLE, /enforcementCases",
        "ENF-SHOW-CERT, NOT_APPLICABLE, /enforcementCases",
        "ENF-FULL-RECORD, NOT_APPLICABLE, /enforcementCases",
        "ENF-CASE-90D, NOT_APPLICABLE, /enforcementCases",
        "ENF-SERVICE-7D, NOT_APPLICABLE, /enforcementCases",
        "ENF-COLLECTIVE-DISCUSSION, NOT_APPLICABLE, /enforcementCases",
        "ENF-LEGAL-REVIEW, NOT_APPLICABLE, /enforcementCases",
        "ENF-REVIEWER-QUALIFICATION, NOT_APPLICABLE, /legalReviewers",
        "ENF-RECUSAL, NOT_APPLICABLE, /enforcementCases",
        "ENF-PRIOR-NOTICE, NOT_APPLICABLE, /enforcementCases",
        "ENF-NO-HEAVIER-FOR-DEFENCE, NOT_APPLICABLE, /enforcementCases",
        "ENF-HEARING-RIGHT, NOT_APPLICABLE, /enforcementCases",
        "ENF-HEARING-TIMELINE, NOT_APPLICABLE, /enforcementCases",
        "ENF-DECISION-CONTENT, NOT_APPLICABLE, /enforcementCases",
        "ENF-FINE-COLLECTION, NOT_APPLICABLE, /enforcementCases",
        "ENF-LIMITATION, NOT_APPLICABLE, /enforcementCases",
        "ENF-ON-SPOT-LIMIT, NOT_APPLICABLE, /enforcementCases",
        "ENF-EVIDENCE-PRESERVE-7D, NOT_APPLICABLE, /enforcementCases",
        "ENF-COERCIVE-PROCEDURE, NOT_APPLICABLE, /enforcementCases",
        "ENF-DECISION-DISCLOSURE, NOT_APPLICABLE, /enforcementCases",
        "ENF-PUBLICITY-BASIS, NOT_APPLICABLE, /enforcementPublicity",
        "TRS-PRE-DISCLOSURE, NOT_APPLICABLE, /powerList",
        "TRS-POST-20WD, NOT_APPLICABLE, /enforcementCases",
        "TRS-POST-7WD, NOT_APPLICABLE, /enforcementCases",
        "TRS-AV-MANDATORY, NOT_APPLICABLE, /enforcementCases",
        "TRS-LEGAL-REVIEW-SCOPE, NOT_APPLICABLE, /enforcementCases",
        "TRS-REVIEWER-RATIO, NOT_APPLICABLE, /enforcementOfficers",
        "CERT-TRAINING-60H, NOT_APPLICABLE, /enforcementOfficers",
        "CERT-VALIDITY-REVIEW, NOT_APPLICABLE, /enforcementOfficers",
        "CERT-TRAINING-ASSESSMENT-RATE, NOT_APPLICABLE, /enforcementOfficers",
        "CERT-CADRE-TRAINING, NOT_APPLICABLE, /cadreTrainings",
        "LIST-POWER-RESPONSIBILITY, NOT_APPLICABLE, /powerList",
        "LIST-PUFA-RESPONSIBILITY, NOT_APPLICABLE, /legalEducationList",
        "LIST-8TH-PUFA, INSUFFICIENT_DATA, /legalEducationPlan",
        "GRID-STRUCTURE, NOT_APPLICABLE, /grids",
        "GRID-SIZE, NOT_APPLICABLE, /grids",
        "GRID-COMPREHENSIVE-CENTER, INSUFFICIENT_DATA, /governanceCenters",
        "GRID-XUELIANG, NOT_APPLICABLE, /cameras",
        "GRID-PATROL, NOT_APPLICABLE, /patrols",
        "MAJ-SCOPE-CATALOGUE, NOT_APPLICABLE, /majorDecisions",
        "MAJ-PUBLIC-PARTICIPATION, NOT_APPLICABLE, /majorDecisions",
        "MAJ-COMMENT-30D, NOT_APPLICABLE, /majorDecisions",
        "MAJ-EXPERT, NOT_APPLICABLE, /majorDecisions",
        "MAJ-RISK, NOT_APPLICABLE, /majorDecisions",
        "MAJ-LEGALITY-FIRST, NOT_APPLICABLE, /majorDecisions",
        "MAJ-LEGALITY-7WD, NOT_APPLICABLE, /majorDecisions",
        "MAJ-COLLECTIVE, NOT_APPLICABLE, /majorDecisions",
        "MAJ-PUBLISH, NOT_APPLICABLE, /majorDecisions",
        "MAJ-ORDER, NOT_APPLICABLE, /majorDecisions",
        "MAJ-HEARING, NOT_APPLICABLE, /majorDecisions",
        "MAJ-PARTY-REPORT, NOT_APPLICABLE, /majorDecisions",
        "MAJ-ARCHIVE, NOT_APPLICABLE, /majorDecisions",
        "MAJ-CHANGE, NOT_APPLICABLE, /majorDecisions",
        "NORM-PROCEDURE, NOT_APPLICABLE, /normativeDocuments",
        "NORM-LEGALITY-FIRST, NOT_APPLICABLE, /normativeDocuments",
        "NORM-COMMENT-7WD, NOT_APPLICABLE, /normativeDocuments",
        "NORM-REVIEW-TIME, NOT_APPLICABLE, /normativeDocuments",
        "NORM-FILING, NOT_APPLICABLE, /normativeDocuments",
        "NORM-CLEANUP, NOT_APPLICABLE, /normativeDocuments",
        "NORM-VALIDITY-5Y, NOT_APPLICABLE, /normativeDocuments",
        "NORM-PUBLISH, NOT_APPLICABLE, /normativeDocuments",
        "TZYD-COLLECTIVE, NOT_APPLICABLE, /collectiveMeetings",
        "TZYD-PERSONNEL-QUORUM, NOT_APPLICABLE, /collectiveMeetings",
        "TZYD-GENERAL-QUORUM, NOT_APPLICABLE, /collectiveMeetings",
        "TZYD-DISSENT, NOT_APPLICABLE, /collectiveMeetings",
        "RPT-CONTENT, NOT_APPLICABLE, /report",
        "RPT-PUBLISH-APR1, NOT_APPLICABLE, /report",
        "RPT-UPWARD, NOT_APPLICABLE, /report",
        "RPT-FIRST-RESPONSIBLE, INSUFFICIENT_DATA, /responsibilities",
        "OPEN-PROACTIVE-20WD, NOT_APPLICABLE, /informationDisclosures",
        "OPEN-REQUEST-20WD, NOT_APPLICABLE, /informationDisclosures",
        "OPEN-TOWNSHIP-SCOPE, NOT_APPLICABLE, /disclosureCategoriesArising",
        "OPEN-ANNUAL-REPORT, PASS, /disclosureReportPublishedOn",
        "NPC-REPLY-3M-6M, NOT_APPLICABLE, /deputySuggestions",
        "NPC-REPORT-PUBLIC, NOT_APPLICABLE, /deputySuggestions",
        "NPC-SESSIONS, INSUFFICIENT_DATA, /congressSessions",
        "HOT-ONE-NUMBER, NOT_APPLICABLE, /hotlineTickets",
        "HOT-TIMELINESS, NOT_APPLICABLE, /hotlineTickets",
        "RURAL-LEGAL-LITERATE-3, NOT_APPLICABLE, /ruralLegalPersonnel",
        "RURAL-LEGAL-LITERATE-SELECTION, NOT_APPLICABLE, /ruralLegalPersonnel",
        "RURAL-MODEL-VILLAGE, NOT_APPLICABLE, /modelVillageTitles",
        "RURAL-VILLAGE-LEGAL-ADVISER, NOT_APPLICABLE, /legalAdvisers",
        "RURAL-TOWNSHIP-LEGAL-ADVISER, INSUFFICIENT_DATA, /legalAdvisers",
        "RURAL-VILLAGE-REP-MEETING, NOT_APPLICABLE, /villagerMeetings",
        "RURAL-VILLAGE-AFFAIRS-OPEN, NOT_APPLICABLE, /villageAffairsDisclosures",
        "DISP-MEDIATION-COMMITTEE, INSUFFICIENT_DATA, /mediationCommittees",
        "DISP-VOLUNTARY, NOT_APPLICABLE, /disputes",
        "DISP-JUDICIAL-CONFIRMATION, NOT_APPLICABLE, /disputes",
        "DISP-PETITION-TIMELINES, NOT_APPLICABLE, /petitions",
        "DISP-PINGLI-ROOM, NOT_APPLICABLE, /reasoningRooms",
        "PERMIT-NOTIFY-COMMIT, NOT_APPLICABLE, /notificationCommitmentItems",
        "PERMIT-EXCLUSIONS, NOT_APPLICABLE, /notificationCommitmentItems",
        "LIT-LEADER-APPEARS, NOT_APPLICABLE, /litigations",
        "FIG-PERCENT-DENOMINATOR, NOT_APPLICABLE, /declaredFigures",
        "FIG-PART-TOTAL, NOT_APPLICABLE, /declaredFigures",
        "FIG-APPROXIMATE, NOT_APPLICABLE, /declaredFigures",
        "FIG-ZERO-BASE, NOT_APPLICABLE, /declaredFigures",
        "FIG-UNSUPPORTED-RATE, NOT_APPLICABLE, /declaredFigures",
        "FIG-RECONCILE, NOT_APPLICABLE, /declaredFigures",
    })
    void a_township_with_nothing_recorded_gets_one_finding_per_rule_naming_where_it_looked(String ruleId, Outcome outcome, String path) {
        assertThat(only(ruleId, Townships.reportOnly().build(), outcome).path()).isEqualTo(path);
    }

    @Test
    void the_table_above_covers_every_rule_in_the_catalogue() throws NoSuchMethodException {
        CsvSource table = getClass().getDeclaredMethod("a_township_with_nothing_recorded_gets_one_finding_per_rule_naming_where_it_looked",
                String.class, Outcome.class, String.class).getAnnotation(CsvSource.class);
        assertThat(Arrays.stream(table.value()).map(row -> row.split(",")[0].trim()))
                .containsExactlyElementsOf(GovernanceRules.all().rules().stream().map(r -> r.descriptor().id()).collect(Collectors.toList()));
    }
}
