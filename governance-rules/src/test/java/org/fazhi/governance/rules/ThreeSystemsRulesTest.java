package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.penaltyCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Test;

/** TRS rules (国办发〔2018〕118号): pass and fail specifications. */
class ThreeSystemsRulesTest {
    @Test
    void pre_disclosure_fails_for_an_unpublished_item() {
        assertPasses("TRS-PRE-DISCLOSURE", clean().build()); // the clean township passes for published items
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().powerList(List.of(base.powerList().get(0),
                base.powerList().get(1).withPublishedOn(Optional.empty()))).build();
        assertOnlyFailure("TRS-PRE-DISCLOSURE", r).at("/powerList/1/publishedOn")
                .saysZh("权责清单事项 pw2（查封违法建设施工工具）未向社会公开")
                .saysEn("power-list item pw2 (查封违法建设施工工具) was not published");
    }

    @Test
    void post_20_working_days_fails_when_published_late() {
        assertPasses("TRS-POST-20WD", clean().build()); // the clean township passes when published in time
        EnforcementCase late = coercionCase().withDisclosures(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION)
                .publishedOn(LocalDate.of(2023, 7, 10)).build());
        assertOnlyFailure("TRS-POST-20WD", clean().enforcementCases(List.of(penaltyCase(), late)).build())
                .at("/enforcementCases/1/disclosures")
                .saysEn("case c2 was decided on 2023-06-01 and was published on 2023-07-10, beyond 20 working days "
                        + "(2023-06-30)");
    }

    @Test
    void post_7_working_days_fails_when_a_penalty_is_never_published() {
        assertPasses("TRS-POST-7WD", clean().build()); // the clean township passes for a penalty published in 3
        EnforcementCase unpublished = penaltyCase().withDisclosures(List.of());
        Finding f = onlyFailure("TRS-POST-7WD", clean().enforcementCases(List.of(unpublished, coercionCase())).build());
        assertThat(f.path()).isEqualTo("/enforcementCases/0/disclosures");
        assertThat(f.messageZh()).isEqualTo("案件 c1 于 2023-04-03 作出决定，至 2023-12-31 仍未公开，超过 7 个工作日（截止 2023-04-13）");  // 04-05 清明
    }

    @Test
    void an_unpublished_penalty_is_one_finding_of_the_7_day_rule_which_the_20_day_rule_cites() {
        RuleOfLawRecord r = clean().enforcementCases(List.of(penaltyCase().withDisclosures(List.of()), coercionCase())).build();
        List<Finding> twenty = RuleAssertions.findings("TRS-POST-20WD", r);
        assertThat(twenty).extracting(Finding::outcome).containsExactlyInAnyOrder(Outcome.NOT_APPLICABLE, Outcome.PASS);
        Finding cited = twenty.stream().filter(x -> x.outcome() == Outcome.NOT_APPLICABLE).findFirst().orElseThrow();
        assertThat(cited.path()).isEqualTo("/enforcementCases/0/disclosures");
        assertThat(cited.messageZh()).isEqualTo("不重复报告：此事实由 TRS-POST-7WD 报告（行政处罚决定适用更短的公开期限）");
        assertThat(cited.messageEn()).isEqualTo("Not repeated: TRS-POST-7WD reports this fact (administrative penalty decisions have the shorter publication deadline)");
        assertThat(onlyFailure("TRS-POST-7WD", r).path()).isEqualTo("/enforcementCases/0/disclosures");
        assertThat(GovernanceRules.all().evaluate(r, Townships.CONTEXT).failures()).extracting(Finding::ruleId).containsExactly("TRS-POST-7WD");
    }

    @Test
    void audio_video_fails_when_the_seizure_is_only_written_down() {
        // the clean township passes when every coercive step is filmed
        assertPasses("TRS-AV-MANDATORY", clean().build());
        EnforcementCase written = coercionCase().withRecordings(Townships.allSteps().stream()
                .map(x -> x.step() == CaseStep.INVESTIGATION ? ProcessRecording.builder().from(x).audioVideo(false).build() : x)
                .toArray(ProcessRecording[]::new));
        assertOnlyFailure("TRS-AV-MANDATORY", clean().enforcementCases(List.of(penaltyCase(), written)).build())
                .at("/enforcementCases/1/recordings")
                .saysEn("coercion case c2 has no audio/video record of: investigation and evidence");
    }

    @Test
    void legal_review_scope_fails_for_an_unreviewed_major_decision() {
        // the clean township passes for a reviewed major decision
        assertPasses("TRS-LEGAL-REVIEW-SCOPE", clean().build());
        EnforcementCase major = coercionCase().withMajor(true);
        assertOnlyFailure("TRS-LEGAL-REVIEW-SCOPE", clean().enforcementCases(List.of(penaltyCase(), major)).build())
                .at("/enforcementCases/1/legalReview")
                .saysZh("重大执法决定 c2 没有通过的法制审核记录");
    }

    @Test
    void reviewer_ratio_rounds_up_and_fails_with_one_reviewer_for_21_officers() {
        // the clean township passes with one reviewer for two officers
        assertPasses("TRS-REVIEWER-RATIO", clean().build());
        RuleOfLawRecord.Builder b = clean();
        for (int i = 3; i <= 21; i++) {
            b.addPerson(org.fazhi.governance.model.Person.builder().id("x" + i).name("执法员" + i).build());
            b.addEnforcementOfficer(Townships.officer("o" + i, "x" + i));
        }
        assertOnlyFailure("TRS-REVIEWER-RATIO", b.build()).at("/legalReviewers")
                .saysEn("1 legal reviewer(s) is fewer than 5% of 21 officers (at least 2 needed)");
    }

    @Test
    void reviewer_ratio_is_decided_from_declared_totals_when_no_details_exist() {
        RuleOfLawRecord r = clean().enforcementOfficers(List.of()).trainingRecords(List.of()).enforcementCases(List.of())
                .legalReviewers(List.<LegalReviewer>of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS, 3, "配备专职行政执法人员 3 名"))
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS, 1, "法治审核人员 1 名"))
                .build();
        Finding f = only("TRS-REVIEWER-RATIO", r, Outcome.PASS);
        assertThat(f.evidence()).containsEntry("source", "declared").containsEntry("required", "1");
    }
}
