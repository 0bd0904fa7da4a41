package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.math.BigDecimal;
import java.util.List;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.decision.CongressSession;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.model.leadership.CadreTraining;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.junit.jupiter.api.Test;

/** CERT-CADRE-TRAINING, DISP-VOLUNTARY, NPC-SESSIONS and NORM-PUBLISH: rules that waited only for fields. */
class RulesThatWaitedForFieldsTest {
    private static CadreTraining training(String person, String days, String hours) {
        CadreTraining.Builder b = CadreTraining.builder().personId(person).year(2023);
        if (days != null) {
            b.days(new BigDecimal(days));
        }
        if (hours != null) {
            b.classHours(new BigDecimal(hours));
        }
        return b.build();
    }

    @Test
    void cadre_training_fails_below_both() {
        assertPasses("CERT-CADRE-TRAINING", clean().build()); // the clean township passes with 12 days or 90 hours
        RuleOfLawRecord r = clean().cadreTrainings(List.of(training("p1", "12", "80"), training("p3", "5", "40"))).build();
        assertOnlyFailure("CERT-CADRE-TRAINING", r).at("/cadreTrainings/1")
                .saysZh("干部 p3（人员3）2023 年参加集中培训 5 天、40 学时，未达到 12 天或 90 学时")
                .saysEn("cadre p3 (人员3) had 5 days and 40 class hours of concentrated training in 2023, short of 12 "
                        + "days or 90 hours");
    }

    @Test
    void cadre_training_with_one_measure_short_and_the_other_unstated_is_insufficient_data() {
        Finding f = only("CERT-CADRE-TRAINING", clean().cadreTrainings(List.of(training("p3", "5", null))).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the concentrated training of cadre p3 in 2023 does not record the class hours, "
                + "and what is known does not decide it");
        assertPasses("CERT-CADRE-TRAINING", clean().cadreTrainings(List.of(training("p3", null, "90"))).build());
    }

    private static Dispute refused(DisputeOutcome outcome, String agreementOn) {
        Dispute.Builder b = Dispute.builder().id("d9").screenedOn(d("2023-07-01")).refusedOn(d("2023-07-03")).outcome(outcome);
        if (agreementOn != null) {
            b.agreementOn(d(agreementOn));
        }
        return b.build();
    }

    @Test
    void voluntary_mediation_passes_when_a_refusal_ends_mediation() {
        assertPasses("DISP-VOLUNTARY", clean().disputes(List.of(refused(DisputeOutcome.MEDIATION_REFUSED, null))).build());
        assertPasses("DISP-VOLUNTARY", clean().disputes(List.of(refused(DisputeOutcome.REFERRED, null))).build());
    }

    @Test
    void voluntary_mediation_fails_when_mediation_goes_on_after_a_refusal() {
        assertOnlyFailure("DISP-VOLUNTARY",
                clean().disputes(List.of(refused(DisputeOutcome.MEDIATED, "2023-07-20"))).build())
                .at("/disputes/0/outcome")
                .saysZh("纠纷 d9 当事人一方于 2023-07-03 明确拒绝调解，仍调解达成协议（2023-07-20）")
                .saysEn("a party to dispute d9 expressly refused mediation on 2023-07-03, yet it was mediated to an "
                        + "agreement (2023-07-20)");
        assertThat(onlyFailure("DISP-VOLUNTARY", clean().disputes(List.of(refused(DisputeOutcome.PENDING, null))).build()).messageEn())
                .isEqualTo("a party to dispute d9 expressly refused mediation on 2023-07-03, yet mediation goes on");
    }

    @Test
    void congress_sessions_pass_with_two_and_fail_with_one_once_the_year_is_over() {
        assertPasses("NPC-SESSIONS", clean().build());
        RuleOfLawRecord one = clean().congressSessions(List.of(CongressSession.builder().heldOn(d("2023-01-10")).build())).build();
        assertOnlyFailure("NPC-SESSIONS", one).at("/congressSessions")
                .saysZh("示范乡 2023 年只举行了 1 次人民代表大会会议，少于 2 次")
                .saysEn("示范乡 held 1 session(s) of its people's congress in 2023, fewer than 2");
        assertThat(RuleAssertions.rule("NPC-SESSIONS").evaluate(one, CheckContext.of(d("2023-11-30")))).extracting(Finding::outcome)
                .containsExactly(Outcome.PASS);
    }

    @Test
    void a_subdistrict_has_no_people_s_congress() {
        RuleOfLawRecord sub = clean().unit(GovernmentUnit.builder().from(clean().build().unit()).level(UnitLevel.SUBDISTRICT).build())
                .congressSessions(List.of()).build();
        assertThat(only("NPC-SESSIONS", sub, Outcome.NOT_APPLICABLE).path()).isEqualTo("/congressSessions");
    }

    @Test
    void normative_document_published_passes_and_one_in_force_before_publication_fails() {
        assertPasses("NORM-PUBLISH", clean().build());
        NormativeDocument early = Townships.normativeDocument().withEffectiveFrom(d("2023-07-01"));
        assertOnlyFailure("NORM-PUBLISH", clean().normativeDocuments(List.of(early)).build())
                .at("/normativeDocuments/0/effectiveFrom")
                .saysZh("规范性文件 nd1（示范乡民宿管理办法）于 2023-07-01 施行，早于公布日期 2023-07-10")
                .saysEn("normative document nd1 (示范乡民宿管理办法) took effect on 2023-07-01, before it was published on "
                        + "2023-07-10");
    }

    @Test
    void an_unpublished_document_in_force_is_reported_once_by_the_procedure_rule() {
        NormativeDocument unpublished = Townships.normativeDocument().withSteps(Townships.normativeDocument().steps().stream()
                .filter(s -> s.step() != NormativeDocStep.SIGN_AND_PUBLISH && s.step() != NormativeDocStep.FILING).collect(java.util.stream.Collectors.toList()));
        RuleOfLawRecord r = clean().normativeDocuments(List.of(unpublished)).build();
        Finding f = only("NORM-PUBLISH", r, Outcome.NOT_APPLICABLE);
        assertThat(f.evidence()).containsEntry("reportedBy", "NORM-PROCEDURE");
        assertThat(onlyFailure("NORM-PROCEDURE", r).path()).isEqualTo("/normativeDocuments/0/steps");
        Finding noDate = only("NORM-PUBLISH", clean().normativeDocuments(List.of(NormativeDocument.builder().from(Townships.normativeDocument())
                .effectiveFrom(java.util.Optional.empty()).build())).build(), Outcome.INSUFFICIENT_DATA);
        assertThat(noDate.messageZh()).isEqualTo("数据不足：规范性文件 nd1 未记录施行日期，无法判断是否先公布后施行");
    }
}
