package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.findings;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.d;
import static org.fazhi.governance.rules.Townships.fine;
import static org.fazhi.governance.rules.Townships.penaltyCase;
import static org.fazhi.governance.rules.Townships.present;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CoerciveExecution;
import org.fazhi.governance.model.enforcement.DecisionDocument;
import org.fazhi.governance.model.enforcement.DecisionItem;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementPublicity;
import org.fazhi.governance.model.enforcement.EvidencePreservation;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.OnSpotCollectionGround;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.PublicityItem;
import org.fazhi.governance.model.enforcement.RecusalApplication;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lifecycle rules of a penalty or coercion case: a passing and a failing record each, with the exact path and messages. */
class CaseLifecycleRulesTest {
    private static RuleOfLawRecord withPenalty(EnforcementCase c) {
        return clean().enforcementCases(List.of(c, coercionCase())).build();
    }

    private static RuleOfLawRecord alone(EnforcementCase c) {
        return clean().enforcementCases(List.of(c)).build();
    }

    private static void failsWith(String ruleId, RuleOfLawRecord r, String path, String zh, String en) {
        Finding f = onlyFailure(ruleId, r);
        assertThat(f.path()).isEqualTo(path);
        assertThat(f.messageZh()).isEqualTo(zh);
        assertThat(f.messageEn()).isEqualTo(en);
    }

