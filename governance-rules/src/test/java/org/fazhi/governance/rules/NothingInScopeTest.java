package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.docStep;
import static org.fazhi.governance.rules.Townships.step;

import java.util.List;
import java.util.Optional;
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
 * A record whose lists hold entries, none of which a rule applies to: the rule says NOT_APPLICABLE and names the
 * list it looked in, rather than passing or staying silent.
 */
class NothingInScopeTest {
    /** An inspection, undecided and not major: outside every case rule but the officer rules. */
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
        "ENF-TWO-OFFICERS, /enforcementCases, penalty and coercion cases",
        "ENF-FULL-RECORD, /enforcementCases, penalty and coercion cases",
        "ENF-CASE-90D, /enforcementCases, penalty cases",
        "ENF-SERVICE-7D, /enforcementCases, decided penalty cases",
        "ENF-COLLECTIVE-DISCUSSION, /enforcementCases, complex or serious penalty cases",
        "ENF-LEGAL-REVIEW, /enforcementCases, decisions needing legal review",
        "TRS-POST-20WD, /enforcementCases, decided enforcement cases",
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
        assertThat(f.subject()).isEqualTo(SubjectRef.of("EnforcementCase", "c1"));
    }
}
