package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.SatisfactionBase;
import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.SatisfactionLevel;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.fazhi.governance.rules.Ratio;

class IndicatorTallyTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final CheckContext DEFAULTS = CheckContext.of(AS_OF);

    private static Gen<List<RuleOfLawRecord>> counties() {
        return lists().of(ModelGenerators.records()).ofSizeBetween(0, 6);
    }

    private static IndicatorTally tally(List<RuleOfLawRecord> records) {
        return records.stream().collect(IndicatorTally.collector(DEFAULTS));
    }

    /** A township with 41 rated tickets of 130 handled: 38 satisfied, 2 basically satisfied, 1 dissatisfied. */
    static RuleOfLawRecord hotlineTownship() {
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().year(2023).completeLists(EnumSet.allOf(RecordList.class))
                .unit(GovernmentUnit.builder().name("热线乡").level(UnitLevel.TOWNSHIP).build());
        for (int i = 0; i < 130; i++) {
            LocalDate received = LocalDate.of(2023, 1, 1).plusDays(i);
            Optional<SatisfactionLevel> rating = i < 38 ? Optional.of(SatisfactionLevel.SATISFIED)
                    : i < 40 ? Optional.of(SatisfactionLevel.BASICALLY_SATISFIED)
                    : i < 41 ? Optional.of(SatisfactionLevel.DISSATISFIED) : Optional.empty();
            b.addHotlineTicket(HotlineTicket.builder().id("t" + i).channel("12345").receivedOn(received)
                    .respondedOn(i < 128 ? Optional.of(received) : Optional.empty())
                    .closedOn(i < 125 ? Optional.of(received.plusDays(3)) : Optional.empty())
                    .rating(rating).build());
        }
        return b.build();
    }

    @Test
    void hotline_worked_example_over_rated_tickets() {
        IndicatorSheet s = Indicators.sheet(hotlineTownship(), AS_OF);
        assertThat(s.get(Indicator.HOTLINE_RECEIVED).display()).isEqualTo("130");
        assertThat(s.get(Indicator.HOTLINE_RESPONSE_RATE).computed()).contains(IndicatorValue.percent(Ratio.of(128, 130)));
        assertThat(s.get(Indicator.HOTLINE_RESPONSE_RATE).display()).isEqualTo("98.46%");
        assertThat(s.get(Indicator.HOTLINE_CLOSURE_RATE).display()).isEqualTo("96.15%");
        assertThat(s.get(Indicator.HOTLINE_SATISFACTION_RATE).computed()).contains(IndicatorValue.percent(Ratio.of(40, 41)));
        assertThat(s.get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("97.56%");
        assertThat(s.get(Indicator.HOTLINE_SATISFACTION_RATE).source()).isEqualTo(IndicatorSource.COMPUTED);
    }

    @Test
    void satisfaction_definition_is_configurable() {
        RuleOfLawRecord r = hotlineTownship();
        CheckContext strict = DEFAULTS.withBasicallySatisfiedCounts(false);
        assertThat(Indicators.sheet(r, strict)
                .get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("92.68%");
        CheckContext overClosed = DEFAULTS.withSatisfactionBase(SatisfactionBase.CLOSED);
        assertThat(Indicators.sheet(r, overClosed)
                .get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("32.00%");
    }

    @Test
    void a_declared_rate_that_agrees_with_the_records_is_reconciled() {
        RuleOfLawRecord r = RuleOfLawRecord.builder().from(hotlineTownship())
                .addDeclaredFigure(org.fazhi.governance.model.figure.DeclaredFigure.percent(StandardFigures.HOTLINE_SATISFACTION_RATE, "97.56", "满意率 97.56%"))
                .addDeclaredFigure(org.fazhi.governance.model.figure.DeclaredFigure.count(StandardFigures.HOTLINE_TICKETS_HANDLED, 131, "办理 131 件"))
                .build();
        IndicatorSheet s = Indicators.sheet(r, AS_OF);
        assertThat(s.get(Indicator.HOTLINE_SATISFACTION_RATE).agrees()).contains(true);
        assertThat(s.get(Indicator.HOTLINE_RECEIVED).agrees()).contains(false);
    }

    @Test
    void empty_is_the_identity_of_merge() {
        qt().withExamples(50).forAll(counties()).checkAssert(rs -> {
            IndicatorTally t = tally(rs);
            assertThat(t.merge(IndicatorTally.empty(DEFAULTS))).isEqualTo(t);
            assertThat(IndicatorTally.empty(DEFAULTS).merge(t)).isEqualTo(t);
        });
    }

    @Test
    void merge_is_associative_and_commutative() {
        qt().withExamples(50).forAll(counties(), counties(), counties()).checkAssert((a, b, c) -> {
            IndicatorTally x = tally(a);
            IndicatorTally y = tally(b);
            IndicatorTally z = tally(c);
            assertThat(x.merge(y)).isEqualTo(y.merge(x));
            assertThat(x.merge(y).merge(z)).isEqualTo(x.merge(y.merge(z)));
        });
    }

    @Test
    void any_split_merged_equals_the_whole() {
        qt().withExamples(50).forAll(counties(), integers().between(0, 6)).checkAssert((rs, cut) -> {
            int at = Math.min(cut, rs.size());
            IndicatorTally whole = tally(rs);
            IndicatorTally parts = tally(rs.subList(0, at)).merge(tally(rs.subList(at, rs.size())));
            assertThat(parts).isEqualTo(whole);
            IndicatorTally oneByOne = IndicatorTally.empty(DEFAULTS);
            for (RuleOfLawRecord r : rs) {
                oneByOne = oneByOne.add(r);
            }
            assertThat(oneByOne).isEqualTo(whole);
        });
    }

    @Test
    void streaming_single_tickets_equals_counting_the_record() {
        qt().withExamples(50).forAll(ModelGenerators.records()).checkAssert(r -> {
            IndicatorTally streamed = IndicatorTally.empty(DEFAULTS);
            for (HotlineTicket t : r.hotlineTickets()) {
                streamed = streamed.add(t);
            }
            IndicatorTally whole = IndicatorTally.empty(DEFAULTS).add(r);
            for (Count c : new Count[] {Count.HOTLINE_RECEIVED, Count.HOTLINE_RESPONDED, Count.HOTLINE_CLOSED, Count.HOTLINE_RATED,
                Count.HOTLINE_SATISFIED, Count.HOTLINE_BASICALLY_SATISFIED}) {
                assertThat(streamed.get(c)).as(c.name()).isEqualTo(whole.get(c));
            }
        });
    }

    @Test
    void every_percentage_indicator_stays_within_0_and_100() {
        qt().withExamples(50).forAll(counties()).checkAssert(rs -> {
            IndicatorSheet s = Indicators.rollUp(tally(rs), DEFAULTS);
            for (IndicatorResult r : s.results()) {
                if (r.unit() == IndicatorUnit.PERCENT) {
                    r.computed().flatMap(IndicatorValue::decimal).ifPresent(p ->
                            assertThat(p).as(r.id()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
                }
            }
        });
    }

    @Test
    void a_roll_up_computes_a_list_indicator_only_when_every_unit_holds_the_list_completely() {
        RuleOfLawRecord listed = hotlineTownship();
        RuleOfLawRecord declaredOnly = RuleOfLawRecord.builder().from(hotlineTownship()).hotlineTickets(List.of())
                .completeLists(EnumSet.noneOf(RecordList.class))
                .unit(GovernmentUnit.builder().name("声明乡").level(UnitLevel.TOWNSHIP).build()).build();
        IndicatorSheet both = Indicators.rollUp(tally(List.of(listed, declaredOnly)), DEFAULTS);
        assertThat(both.get(Indicator.HOTLINE_RECEIVED).source()).as("130 listed + a township that lists nothing")
                .isEqualTo(IndicatorSource.UNAVAILABLE);
        assertThat(both.get(Indicator.HOTLINE_RECEIVED).computed()).isEmpty();
        IndicatorSheet complete = Indicators.rollUp(tally(List.of(listed, listed)), DEFAULTS);
        assertThat(complete.get(Indicator.HOTLINE_RECEIVED).source()).isEqualTo(IndicatorSource.COMPUTED);
        assertThat(complete.get(Indicator.HOTLINE_RECEIVED).display()).isEqualTo("260");
    }

    @Test
    void tallies_with_different_as_of_dates_do_not_merge() {
        assertThatThrownBy(() -> IndicatorTally.empty(DEFAULTS).merge(IndicatorTally.empty(CheckContext.of(AS_OF.plusDays(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different as-of dates");
    }
}