    /** A summary (当场) penalty on a citizen: a warning and a 100-yuan fine collected on the spot and handed in the next day. */
    static EnforcementCase summaryCase() {
        return EnforcementCase.builder().id("c3").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.SUMMARY)
                .addOfficer(present("o1")).addOfficer(present("o2")).fileComplete(true).partyKind(PartyKind.NATURAL_PERSON)
                .violationOn(d("2023-08-01")).continuingViolation(false).discoveredOn(d("2023-08-01"))
                .filedOn(d("2023-08-01")).decidedOn(d("2023-08-01")).servedOn(d("2023-08-01"))
                .priorNotice(PriorNotice.builder().servedOn(d("2023-08-01")).addItems(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS, NoticeItem.REASONS,
                        NoticeItem.BASIS, NoticeItem.RIGHT_TO_STATE_AND_DEFEND).proposedPenalty(warningAndFine("100")).build())
                .statementAndDefence(StatementAndDefence.builder().waived(true).build())
                .penalty(warningAndFine("100"))
                .decisionDocument(DecisionDocument.builder().number("示当罚〔2023〕7号").addItems(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
                        DecisionItem.PENALTY_AND_BASIS, DecisionItem.TIME_AND_PLACE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE,
                        DecisionItem.OFFICER_SIGNATURE).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.COLLECTED_ON_THE_SPOT).onSpotGround(OnSpotCollectionGround.UP_TO_100_YUAN)
                        .paidOn(d("2023-08-01")).amountYuan(new BigDecimal("100")).remittedOn(d("2023-08-02")).build())
                .addAllRecordings(Townships.allSteps())
                .build();
    }

    static Penalty warningAndFine(String yuan) {
        return Penalty.builder().addKind(PenaltyKind.WARNING).addKind(PenaltyKind.FINE).fineYuan(new BigDecimal(yuan)).build();
    }

    @Nested
    class Recusal {
        @Test
        void fails_when_an_officer_with_a_direct_interest_acts() {
            // the clean township passes when every officer was checked and none has an interest
            assertPasses("ENF-RECUSAL", clean().build());
            EnforcementCase c = penaltyCase().withOfficers(present("o1"), present("o2").withDirectInterest(true));
            failsWith("ENF-RECUSAL", withPenalty(c), "/enforcementCases/0/officers",
                    "案件 c1 的执法人员 o2 与案件有直接利害关系却未回避", "case c1 had officer o2 act despite a direct interest in the case");
        }

        @Test
        void fails_when_an_officer_made_to_withdraw_still_acts() {
            EnforcementCase c = penaltyCase().withRecusalApplications(RecusalApplication.builder().officerId("o2").appliedOn(d("2023-03-03"))
                    .decidedOn(d("2023-03-05")).granted(true).build());
            failsWith("ENF-RECUSAL", withPenalty(c), "/enforcementCases/0/officers",
                    "案件 c1 准予回避的执法人员 o2 仍参与办案", "case c1 still had officer o2 act after granting the recusal");
        }

        @Test
        void fails_when_the_application_is_decided_after_the_penalty() {
            EnforcementCase c = penaltyCase().withRecusalApplications(RecusalApplication.builder().officerId("o2").appliedOn(d("2023-03-03"))
                    .decidedOn(d("2023-04-10")).granted(false).build());
            failsWith("ENF-RECUSAL", withPenalty(c), "/enforcementCases/0/officers",
                    "案件 c1 对 o2 的回避申请于 2023-04-10 才决定，晚于处罚决定（2023-04-03）",
                    "case c1 decided the recusal application against o2 on 2023-04-10, after the penalty decision (2023-04-03)");
        }

        @Test
        void is_insufficient_data_when_nobody_recorded_whether_the_officers_have_an_interest() {
            EnforcementCase c = penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build(),
                    OfficerPresence.builder().officerId("o2").certificateShown(true).build());
            Finding f = only("ENF-RECUSAL", alone(c), Outcome.INSUFFICIENT_DATA);
            assertThat(f.messageZh()).isEqualTo("数据不足：案件 c1 未记录执法人员 o1、o2 是否与案件有直接利害关系，无法判断");
            assertThat(f.messageEn()).isEqualTo("Insufficient data: case c1 does not record whether officer(s) o1, o2 have a direct interest in the case, "
                    + "so this cannot be decided");
        }
    }

    @Nested
    class PriorNoticeRule {
        @Test
        void passes_for_a_full_notice_served_before_the_decision_and_a_same_day_notice_on_the_spot() {
            assertPasses("ENF-PRIOR-NOTICE", clean().build());
            assertPasses("ENF-PRIOR-NOTICE", alone(summaryCase()));
        }

        @Test
        void fails_for_a_notice_on_the_day_of_the_decision_that_omits_the_basis() {
            EnforcementCase c = penaltyCase().withPriorNotice(PriorNotice.builder().servedOn(d("2023-04-03"))
                    .addItems(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS, NoticeItem.REASONS, NoticeItem.RIGHT_TO_STATE_AND_DEFEND, NoticeItem.RIGHT_TO_HEARING)
                    .proposedPenalty(fine("50000")).build());
            failsWith("ENF-PRIOR-NOTICE", withPenalty(c), "/enforcementCases/0/priorNotice",
                    "案件 c1 的事先告知（2023-04-03）未早于处罚决定（2023-04-03）；事先告知未载明依据",
                    "case c1 was given notice (2023-04-03) no earlier than the decision (2023-04-03); had a notice that does not state the legal basis");
        }

        @Test
        void fails_without_a_notice_in_a_complete_file_and_is_insufficient_data_otherwise() {
            EnforcementCase none = EnforcementCase.builder().from(penaltyCase()).priorNotice(Optional.empty()).build();
            failsWith("ENF-PRIOR-NOTICE", withPenalty(none), "/enforcementCases/0/priorNotice", "案件 c1 没有事先告知", "case c1 has no prior notice");
            Finding f = only("ENF-PRIOR-NOTICE", alone(none.withFileComplete(false)), Outcome.INSUFFICIENT_DATA);
            assertThat(f.messageZh()).isEqualTo("数据不足：案件 c1 未记录事先告知，无法判断");
            assertThat(f.messageEn()).isEqualTo("Insufficient data: case c1 does not record prior notice, so this cannot be decided");
        }

        @Test
        void an_express_waiver_of_statement_and_defence_excuses_the_notice() {
            EnforcementCase waived = EnforcementCase.builder().from(penaltyCase()).priorNotice(Optional.empty())
                    .statementAndDefence(StatementAndDefence.builder().waived(true).build()).build();
            assertPasses("ENF-PRIOR-NOTICE", withPenalty(waived));
        }
    }

    @Nested
    class NoHeavierForDefence {
        @Test
        void fails_when_the_fine_rises_after_the_party_defended_itself() {
            // the clean township passes when the defence was re checked and the penalty is as proposed
            assertPasses("ENF-NO-HEAVIER-FOR-DEFENCE", clean().build());
            EnforcementCase c = penaltyCase().withPenalty(fine("80000"));
            failsWith("ENF-NO-HEAVIER-FOR-DEFENCE", withPenalty(c), "/enforcementCases/0/statementAndDefence",
                    "案件 c1 当事人陈述申辩后，处罚（罚款 80000 元）重于事先告知拟作出的处罚（罚款 50000 元）",
                    "case c1 was given a heavier penalty (a fine of 80000 yuan) than the notice proposed (a fine of 50000 yuan) after the party defended itself");
        }

        @Test
        void fails_when_the_party_s_facts_were_not_re_checked() {
            EnforcementCase c = penaltyCase().withStatementAndDefence(penaltyCase().statementAndDefence().get().withFactsRechecked(false));
            failsWith("ENF-NO-HEAVIER-FOR-DEFENCE", withPenalty(c), "/enforcementCases/0/statementAndDefence",
                    "案件 c1 未对当事人提出的事实、理由和证据进行复核", "case c1 did not re-check the facts, reasons and evidence the party raised");
        }

        @Test
        void does_not_apply_when_the_party_waived() {
            EnforcementCase c = penaltyCase().withStatementAndDefence(StatementAndDefence.builder().waived(true).build());
            assertThat(only("ENF-NO-HEAVIER-FOR-DEFENCE", withPenalty(c), Outcome.NOT_APPLICABLE).path()).isEqualTo("/enforcementCases");
        }

        @Test
        void heavier_means_a_heavier_item_of_article_9_an_added_kind_or_a_larger_amount() {
            Penalty fine5000 = fine("5000");
            assertThat(CaseLifecycleRules.heavier(fine("5001"), fine5000)).contains(true);
            assertThat(CaseLifecycleRules.heavier(fine("5000"), fine5000)).contains(false);
            assertThat(CaseLifecycleRules.heavier(warningAndFine("5000"), fine5000)).as("a warning added").contains(true);
            assertThat(CaseLifecycleRules.heavier(Penalty.builder().addKind(PenaltyKind.WARNING).build(), fine5000)).as("replaced by a warning")
                    .contains(false);
            assertThat(CaseLifecycleRules.heavier(Penalty.builder().addKind(PenaltyKind.LICENCE_REVOKED).build(), fine5000)).contains(true);
            assertThat(CaseLifecycleRules.heavier(fine5000, Penalty.builder().addKind(PenaltyKind.LICENCE_REVOKED).build())).contains(false);
            assertThat(CaseLifecycleRules.heavier(Penalty.builder().addKind(PenaltyKind.FINE).build(), fine5000)).as("amount unstated").isEmpty();
        }
    }

    @Nested
    class HearingRight {
        @Test
        void fails_when_the_notice_of_a_large_fine_omits_it() {
            // the clean township passes when the notice of a large fine tells the hearing right
            assertPasses("ENF-HEARING-RIGHT", clean().build());
            EnforcementCase c = penaltyCase().withPriorNotice(penaltyCase().priorNotice().get()
                    .withItems(EnumSet.complementOf(EnumSet.of(NoticeItem.RIGHT_TO_HEARING))));
            failsWith("ENF-HEARING-RIGHT", withPenalty(c), "/enforcementCases/0/priorNotice",
                    "案件 c1 拟作出罚款 50000 元，事先告知未告知当事人有要求听证的权利",
                    "case c1 faced a fine of 50000 yuan but the notice did not tell the party of its right to a hearing");
            assertThat(findings("ENF-PRIOR-NOTICE", withPenalty(c))).extracting(Finding::outcome).doesNotContain(Outcome.FAIL);
        }

        @Test
        void a_province_sets_what_a_large_amount_is() {
            PriorNotice noRight = PriorNotice.builder().servedOn(d("2023-03-06")).addItems(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS, NoticeItem.REASONS,
                    NoticeItem.BASIS, NoticeItem.RIGHT_TO_STATE_AND_DEFEND).proposedPenalty(fine("5000")).build();
            RuleOfLawRecord r = alone(penaltyCase().withPriorNotice(noRight).withPenalty(fine("5000")));
            assertThat(only("ENF-HEARING-RIGHT", r, Outcome.NOT_APPLICABLE).path()).as("5,000 yuan is below the 10,000 default for a company")
                    .isEqualTo("/enforcementCases");
            CheckContext strict = Townships.CONTEXT.withParameters(RuleParameters.defaults().with("ENF-HEARING-RIGHT", "largeFineOrganisation",
                    new BigDecimal("3000")));
            List<Finding> f = RuleAssertions.rule("ENF-HEARING-RIGHT").evaluate(r, strict);
            assertThat(f).extracting(Finding::outcome).containsExactly(Outcome.FAIL);
        }

        @Test
        void a_licence_revocation_always_carries_the_right_and_an_unknown_party_leaves_a_middling_fine_undecided() {
            Penalty revoke = Penalty.builder().addKind(PenaltyKind.LICENCE_REVOKED).build();
            PriorNotice noRight = PriorNotice.builder().servedOn(d("2023-03-06")).addItems(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS, NoticeItem.REASONS,
                    NoticeItem.BASIS, NoticeItem.RIGHT_TO_STATE_AND_DEFEND).proposedPenalty(revoke).build();
            assertThat(onlyFailure("ENF-HEARING-RIGHT", alone(penaltyCase().withPriorNotice(noRight).withPenalty(revoke))).messageZh())
                    .isEqualTo("案件 c1 拟作出吊销许可证件，事先告知未告知当事人有要求听证的权利");
            EnforcementCase unknownParty = EnforcementCase.builder().from(penaltyCase()).partyKind(Optional.empty())
                    .priorNotice(noRight.withProposedPenalty(fine("5000"))).penalty(fine("5000")).build();
            Finding f = only("ENF-HEARING-RIGHT", alone(unknownParty), Outcome.INSUFFICIENT_DATA);
            assertThat(f.messageEn()).isEqualTo("Insufficient data: case c1 does not record the party's kind or the penalty's amount, so this cannot be decided");
        }

        @Test
        void a_missing_notice_is_reported_once_by_the_notice_rule() {
            EnforcementCase none = EnforcementCase.builder().from(penaltyCase()).priorNotice(Optional.empty()).build();
            Finding f = only("ENF-HEARING-RIGHT", alone(none), Outcome.NOT_APPLICABLE);
            assertThat(f.evidence()).containsEntry("reportedBy", "ENF-PRIOR-NOTICE");
            assertThat(GovernanceRules.all().evaluate(alone(none), Townships.CONTEXT).failures()).extracting(Finding::ruleId)
                    .containsExactly("ENF-PRIOR-NOTICE");
        }
    }

    @Nested
    class HearingTimeline {
        @Test
        void fails_when_a_timely_request_got_no_hearing() {
            // the clean township passes for a timely request, seven working days' notice and a public hearing before the
            // decision
            assertPasses("ENF-HEARING-TIMELINE", clean().build());
            EnforcementCase c = penaltyCase().withHearing(Hearing.builder().requestedOn(d("2023-03-08")).build());
            failsWith("ENF-HEARING-TIMELINE", withPenalty(c), "/enforcementCases/0/hearing",
                    "案件 c1 没有听证（当事人于 2023-03-08 按期申请）", "case c1 has no hearing (the party asked in time on 2023-03-08)");
        }

        @Test
        void a_request_after_five_working_days_may_be_refused() {
            // notice 2023-03-06 (Monday) + 5 working days = 2023-03-13
            assertPasses("ENF-HEARING-TIMELINE", withPenalty(penaltyCase().withHearing(Hearing.builder().requestedOn(d("2023-03-14")).build())));
            assertThat(onlyFailure("ENF-HEARING-TIMELINE", withPenalty(penaltyCase().withHearing(Hearing.builder().requestedOn(d("2023-03-13")).build())))
                    .messageEn()).isEqualTo("case c1 has no hearing (the party asked in time on 2023-03-13)");
        }

        @Test
        void fails_when_the_hearing_notice_came_fewer_than_seven_working_days_before() {
            EnforcementCase c = penaltyCase().withHearing(penaltyCase().hearing().get().withNoticeOn(d("2023-03-15")));
            failsWith("ENF-HEARING-TIMELINE", withPenalty(c), "/enforcementCases/0/hearing",
                    "案件 c1 的听证通知（2023-03-15）距听证（2023-03-21）只有 4 个工作日，少于 7 个",
                    "case c1 gave notice of the hearing (2023-03-15) only 4 working days before it (2023-03-21), fewer than 7");
        }

        @Test
        void fails_when_an_investigator_chairs_the_hearing() {
            EnforcementCase c = penaltyCase().withHearing(penaltyCase().hearing().get().withChairPersonId("p1"));
            failsWith("ENF-HEARING-TIMELINE", withPenalty(c), "/enforcementCases/0/hearing",
                    "案件 c1 的听证由本案调查人员 o1 主持", "case c1 had its hearing chaired by o1, who investigated the case");
        }

        @Test
        void fails_for_a_private_hearing_without_reason_and_an_unsigned_record() {
            EnforcementCase c = penaltyCase().withHearing(penaltyCase().hearing().get().withPublicHearing(false).withRecordSigned(false));
            failsWith("ENF-HEARING-TIMELINE", withPenalty(c), "/enforcementCases/0/hearing",
                    "案件 c1 不公开举行听证，未说明涉及国家秘密、商业秘密或者个人隐私；听证笔录未经当事人核对签字",
                    "case c1 held the hearing in private without a reason of secrecy or privacy; had a hearing record the party did not check and sign");
            EnforcementCase secret = penaltyCase().withHearing(penaltyCase().hearing().get().withPublicHearing(false).withNonPublicReason("涉及商业秘密"));
            assertPasses("ENF-HEARING-TIMELINE", withPenalty(secret));
        }
    }

    @Nested
    class DecisionContent {
        @Test
        void passes_for_a_decision_that_states_everything_and_a_summary_decision_with_its_own_items() {
            assertPasses("ENF-DECISION-CONTENT", clean().build());
            assertPasses("ENF-DECISION-CONTENT", alone(summaryCase()));
        }

        @Test
        void fails_without_remedies_and_seal() {
            EnforcementCase c = penaltyCase().withDecisionDocument(DecisionDocument.builder().addItems(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
                    DecisionItem.PENALTY_AND_BASIS, DecisionItem.PERFORMANCE, DecisionItem.AGENCY_AND_DATE).build());
            failsWith("ENF-DECISION-CONTENT", withPenalty(c), "/enforcementCases/0/decisionDocument",
                    "案件 c1 的处罚决定书未载明：申请行政复议、提起行政诉讼的途径和期限、行政机关印章",
                    "case c1 has a decision document that lacks how and by when to seek reconsideration or sue, the agency's seal");
        }
    }

    @Nested
    class FineCollection {
        @Test
        void passes_for_payment_to_a_bank_and_for_a_small_fine_collected_on_the_spot_and_handed_in_next_day() {
            assertPasses("ENF-FINE-COLLECTION", clean().build());
            assertPasses("ENF-FINE-COLLECTION", alone(summaryCase()));
        }

        @Test
        void fails_when_the_deciding_agency_collects_the_fine_itself() {
            EnforcementCase c = penaltyCase().withPayments(FinePayment.builder().channel(PaymentChannel.AGENCY_ITSELF).paidOn(d("2023-04-10"))
                    .amountYuan(new BigDecimal("50000")).build());
            failsWith("ENF-FINE-COLLECTION", withPenalty(c), "/enforcementCases/0/payments/0",
                    "案件 c1 的罚款由作出决定的行政机关自行收缴", "case c1 had its fine collected by the deciding agency itself");
        }

        @Test
        void fails_when_an_ordinary_decision_is_collected_on_the_spot() {
            EnforcementCase c = penaltyCase().withPayments(FinePayment.builder().channel(PaymentChannel.COLLECTED_ON_THE_SPOT)
                    .onSpotGround(OnSpotCollectionGround.HARD_TO_ENFORCE_LATER).paidOn(d("2023-04-04")).remittedOn(d("2023-04-04")).build());
            failsWith("ENF-FINE-COLLECTION", withPenalty(c), "/enforcementCases/0/payments/0",
                    "案件 c1 未适用简易程序当场处罚，却以“不当场收缴事后难以执行”为由当场收缴罚款",
                    "case c1 was not decided on the spot but its fine was collected on the spot as 'hard to enforce unless collected on the spot'");
        }

        @Test
        void fails_when_cash_reaches_the_agency_after_two_working_days_across_the_national_day_holiday() {
            // 2023-09-28 + 2 working days: 09-29 to 10-06 are holidays, 10-07 and 10-08 make-up working days → 2023-10-08
            EnforcementCase c = summaryCase().withFiledOn(d("2023-09-28")).withDecidedOn(d("2023-09-28")).withServedOn(d("2023-09-28"))
                    .withViolationOn(d("2023-09-28")).withDiscoveredOn(d("2023-09-28"))
                    .withPriorNotice(summaryCase().priorNotice().get().withServedOn(d("2023-09-28")))
                    .withPayments(summaryCase().payments().get(0).withPaidOn(d("2023-09-28")).withRemittedOn(d("2023-10-09")));
            failsWith("ENF-FINE-COLLECTION", alone(c), "/enforcementCases/0/payments/0",
                    "案件 c3 当场收缴的罚款（2023-09-28）于 2023-10-09 才交至行政机关，超过 2 个工作日（截止 2023-10-08）",
                    "case c3 handed the cash collected on 2023-09-28 to the agency only on 2023-10-09, beyond 2 working days (2023-10-08)");
        }

        @Test
        void fails_for_a_surcharge_within_fifteen_days_or_above_three_percent_a_day() {
            EnforcementCase early = penaltyCase().withPayments(penaltyCase().payments().get(0).withLateFeeYuan(new BigDecimal("100")));
            failsWith("ENF-FINE-COLLECTION", withPenalty(early), "/enforcementCases/0/payments/0",
                    "案件 c1 在 15 日缴纳期限内（2023-04-10）缴款，却被加处罚款 100 元",
                    "case c1 was surcharged 100 yuan although paid within 15 days (2023-04-10)");
            // served 04-04, due 04-19, paid 04-29: 10 days late, at most 50000 × 3% × 10 = 15000
            EnforcementCase late = penaltyCase().withPayments(penaltyCase().payments().get(0).withPaidOn(d("2023-04-29"))
                    .withLateFeeYuan(new BigDecimal("20000")));
            failsWith("ENF-FINE-COLLECTION", withPenalty(late), "/enforcementCases/0/payments/0",
                    "案件 c1 加处罚款 20000 元，超过按日 3% 计算且不超过罚款数额的上限 15000 元",
                    "case c1 was surcharged 20000 yuan, more than the 3%-a-day amount capped at the fine (15000 yuan)");
            assertPasses("ENF-FINE-COLLECTION", withPenalty(penaltyCase().withPayments(penaltyCase().payments().get(0).withPaidOn(d("2023-04-29"))
                    .withLateFeeYuan(new BigDecimal("15000")))));
        }
    }

    @Nested
    class Limitation {
        @Test
        void passes_within_two_years_and_for_a_continuing_violation_not_yet_ended() {
            assertPasses("ENF-LIMITATION", clean().build());
            assertPasses("ENF-LIMITATION", withPenalty(penaltyCase().withViolationOn(d("2019-01-01")).withContinuingViolation(true)));
            assertPasses("ENF-LIMITATION", withPenalty(penaltyCase().withViolationOn(d("2019-01-01")).withContinuingViolation(true)
                    .withViolationEndedOn(d("2021-03-01"))));
        }

        @Test
        void fails_when_found_more_than_two_years_after_the_act() {
            EnforcementCase c = penaltyCase().withViolationOn(d("2020-06-01")).withLifeHealthOrFinanceHarm(false);
            failsWith("ENF-LIMITATION", withPenalty(c), "/enforcementCases/0/discoveredOn",
                    "案件 c1 的违法行为自 2020-06-01 起至 2023-02-27 才被发现，超过 2 年追责时效",
                    "case c1 concerns a violation from 2020-06-01 discovered only on 2023-02-27, beyond the 2-year limitation");
        }

        @Test
        void five_years_when_life_health_or_finance_was_harmed() {
            assertPasses("ENF-LIMITATION", withPenalty(penaltyCase().withViolationOn(d("2019-01-01")).withLifeHealthOrFinanceHarm(true)));
            assertThat(onlyFailure("ENF-LIMITATION", withPenalty(penaltyCase().withViolationOn(d("2018-02-26")).withLifeHealthOrFinanceHarm(true)))
                    .messageEn()).isEqualTo("case c1 concerns a violation from 2018-02-26 discovered only on 2023-02-27, beyond the 5-year limitation");
        }

        @Test
        void is_insufficient_data_when_harm_or_continuation_is_unstated() {
            Finding harm = only("ENF-LIMITATION", alone(penaltyCase().withViolationOn(d("2020-06-01"))), Outcome.INSUFFICIENT_DATA);
            assertThat(harm.messageZh()).isEqualTo("数据不足：案件 c1 未记录是否涉及生命健康安全、金融安全且有危害后果（超过 2 年），无法判断");
            EnforcementCase unknownContinuation = EnforcementCase.builder().from(penaltyCase()).violationOn(d("2020-06-01"))
                    .continuingViolation(Optional.empty()).build();
            Finding continuing = only("ENF-LIMITATION", alone(unknownContinuation), Outcome.INSUFFICIENT_DATA);
            assertThat(continuing.messageEn()).isEqualTo("Insufficient data: case c1 does not record whether the violation was continuing, so this cannot be decided");
        }
    }

    @Nested
    class OnSpotLimit {
        @Test
        void passes_for_a_warning_and_100_yuan_on_a_citizen_and_3000_on_a_company() {
            assertPasses("ENF-ON-SPOT-LIMIT", alone(summaryCase()));
            EnforcementCase company = summaryCase().withPartyKind(PartyKind.ORGANISATION).withPenalty(fine("3000"))
                    .withPriorNotice(summaryCase().priorNotice().get().withProposedPenalty(fine("3000"))).withPayments(List.of());
            assertPasses("ENF-ON-SPOT-LIMIT", alone(company));
        }

        @Test
        void fails_for_500_yuan_on_a_citizen() {
            EnforcementCase c = summaryCase().withPenalty(fine("500")).withPayments(List.of());
            failsWith("ENF-ON-SPOT-LIMIT", alone(c), "/enforcementCases/0/penalty",
                    "案件 c3 当场对公民罚款 500 元，超过 200 元", "case c3 fined a natural person 500 yuan on the spot, above 200");
        }

        @Test
        void fails_for_a_licence_revoked_on_the_spot() {
            EnforcementCase c = summaryCase().withPenalty(Penalty.builder().addKind(PenaltyKind.LICENCE_REVOKED).build()).withPayments(List.of());
            failsWith("ENF-ON-SPOT-LIMIT", alone(c), "/enforcementCases/0/penalty",
                    "案件 c3 当场作出吊销许可证件的处罚，简易程序只能给予警告或罚款",
                    "case c3 imposed on the spot what summary procedure does not allow (licence revoked); only a warning or a fine may be");
        }

        @Test
        void a_fine_between_the_two_limits_needs_the_party_s_kind() {
            EnforcementCase c = EnforcementCase.builder().from(summaryCase()).partyKind(Optional.empty()).penalty(fine("1000")).payments(List.of()).build();
            Finding f = only("ENF-ON-SPOT-LIMIT", alone(c), Outcome.INSUFFICIENT_DATA);
            assertThat(f.messageZh()).isEqualTo("数据不足：案件 c3 未记录当事人类别（罚款 1000 元），无法判断");
        }
    }

    @Nested
    class EvidencePreservationRule {
        @Test
        void fails_when_handled_after_seven_working_days_across_the_national_day_holiday() {
            // the clean township passes when approved and handled within seven working days
            assertPasses("ENF-EVIDENCE-PRESERVE-7D", clean().build());
            // 2023-09-26 + 7 working days: 09-27, 09-28, (09-29 to 10-06 off), 10-07, 10-08, 10-09, 10-10, 10-11
            EnforcementCase c = penaltyCase().withEvidencePreservations(EvidencePreservation.builder().preservedOn(d("2023-09-26")).approvedByHead(true)
                    .handledOn(d("2023-10-12")).build());
            failsWith("ENF-EVIDENCE-PRESERVE-7D", withPenalty(c), "/enforcementCases/0/evidencePreservations/0",
                    "案件 c1 先行登记保存（2023-09-26）于 2023-10-12 才作出处理决定，超过 7 个工作日（截止 2023-10-11）",
                    "case c1 had no handling decision on the evidence preserved on 2023-09-26 until 2023-10-12, beyond 7 working days (2023-10-11)");
            assertPasses("ENF-EVIDENCE-PRESERVE-7D", withPenalty(c.withEvidencePreservations(c.evidencePreservations().get(0).withHandledOn(d("2023-10-11")))));
        }

        @Test
        void fails_without_the_head_s_approval() {
            EnforcementCase c = penaltyCase().withEvidencePreservations(penaltyCase().evidencePreservations().get(0).withApprovedByHead(false));
            failsWith("ENF-EVIDENCE-PRESERVE-7D", withPenalty(c), "/enforcementCases/0/evidencePreservations/0",
                    "案件 c1 先行登记保存证据（2023-03-02）未经行政机关负责人批准", "case c1 preserved evidence (2023-03-02) without the head's approval");
        }
    }

    @Nested
    class CoerciveProcedure {
        @Test
        void fails_for_late_approval_no_party_or_witness_and_no_signed_record() {
            // the clean township passes for an approved seizure with the party present lifted in time
            assertPasses("ENF-COERCIVE-PROCEDURE", clean().build());
            EnforcementCase c = coercionCase().withCoerciveMeasure(coercionCase().coerciveMeasure().get().withApprovedOn(d("2023-06-02"))
                    .withPartyPresent(false).withWitnessPresent(false).withOnSiteRecordSigned(false));
            failsWith("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(penaltyCase(), c)).build(), "/enforcementCases/1/coerciveMeasure",
                    "案件 c2 的强制措施（2023-06-01）实施后才经负责人批准（2023-06-02），且未作为紧急情况报告；当事人不到场，也没有见证人到场；没有制作并签名的现场笔录",
                    "case c2 took the measure (2023-06-01) before the head approved it (2023-06-02) without an emergency report; took the measure with neither "
                            + "the party nor a witness present; made no signed on-site record");
        }

        @Test
        void fails_for_a_seizure_held_past_thirty_days() {
            EnforcementCase c = coercionCase().withCoerciveMeasure(coercionCase().coerciveMeasure().get().withEndedOn(d("2023-07-16")));
            failsWith("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(c)).build(), "/enforcementCases/0/coerciveMeasure",
                    "案件 c2 扣押财物自 2023-06-01 起至 2023-07-16 才解除或作出处理决定，超过 30 日（截止 2023-07-01）",
                    "case c2 kept the seizure of property from 2023-06-01 until 2023-07-16, beyond 30 days (2023-07-01)");
            assertPasses("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(c.withCoerciveMeasure(c.coerciveMeasure().get().withExtendedDays(30))))
                    .build());
        }

        @Test
        void an_emergency_measure_is_reported_within_24_hours() {
            EnforcementCase c = coercionCase().withCoerciveMeasure(coercionCase().coerciveMeasure().get().withEmergency(true)
                    .withTakenAt(LocalDateTime.of(2023, 6, 1, 8, 0)).withReportedToHeadAt(LocalDateTime.of(2023, 6, 2, 14, 0)).withApprovedOn(d("2023-06-02")));
            failsWith("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(c)).build(), "/enforcementCases/0/coerciveMeasure",
                    "案件 c2 紧急实施强制措施（2023-06-01T08:00）后 30 小时才向负责人报告，超过 24 小时",
                    "case c2 reported the emergency measure (2023-06-01T08:00) to the head 30 hours later, beyond 24");
            assertPasses("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(c.withCoerciveMeasure(c.coerciveMeasure().get()
                    .withReportedToHeadAt(LocalDateTime.of(2023, 6, 2, 8, 0))))).build());
        }

        @Test
        void execution_waits_for_the_demand_s_deadline_and_never_cuts_utilities() {
            EnforcementCase x = EnforcementCase.builder().id("c4").kind(CaseKind.COERCIVE_EXECUTION).powerItemId("pw2").addOfficer(present("o1"))
                    .addOfficer(present("o2")).filedOn(d("2023-07-01")).decidedOn(d("2023-07-05")).fileComplete(true)
                    .coerciveExecution(CoerciveExecution.builder().demandServedOn(d("2023-07-01")).performanceDueOn(d("2023-07-10")).decidedOn(d("2023-07-05"))
                            .executedOn(d("2023-07-12")).atNightOrOnHoliday(false).utilitiesCut(false).build()).build();
            failsWith("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(x)).build(), "/enforcementCases/0/coerciveExecution",
                    "案件 c4 在催告期限（2023-07-10）届满前即作出强制执行决定（2023-07-05）",
                    "case c4 decided execution (2023-07-05) before the demand's deadline (2023-07-10) passed");
            EnforcementCase cut = x.withDecidedOn(d("2023-07-11")).withCoerciveExecution(x.coerciveExecution().get().withDecidedOn(d("2023-07-11")).withUtilitiesCut(true));
            assertThat(onlyFailure("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(cut)).build()).messageEn())
                    .isEqualTo("case c4 cut water, power, heating or gas to force performance");
            EnforcementCase lawful = cut.withCoerciveExecution(cut.coerciveExecution().get().withUtilitiesCut(false));
            assertPasses("ENF-COERCIVE-PROCEDURE", clean().enforcementCases(List.of(lawful)).build());
        }
    }

    @Nested
    class DecisionDisclosure {
        private EnforcementCase revokedOn1June(String withdrawnOn, Boolean explained) {
            DisclosureRecord.Builder pub = DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(d("2023-04-06"));
            if (withdrawnOn != null) {
                pub.withdrawnOn(d(withdrawnOn));
            }
            if (explained != null) {
                pub.withdrawalExplained(explained);
            }
            return penaltyCase().withDisclosures(pub.build()).withRemedies(RemedyProceeding.builder().kind(RemedyKind.RECONSIDERATION)
                    .filedOn(d("2023-04-20")).decidedOn(d("2023-06-01")).outcome(RemedyOutcome.REVOKED).build());
        }

        @Test
        void passes_when_withdrawn_and_explained_within_three_working_days() {
            // revoked Thursday 2023-06-01 + 3 working days = Tuesday 2023-06-06
            assertPasses("ENF-DECISION-DISCLOSURE", withPenalty(revokedOn1June("2023-06-06", true)));
        }

        @Test
        void fails_when_withdrawn_late() {
            failsWith("ENF-DECISION-DISCLOSURE", withPenalty(revokedOn1June("2023-06-08", true)), "/enforcementCases/0/disclosures/0",
                    "案件 c1 的处罚决定于 2023-06-01 被纠正，公开的决定信息于 2023-06-08 才撤回，超过 3 个工作日（截止 2023-06-06）",
                    "case c1 had its decision corrected on 2023-06-01 but the published decision was withdrawn only on 2023-06-08, beyond 3 working days (2023-06-06)");
        }

        @Test
        void fails_when_withdrawn_without_explanation() {
            failsWith("ENF-DECISION-DISCLOSURE", withPenalty(revokedOn1June("2023-06-02", false)), "/enforcementCases/0/disclosures/0",
                    "案件 c1 撤回处罚决定信息时未公开说明理由", "case c1 withdrew the decision without explaining why in public");
        }

        @Test
        void an_upheld_decision_stays_published() {
            EnforcementCase upheld = penaltyCase().withRemedies(RemedyProceeding.builder().kind(RemedyKind.LITIGATION).filedOn(d("2023-05-01"))
                    .decidedOn(d("2023-08-01")).outcome(RemedyOutcome.UPHELD).build());
            assertThat(only("ENF-DECISION-DISCLOSURE", withPenalty(upheld), Outcome.NOT_APPLICABLE).path()).isEqualTo("/enforcementCases");
        }
    }

    @Nested
    class PublicityBasis {
        @Test
        void fails_when_filing_grounds_remedies_and_adopted_benchmarks_are_unpublished() {
            // the clean township passes when every item is published
            assertPasses("ENF-PUBLICITY-BASIS", clean().build());
            RuleOfLawRecord r = clean().enforcementPublicity(EnforcementPublicity.builder().addPublished(PublicityItem.ENFORCING_AGENCY, PublicityItem.PROCEDURE)
                    .discretionBenchmarksAdopted(true).electronicMonitoringUsed(false).build()).build();
            failsWith("ENF-PUBLICITY-BASIS", r, "/enforcementPublicity/published", "示范乡 未公示：立案依据、救济渠道、行政处罚裁量基准",
                    "示范乡 has not published the grounds for opening cases, the remedies, the discretion benchmarks");
        }

        @Test
        void a_declared_count_of_benchmarks_means_they_exist_and_must_be_published() {
            RuleOfLawRecord r = clean().enforcementPublicity(EnforcementPublicity.builder().addPublished(PublicityItem.ENFORCING_AGENCY,
                    PublicityItem.FILING_BASIS, PublicityItem.PROCEDURE, PublicityItem.REMEDIES).electronicMonitoringUsed(false).build())
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_DISCRETION_BENCHMARKS, 12, "细化裁量基准 12 项")).build();
            assertThat(onlyFailure("ENF-PUBLICITY-BASIS", r).messageEn()).isEqualTo("示范乡 has not published the discretion benchmarks");
        }

        @Test
        void is_insufficient_data_for_an_enforcing_unit_with_no_publicity_record() {
            Finding f = only("ENF-PUBLICITY-BASIS", clean().enforcementPublicity(Optional.empty()).build(), Outcome.INSUFFICIENT_DATA);
            assertThat(f.path()).isEqualTo("/enforcementPublicity");
            assertThat(f.messageZh()).isEqualTo("数据不足：示范乡 有执法职能，但没有执法公示（实施机关、立案依据、实施程序、救济渠道）的记录");
        }
    }
}
