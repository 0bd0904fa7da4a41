package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.ReportPart;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.fazhi.governance.model.decision.InformationDisclosure;
import org.fazhi.governance.model.leadership.LeadingGroup;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.ResponsibilityAssignment;
import org.fazhi.governance.model.leadership.ResponsibilityRole;
import org.fazhi.governance.model.service.HotlineTicket;
import org.junit.jupiter.api.Test;

/** RPT, OPEN, NPC and HOT rules. */
class ReportingRulesTest {
    private static ReportPublication report() {
        return clean().build().report().orElseThrow();
    }

    @Test
    void rpt_content_needs_the_four_substantive_parts() {
        assertPasses("RPT-CONTENT", clean().build());
        Finding f = onlyFailure("RPT-CONTENT", clean().report(report().withPartsPresent(ReportPart.MEASURES_AND_RESULTS, ReportPart.NEXT_YEAR_PLAN)).build());
        assertThat(f.path()).isEqualTo("/report/partsPresent");
        assertThat(f.messageZh()).isEqualTo("示范乡 2023 年度报告缺少：存在的不足和原因、党政主要负责人履行第一责任人职责情况");
    }

    @Test
    void rpt_published_before_1_april() {
        assertPasses("RPT-PUBLISH-APR1", clean().build());
        Finding f = onlyFailure("RPT-PUBLISH-APR1", clean().report(report().withPublishedOn(d("2024-05-06"))).build());
        assertThat(f.messageEn()).isEqualTo("the 2023 report was published on 2024-05-06; it was due before 2024-04-01");
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
        Finding f = onlyFailure("RPT-FIRST-RESPONSIBLE", clean().responsibilities(onlySecretary).build());
        assertThat(f.messageEn()).isEqualTo("示范乡 has not named its head of government as first responsible person for rule-of-law work");
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

    private static RuleOfLawRecord disclosures(InformationDisclosure proactive, InformationDisclosure request) {
        return clean().informationDisclosures(List.of(proactive, request)).build();
    }

    @Test
    void open_proactive_within_20_working_days() {
        assertPasses("OPEN-PROACTIVE-20WD", clean().build());
        List<InformationDisclosure> x = clean().build().informationDisclosures();
        Finding f = onlyFailure("OPEN-PROACTIVE-20WD", disclosures(x.get(0).withCompletedOn(d("2023-04-20")), x.get(1)));
        assertThat(f.path()).isEqualTo("/informationDisclosures/0/completedOn");
        assertThat(f.messageEn()).isEqualTo("information i1 (2023年财政预算) was formed on 2023-03-01 and was answered or published on 2023-04-20, "
                + "beyond 20 working days (2023-03-29)");
    }

    @Test
    void open_requests_within_20_working_days_or_40_when_extended() {
        assertPasses("OPEN-REQUEST-20WD", clean().build());
        List<InformationDisclosure> x = clean().build().informationDisclosures();
        InformationDisclosure late = x.get(1).withCompletedOn(d("2023-07-20"));
        assertThat(onlyFailure("OPEN-REQUEST-20WD", disclosures(x.get(0), late)).messageZh())
                .isEqualTo("公开申请 i2（宅基地审批信息）于 2023-06-01 收到，2023-07-20 才公开或答复，超过 20 个工作日（截止 2023-06-30）");  // 端午 06-22..24, 06-25 调休上班
        assertPasses("OPEN-REQUEST-20WD", disclosures(x.get(0), late.withExtended(true)));
    }

    @Test
    void npc_reply_within_three_months() {
        assertPasses("NPC-REPLY-3M-6M", clean().build());
        DeputySuggestion s = clean().build().deputySuggestions().get(0);
        Finding f = onlyFailure("NPC-REPLY-3M-6M", clean().deputySuggestions(List.of(s.withRepliedOn(d("2023-08-01")).withCompletedOn(d("2023-08-02")))).build());
        assertThat(f.path()).isEqualTo("/deputySuggestions/0/repliedOn");
        assertThat(f.messageEn()).isEqualTo("suggestion s1 (改善村道照明) was assigned on 2023-03-10 and was answered on 2023-08-01, beyond 3 months (2023-06-10)");
        assertPasses("NPC-REPLY-3M-6M", clean().deputySuggestions(List.of(s.withRepliedOn(d("2023-08-01")).withCompletedOn(d("2023-08-02"))
                .withComplex(true))).build());
    }

    @Test
    void npc_handling_reported_and_public() {
        assertPasses("NPC-REPORT-PUBLIC", clean().build());
        DeputySuggestion s = clean().build().deputySuggestions().get(0);
        Finding f = onlyFailure("NPC-REPORT-PUBLIC", clean().deputySuggestions(List.of(s.withHandlingPublished(false))).build());
        assertThat(f.path()).isEqualTo("/deputySuggestions/0/handlingPublished");
        assertThat(f.messageZh()).isEqualTo("代表建议 s1 的办理情况未向社会公开");
    }

    @Test
    void hot_one_number() {
        assertPasses("HOT-ONE-NUMBER", clean().build());
        HotlineTicket t = clean().build().hotlineTickets().get(0);
        Finding f = onlyFailure("HOT-ONE-NUMBER", clean().hotlineTickets(List.of(t, t.withId("t2").withChannel("8890"))).build());
        assertThat(f.messageEn()).isEqualTo("1 ticket(s) came through numbers other than 12345 (8890); non-emergency hotlines were to merge into 12345 by the end of 2021");
    }

    @Test
    void hot_tickets_closed_by_their_deadline() {
        assertPasses("HOT-TIMELINESS", clean().build());
        HotlineTicket t = clean().build().hotlineTickets().get(0);
        Finding f = onlyFailure("HOT-TIMELINESS", clean().hotlineTickets(List.of(t.withClosedOn(d("2023-05-20")))).build());
        assertThat(f.path()).isEqualTo("/hotlineTickets/0/closedOn");
        assertThat(f.messageZh()).isEqualTo("工单 t1 期限为 2023-05-15，于 2023-05-20 才办结");
    }
}
