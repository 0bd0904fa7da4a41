package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.Count;

import org.fazhi.governance.rules.CheckContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

/** 是否专职 is a stated fact: an officer nobody marked is not counted as full-time, and a record with one is not computed. */
class UnstatedFullTimeTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final RuleOfLawRecord CLEAN = TownshipsAccess.clean();

    private static RuleOfLawRecord withOfficers(EnforcementOfficer... officers) {
        return RuleOfLawRecord.builder().from(CLEAN).enforcementOfficers(List.of(officers)).build();
    }

    @Test
    void an_officer_read_without_full_time_has_it_unstated() {
        String json = GovernanceJson.writeLine(CLEAN.enforcementOfficers().get(0)).replace("\"fullTime\":true,", "");
        assertThat(json).doesNotContain("fullTime");
        EnforcementOfficer o = GovernanceJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), EnforcementOfficer.class);
        assertThat(o.fullTime()).isEmpty();
    }

    @Test
    void only_officers_marked_full_time_are_counted() {
        EnforcementOfficer marked = CLEAN.enforcementOfficers().get(0);
        EnforcementOfficer unmarked = EnforcementOfficer.builder().from(CLEAN.enforcementOfficers().get(1)).fullTime(java.util.Optional.empty()).build();
        EnforcementOfficer partTime = unmarked.withId("o3").withFullTime(false);
        IndicatorTally t = IndicatorTally.empty(CheckContext.of(AS_OF)).add(withOfficers(marked, unmarked, partTime));
        assertThat(t.get(Count.OFFICERS)).isEqualTo(3);
        assertThat(t.get(Count.OFFICERS_FULL_TIME)).as("o1 only: o2 is unmarked, o3 part-time").isEqualTo(1);
    }

    @Test
    void the_full_time_count_of_a_record_with_an_unmarked_officer_is_not_computed_but_taken_as_declared() {
        EnforcementOfficer unmarked = EnforcementOfficer.builder().from(CLEAN.enforcementOfficers().get(1)).fullTime(java.util.Optional.empty()).build();
        RuleOfLawRecord r = withOfficers(CLEAN.enforcementOfficers().get(0), unmarked);
        assertThat(Indicator.OFFICERS_FULL_TIME.hasDetails(r)).isFalse();
        assertThat(Indicators.sheet(r, AS_OF).get(Indicator.OFFICERS_FULL_TIME).source()).isEqualTo(IndicatorSource.UNAVAILABLE);
        assertThat(Indicator.OFFICERS_FULL_TIME.hasDetails(CLEAN)).isTrue();
        assertThat(Indicators.sheet(CLEAN, AS_OF).get(Indicator.OFFICERS_FULL_TIME).display()).isEqualTo("2");
    }
}
