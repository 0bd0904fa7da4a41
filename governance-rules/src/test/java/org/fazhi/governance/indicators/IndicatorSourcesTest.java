package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.TallyCounter;

import org.fazhi.governance.indicators.internal.TallyBasis;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;
import org.fazhi.governance.rules.Ratio;

/** Each indicator is computed exactly when the record holds its detailed entries. */
class IndicatorSourcesTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    @Test
    void an_empty_record_has_no_indicator_at_all() {
        RuleOfLawRecord empty = RuleOfLawRecord.builder().year(2023).unit(GovernmentUnit.builder().name("空乡").level(UnitLevel.TOWNSHIP).build()).build();
        IndicatorSheet s = Indicators.sheet(empty, AS_OF);
        assertThat(s.results()).allSatisfy(r -> {
            assertThat(r.source()).as(r.id()).isEqualTo(IndicatorSource.UNAVAILABLE);
            assertThat(r.display()).isEqualTo("—");
            assertThat(r.number()).isEmpty();
            assertThat(r.agrees()).isEmpty();
        });
    }

    @Test
    void the_detailed_township_computes_every_indicator_it_has_entries_for() {
        IndicatorSheet s = Indicators.sheet(TownshipsAccess.clean(), AS_OF);
        // Every list of the detailed township is declared complete, so an empty one (publicity events) computes 0.
        Set<Indicator> missing = EnumSet.of(Indicator.COORDINATION_LEADERS, Indicator.COORDINATION_CADRES);
        for (IndicatorResult r : s.results()) {
            assertThat(r.source()).as(r.id())
                    .isEqualTo(r.indicator().map(missing::contains).orElse(false) ? IndicatorSource.UNAVAILABLE : IndicatorSource.COMPUTED);
        }
        assertThat(s.get("enforcement.trainingHoursPerOfficer").orElseThrow().display()).isEqualTo("64.00");
        assertThat(s.get("enforcement.reviewersPerOfficer").orElseThrow().display()).isEqualTo("0.50");
        assertThat(s.get("patrol.perWeek").orElseThrow().display()).isEqualTo("2.00");
        assertThat(s.get("grid.staffTotal").orElseThrow().display()).isEqualTo("4");
        assertThat(s.get("reasoningRooms.count").orElseThrow().display()).isEqualTo("3");
        assertThat(s.get("rural.legalPersonnel").orElseThrow().display()).isEqualTo("6");
        assertThat(s.get("cameras.total").orElseThrow().display()).isEqualTo("3");
        assertThat(s.get("no.such.indicator")).isEmpty();
        assertThat(s.tally().get(Count.TRAINING_CENTIHOURS)).isEqualTo(12800);
        assertThat(s.tally().get(Count.PATROL_WEEKS)).isEqualTo(52);
        assertThat(s.tally().get(Count.PATROLS)).isEqualTo(104);
        assertThat(s.tally().get(Count.CASES_NEEDING_REVIEW)).isEqualTo(1);
        assertThat(s.tally().get(Count.UNITS_WITH_REASONING_ROOM)).isEqualTo(1);
        assertThat(s.tally().get(Count.VILLAGES_WITH_ENOUGH_LITERATE)).isEqualTo(2);
        assertThat(s.tally().toString()).contains("PATROLS=104").doesNotContain("CAMPAIGNS");
    }

    @Test
    void values_read_as_counts_percentages_and_averages() {
        assertThat(IndicatorValue.count(130).display()).isEqualTo("130");
        assertThat(IndicatorValue.count(130).toString()).isEqualTo("130");
        assertThat(IndicatorValue.percent(Ratio.of(40, 41)).toString()).isEqualTo("40/41 (97.56%)");
        assertThat(IndicatorValue.average(9, 4).display()).isEqualTo("2.25");
        assertThat(IndicatorValue.average(9, 0).display()).isEqualTo("不可计算/not computable");
        assertThat(IndicatorValue.average(9, 4).ratio()).isEmpty();
        assertThat(IndicatorValue.percent(Ratio.of(1, 3)).ratio()).contains(Ratio.of(1, 3));
        assertThat(IndicatorValue.count(3)).isEqualTo(IndicatorValue.count(3)).isNotEqualTo(IndicatorValue.average(3, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorValue.count(-1)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndicatorValue.average(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tallies_rebuild_from_their_counts() {
        IndicatorTally t = IndicatorTally.empty(CheckContext.of(AS_OF)).add(TownshipsAccess.clean());
        TallyCounter m = TallyCounter.over(TallyBasis.of(CheckContext.of(AS_OF)), new long[TallyCounter.SIZE]);
        m.addRecord(TownshipsAccess.clean());
        assertThat(IndicatorTally.of(m)).isEqualTo(t);
        long[] counts = m.counts();
        counts[0] = 99;
        assertThat(IndicatorTally.of(m).get(Count.UNITS)).as("counts() is a copy").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TallyCounter.over(TallyBasis.of(CheckContext.of(AS_OF)), new long[2]))
                .hasMessageContaining("expected");
        long[] negative = new long[TallyCounter.SIZE];
        negative[0] = -1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TallyCounter.over(TallyBasis.of(CheckContext.of(AS_OF)), negative))
                .hasMessageContaining("negative");
        assertThat(TallyBasis.of(CheckContext.of(AS_OF)).toString()).contains("RATED");
    }
}
