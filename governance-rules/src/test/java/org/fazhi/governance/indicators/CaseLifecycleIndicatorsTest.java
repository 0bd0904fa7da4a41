package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.TallyBasis;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.rules.TownshipsAccess;
import org.fazhi.governance.rules.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The indicators of a case's life: each count takes exactly what it says, and tallies of parts merge into the whole. */
class CaseLifecycleIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final RuleOfLawRecord CLEAN = TownshipsAccess.clean();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** On the spot: a warning and 100 yuan, paid at once, decided the day it was filed, never published. */
    static EnforcementCase summary() {
        return EnforcementCase.builder().id("c3").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.SUMMARY)
                .filedOn(d("2023-08-01")).decidedOn(d("2023-08-01")).servedOn(d("2023-08-01"))
                .penalty(Penalty.builder().addKind(PenaltyKind.WARNING).addKind(PenaltyKind.FINE).fineYuan(new BigDecimal("100")).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.COLLECTED_ON_THE_SPOT).paidOn(d("2023-08-01")).amountYuan(new BigDecimal("100")).build())
                .build();
    }

    /**
     * Ordinary: filed 01-05, decided 05-20 (past 90 days), noticed only after the decision, a fine and a confiscation,
     * unpaid, a hearing asked for and not held, unpublished, revoked on reconsideration and changed in court.
     */
    static EnforcementCase late() {
        return EnforcementCase.builder().id("c4").kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.ORDINARY)
                .filedOn(d("2023-01-05")).decidedOn(d("2023-05-20")).servedOn(d("2023-05-25"))
                .priorNotice(PriorNotice.builder().servedOn(d("2023-05-22")).build())
                .hearing(Hearing.builder().requestedOn(d("2023-05-23")).build())
                .penalty(Penalty.builder().addKind(PenaltyKind.FINE).addKind(PenaltyKind.CONFISCATION_OF_ILLEGAL_INCOME).fineYuan(new BigDecimal("3000"))
                        .confiscationYuan(new BigDecimal("1200.50")).build())
                .addRemedy(RemedyProceeding.builder().kind(RemedyKind.RECONSIDERATION).filedOn(d("2023-06-01")).decidedOn(d("2023-07-01"))
                        .outcome(RemedyOutcome.REVOKED).build())
                .addRemedy(RemedyProceeding.builder().kind(RemedyKind.LITIGATION).filedOn(d("2023-06-01")).decidedOn(d("2023-09-01"))
                        .outcome(RemedyOutcome.CHANGED).build())
                .build();
    }

    static EnforcementCase inspection() {
        return EnforcementCase.builder().id("c5").kind(CaseKind.INSPECTION).powerItemId("pw2").filedOn(d("2023-09-01")).build();
    }

    private static IndicatorTally cases(CheckContext context, EnforcementCase... cases) {
        IndicatorTally t = IndicatorTally.empty(context);
        for (EnforcementCase c : cases) {
            t = t.add(c);
        }
        return t;
    }

    @Test
    void each_lifecycle_count_takes_exactly_its_cases() {
        IndicatorTally t = cases(CheckContext.of(AS_OF), TownshipsAccess.penaltyCase(), TownshipsAccess.coercionCase(), summary(), late(), inspection());
        assertThat(t.get(Count.CASES_PENALTY)).as("c1, c3, c4").isEqualTo(3);
        assertThat(t.get(Count.CASES_SUMMARY)).as("c3").isEqualTo(1);
        assertThat(t.get(Count.CASES_GENERAL)).as("c1 (hearing procedure), c4").isEqualTo(2);
        assertThat(t.get(Count.CASES_PENALTY_DECIDED)).isEqualTo(3);
        assertThat(t.get(Count.CASES_DECIDED_ON_TIME)).as("c1 in 33 days, c3 the same day; c4 after 135").isEqualTo(2);
        assertThat(t.get(Count.CASES_NOTICE_DUE)).as("c1, c4; not the summary c3").isEqualTo(2);
        assertThat(t.get(Count.CASES_NOTICED)).as("c1; c4 was noticed after its decision").isEqualTo(1);
        assertThat(t.get(Count.HEARINGS_REQUESTED)).isEqualTo(2);
        assertThat(t.get(Count.HEARINGS_HELD)).isEqualTo(1);
        assertThat(t.get(Count.FINES_DECIDED_FEN)).as("50000 + 100 + 3000 + 1200.50 yuan").isEqualTo(5_430_050);
        assertThat(t.get(Count.FINES_COLLECTED_FEN)).as("50000 + 100 yuan paid").isEqualTo(5_010_000);
        assertThat(t.get(Count.CASES_DISCLOSURE_DUE)).as("c1, c2 published; c3, c4 past their deadline").isEqualTo(4);
        assertThat(t.get(Count.CASES_DISCLOSED_ON_TIME)).as("c1 in 2 working days, c2 in 2").isEqualTo(2);
        assertThat(t.get(Count.CASES_CORRECTED_RECONSIDERATION)).isEqualTo(1);
        assertThat(t.get(Count.CASES_CORRECTED_LITIGATION)).isEqualTo(1);
        assertThat(t.get(Count.CASES_CORRECTED)).as("c4 once, though corrected twice").isEqualTo(1);
        assertThat(t.get(Count.CASES_SERVED)).as("c1, c2, c3, c4").isEqualTo(4);
        assertThat(t.get(Count.CASES_CLOSED)).isEqualTo(1);
        assertThat(t.get(Count.CASES_ARCHIVED)).isEqualTo(1);

        assertThat(Indicator.PRIOR_NOTICE_RATE.valueOf(t).display()).isEqualTo("50.00%");
        assertThat(Indicator.ON_TIME_DECISION_RATE.valueOf(t).display()).isEqualTo("66.67%");
        assertThat(Indicator.HEARING_RATE.valueOf(t).display()).isEqualTo("50.00%");
        assertThat(Indicator.DISCLOSED_ON_TIME_RATE.valueOf(t).display()).isEqualTo("50.00%");
        assertThat(Indicator.CORRECTION_RATE.valueOf(t).display()).as("1 of 4 decided").isEqualTo("25.00%");
        assertThat(Indicator.FINES_DECIDED.valueOf(t).display()).isEqualTo("54300.50");
        assertThat(Indicator.FINES_COLLECTED.valueOf(t).display()).isEqualTo("50100.00");
        assertThat(Indicator.FINES_DECIDED.valueOf(t).decimal().orElseThrow()).isEqualByComparingTo("54300.5");
        assertThat(Indicator.CASES_FILED.valueOf(t).display()).isEqualTo("3");
    }

    @Test
    void tallies_of_any_split_merge_into_the_whole() {
        CheckContext o = CheckContext.of(AS_OF);
        EnforcementCase[] all = {TownshipsAccess.penaltyCase(), TownshipsAccess.coercionCase(), summary(), late(), inspection()};
        IndicatorTally whole = cases(o, all);
        for (int cut = 0; cut <= all.length; cut++) {
            IndicatorTally left = cases(o, java.util.Arrays.copyOfRange(all, 0, cut));
            IndicatorTally right = cases(o, java.util.Arrays.copyOfRange(all, cut, all.length));
            assertThat(left.merge(right)).as("cut at " + cut).isEqualTo(whole);
            assertThat(right.merge(left)).isEqualTo(whole);
        }
    }

    @Test
    void a_record_with_complete_cases_computes_them_and_the_sheet_shows_the_funnel() {
        RuleOfLawRecord r = RuleOfLawRecord.builder().from(CLEAN).enforcementCases(List.of(TownshipsAccess.penaltyCase(), TownshipsAccess.coercionCase(),
                summary(), late(), inspection())).build();
        IndicatorSheet sheet = Indicators.sheet(r, AS_OF);
        assertThat(sheet.get(Indicator.CASES_FILED).source()).isEqualTo(IndicatorSource.COMPUTED);
        assertThat(sheet.get(Indicator.CASES_FILED).display()).isEqualTo("3");
        assertThat(sheet.get(Indicator.CASES_DECIDED).display()).isEqualTo("4");
        assertThat(sheet.get(Indicator.CASES_SERVED).display()).isEqualTo("4");
        assertThat(sheet.get(Indicator.CASES_CLOSED).display()).isEqualTo("1");
        assertThat(sheet.get(Indicator.CASES_ARCHIVED).display()).isEqualTo("1");
    }

    @Test
    void disclosure_in_a_year_the_calendar_lacks_is_left_out_until_the_host_loads_its_notice() {
        EnforcementCase in2018 = TownshipsAccess.coercionCase().withKind(CaseKind.PENALTY).withPowerItemId("pw1").withFiledOn(d("2018-02-01"))
                .withDecidedOn(d("2018-02-12")).withServedOn(d("2018-02-12")).withCoerciveMeasure(java.util.Optional.empty())
                .withDisclosures(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(d("2018-02-26")).build());
        IndicatorTally builtIn = cases(CheckContext.of(AS_OF), in2018);
        assertThat(builtIn.get(Count.CASES_DISCLOSURE_DUE)).as("2018 is not a built-in year").isZero();
        CheckContext with2018 = CheckContext.of(AS_OF).withCalendar(WorkingDayCalendar.china().withNotice(TownshipsAccess.notice2018()));
        IndicatorTally loaded = cases(with2018, in2018);
        // 2018-02-12 + 7 working days: 02-13, 02-14, (02-15 to 02-21 Spring Festival), 02-22, 02-23, 02-24 (make-up Saturday), 02-26, 02-27
        assertThat(loaded.get(Count.CASES_DISCLOSURE_DUE)).isEqualTo(1);
        assertThat(loaded.get(Count.CASES_DISCLOSED_ON_TIME)).isEqualTo(1);
        assertThat(TallyBasis.of(with2018)).isNotEqualTo(TallyBasis.of(CheckContext.of(AS_OF)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> builtIn.merge(loaded)).isInstanceOf(IllegalArgumentException.class);
    }
}
