package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CoerciveMeasure;
import org.fazhi.governance.model.enforcement.CoerciveMeasureKind;
import org.fazhi.governance.model.enforcement.DecisionDocument;
import org.fazhi.governance.model.enforcement.DecisionItem;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.RecusalApplication;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.junit.jupiter.api.Test;

/** The case lifecycle is a record of dated facts: it binds to JSON both ways and rejects facts that contradict each other. */
class CaseLifecycleModelTest {
    private static final LocalDate D = LocalDate.of(2023, 3, 1);

    private static RuleOfLawRecord.Builder township() {
        return RuleOfLawRecord.builder().year(2023).unit(GovernmentUnit.builder().name("示范乡").level(UnitLevel.TOWNSHIP).build())
                .addPerson(Person.builder().id("p1").name("甲").build()).addPerson(Person.builder().id("p9").name("主持人").build())
                .addEnforcementOfficer(EnforcementOfficer.builder().id("o1").personId("p1").build())
                .addPowerList(PowerListItem.builder().id("pw1").name("违法建设行政处罚").category(PowerCategory.PENALTY).responsibleBody("综合执法队").build());
    }

    private static EnforcementCase.Builder penalty() {
        return EnforcementCase.builder().id("c1").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.HEARING)
                .addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).directInterest(false).build())
                .filedOn(D).decidedOn(D.plusDays(40));
    }

    @Test
    void a_full_lifecycle_case_reads_back_equal_and_old_cases_read_with_every_new_fact_unstated() {
        EnforcementCase c = penalty().fileComplete(true).partyKind(PartyKind.ORGANISATION).violationOn(D.minusDays(30)).discoveredOn(D.minusDays(2))
                .continuingViolation(false).lifeHealthOrFinanceHarm(false)
                .addRecusalApplication(RecusalApplication.builder().officerId("o1").appliedOn(D.plusDays(1)).decidedOn(D.plusDays(2)).granted(false).build())
                .priorNotice(PriorNotice.builder().servedOn(D.plusDays(10)).addItems(NoticeItem.values())
                        .proposedPenalty(Penalty.builder().addKind(PenaltyKind.FINE).fineYuan(new BigDecimal("60000")).build()).build())
                .statementAndDefence(StatementAndDefence.builder().submittedOn(D.plusDays(12)).factsRechecked(true).build())
                .hearing(Hearing.builder().requestedOn(D.plusDays(12)).noticeOn(D.plusDays(14)).heldOn(D.plusDays(25)).publicHearing(true)
                        .chairPersonId("p9").recordSigned(true).build())
                .penalty(Penalty.builder().addKind(PenaltyKind.FINE).fineYuan(new BigDecimal("50000.50")).build())
                .decisionDocument(DecisionDocument.builder().number("示罚决字〔2023〕1号").addItems(DecisionItem.values()).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(D.plusDays(50)).amountYuan(new BigDecimal("50000.50")).build())
                .addRemedy(RemedyProceeding.builder().kind(RemedyKind.RECONSIDERATION).filedOn(D.plusDays(60)).decidedOn(D.plusDays(100))
                        .outcome(RemedyOutcome.UPHELD).build())
                .build();
        RuleOfLawRecord r = township().addEnforcementCase(c).build();
        assertThat(RecordValidator.shared().validate(r)).isEmpty();
        RuleOfLawRecord back = GovernanceJson.readRecord(GovernanceJson.write(r));
        assertThat(back).isEqualTo(r);

        String old = "{\"id\":\"c0\",\"kind\":\"PENALTY\",\"powerItemId\":\"pw1\",\"filedOn\":\"2023-03-01\"}";
        EnforcementCase read = GovernanceJson.read(old.getBytes(StandardCharsets.UTF_8), EnforcementCase.class);
        assertThat(read.fileComplete()).isFalse();
        assertThat(read.priorNotice()).isEmpty();
        assertThat(read.penalty()).isEmpty();
        assertThat(read.partyKind()).isEmpty();
        assertThat(read.payments()).isEmpty();
    }

    @Test
    void contradictory_lifecycle_facts_are_reported_at_their_paths() {
        EnforcementCase c = penalty()
                // committed after it was discovered, and discovered after the case was filed
                .violationOn(D.plusDays(5)).discoveredOn(D.plusDays(1))
                .addRecusalApplication(RecusalApplication.builder().officerId("ghost").appliedOn(D).build())
                .hearing(Hearing.builder().noticeOn(D.plusDays(20)).heldOn(D.plusDays(10)).chairPersonId("nobody").build())
                .penalty(Penalty.builder().addKind(PenaltyKind.WARNING).fineYuan(BigDecimal.TEN).build())
                .statementAndDefence(StatementAndDefence.builder().waived(true).submittedOn(D).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(D).build())
                .coerciveMeasure(CoerciveMeasure.builder().kind(CoerciveMeasureKind.SEIZE).takenOn(D).takenAt(LocalDateTime.of(2023, 3, 2, 9, 0)).build())
                .build();
        List<Violation> v = RecordValidator.shared().validate(township().addEnforcementCase(c).build());
        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder(
                "/enforcementCases/0/discoveredOn",
                "/enforcementCases/0/filedOn",
                "/enforcementCases/0/recusalApplications/0/officerId",
                "/enforcementCases/0/hearing",
                "/enforcementCases/0/hearing/heldOn",
                "/enforcementCases/0/penalty/fineYuan",
                "/enforcementCases/0/statementAndDefence/waived",
                "/enforcementCases/0/payments/0/paidOn",
                "/enforcementCases/0/coerciveMeasure",
                "/enforcementCases/0/coerciveMeasure/takenAt");
        assertThat(v).filteredOn(x -> x.path().equals("/enforcementCases/0/penalty/fineYuan")).singleElement().satisfies(x -> {
            assertThat(x.zh()).isEqualTo("填写了金额，但处罚种类不含 FINE");
            assertThat(x.en()).isEqualTo("an amount is given but the kinds do not include FINE");
        });
        assertThat(v).filteredOn(x -> x.path().equals("/enforcementCases/0/coerciveMeasure")).singleElement()
                .satisfies(x -> assertThat(x.en()).isEqualTo("is recorded on a case of kind PENALTY; it belongs to COERCIVE_MEASURE"));
        assertThat(v).filteredOn(x -> x.path().equals("/enforcementCases/0/payments/0/paidOn")).singleElement()
                .satisfies(x -> assertThat(x.en()).isEqualTo("paidOn (2023-03-01) must not be before decidedOn (2023-04-10)"));
    }
}
