package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.ReportPart;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.leadership.LeadingGroup;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.ResponsibilityAssignment;
import org.fazhi.governance.model.leadership.ResponsibilityRole;
import org.junit.jupiter.api.Test;

/** RPT rules: the annual report. */
class AnnualReportRulesTest {
    private static ReportPublication report() {
        return clean().build().report().orElseThrow();
    }

    @Test
    void rpt_content_needs_the_four_substantive_parts() {
        assertPasses("RPT-CONTENT", clean().build());
        assertOnlyFailure("RPT-CONTENT",
                clean().report(report().withPartsPresent(ReportPart.MEASURES_AND_RESULTS, ReportPart.NEXT_YEAR_PLAN)).build())
                .at("/report/partsPresent")
                .saysZh("示范乡 2023 年度报告缺少：存在的不足和原因、党政主要负责人履行第一责任人职责情况");
    }

    @Test
    void rpt_published_before_1_april() {
        assertPasses("RPT-PUBLISH-APR1", clean().build());
        assertOnlyFailure("RPT-PUBLISH-APR1", clean().report(report().withPublishedOn(d("2024-05-06"))).build())
                .saysEn("the 2023 report was published on 2024-05-06; it was due before 2024-04-01");
        Finding unknown = only("RPT-PUBLISH-APR1", clean().report(report().withPublishedOn(Optional.empty())).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(unknown.messageEn()).isEqualTo("Insufficient data: no publication date is recorded; the 2023 report is due before 2024-04-01");
    }

    @Test
    void rpt_reported_upward() {
        assertPasses("RPT-UPWARD", clean().build());
        assertThat(onlyFailure("RPT-UPWARD", clean().report(report().withReportedUpwardOn(d("2024-03-15"))).build()).messageEn())
                .isEqualTo("the 2023 report reached the next level only on 2024-03-15 (due 2024-03-01 of the next year)");
    }

    @Test
    void rpt_first_responsible_persons_named() {
        assertPasses("RPT-FIRST-RESPONSIBLE", clean().build());
        List<ResponsibilityAssignment> onlySecretary = clean().build().responsibilities().subList(0, 1);
        assertOnlyFailure("RPT-FIRST-RESPONSIBLE", clean().responsibilities(onlySecretary).build())
                .saysEn("示范乡 has not named its head of government as first responsible person for rule-of-law work");
    }

    private static LeadingGroup ruleOfLawGroup(boolean ledByPrincipals) {
        return LeadingGroup.builder().id("lg1").kind(LeadingGroupKind.RULE_OF_LAW).name("法治建设领导小组").ledByPrincipalLeaders(ledByPrincipals).build();
    }

    @Test
    void rpt_a_leading_group_headed_by_the_principal_leaders_stands_in_for_unrecorded_assignments() {
        Finding f = only("RPT-FIRST-RESPONSIBLE", clean().responsibilities(List.of()).addLeadingGroup(ruleOfLawGroup(true)).build(), Outcome.PASS);
        assertThat(f.path()).isEqualTo("/leadingGroups");
        assertThat(f.evidence()).containsEntry("source", "rule-of-law leading group led by the principal leaders");
        assertThat(only("RPT-FIRST-RESPONSIBLE", clean().responsibilities(List.of()).addLeadingGroup(ruleOfLawGroup(false)).build(),
                Outcome.INSUFFICIENT_DATA).messageEn()).as("a record silent on the duty is undecided, not failed (issue 13)")
                .isEqualTo("Insufficient data: the record does not say who the first responsible persons for rule-of-law work are, "
                        + "so this cannot be checked");
        List<ResponsibilityAssignment> onlySecretary = clean().build().responsibilities().subList(0, 1);
        assertThat(onlyFailure("RPT-FIRST-RESPONSIBLE", clean().responsibilities(onlySecretary).addLeadingGroup(ruleOfLawGroup(true)).build())
                .messageZh()).as("recorded assignments that leave out a principal are not overridden").isEqualTo("示范乡 没有明确乡（镇）长为法治建设第一责任人");
        assertThat(onlyFailure("RPT-FIRST-RESPONSIBLE", clean().responsibilities(List.of(onlySecretary.get(0).withRole(ResponsibilityRole.LEADER_IN_CHARGE),
                clean().build().responsibilities().get(1))).build()).messageEn())
                .as("a Party secretary with another role is not named first responsible")
                .isEqualTo("示范乡 has not named its Party secretary as first responsible person for rule-of-law work");
    }
}
