package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.legal.MediationCommittee;
import org.fazhi.governance.model.legal.VillagerRepresentativeMeeting;
import org.junit.jupiter.api.Test;

/** The numeric limits of the RURAL and DISP rules, each on both sides of the line the law draws. */
class CommunityRuleLimitsTest {
    private static final String MEETINGS = "RURAL-VILLAGE-REP-MEETING";

    /** The clean township with v1's meeting of the given day changed. */
    private static RuleOfLawRecord withV1Meeting(String day, UnaryOperator<VillagerRepresentativeMeeting> change) {
        List<VillagerRepresentativeMeeting> meetings = clean().build().villagerMeetings().stream()
                .map(m -> m.grassrootsUnitId().equals("v1") && m.heldOn().equals(d(day)) ? change.apply(m) : m)
                .collect(Collectors.toList());
        return clean().villagerMeetings(meetings).build();
    }

    private static List<Finding> findings(String ruleId, RuleOfLawRecord r, String asOf) {
        return RuleAssertions.rule(ruleId).evaluate(r, CheckContext.of(LocalDate.parse(asOf)));
    }

    @Test
    void a_meeting_with_exactly_two_thirds_present_is_quorate_and_one_fewer_is_not() {
        assertPasses(MEETINGS, withV1Meeting("2023-03-15", m -> m.withPresent(20).withInFavour(11)));
        assertThat(onlyFailure(MEETINGS, withV1Meeting("2023-03-15", m -> m.withPresent(19).withInFavour(11))).path())
                .isEqualTo("/villagerMeetings/0/present");
    }

    @Test
    void exactly_half_in_favour_is_not_a_majority_of_those_present() {
        assertPasses(MEETINGS, withV1Meeting("2023-03-15", m -> m.withPresent(20).withInFavour(11)));
        assertOnlyFailure(MEETINGS, withV1Meeting("2023-03-15", m -> m.withPresent(20).withInFavour(10)))
                .at("/villagerMeetings/0/inFavour")
                .saysZh("v1 于 2023-03-15 的决定仅 10 人同意，未过到会人员半数");
    }

    @Test
    void a_quarter_is_due_only_once_it_has_ended_by_the_as_of_date() {
        List<VillagerRepresentativeMeeting> v1FirstHalfOnly = clean().build().villagerMeetings().stream()
                .filter(m -> !m.grassrootsUnitId().equals("v1") || m.heldOn().getMonthValue() <= 6).collect(Collectors.toList());
        RuleOfLawRecord r = clean().villagerMeetings(v1FirstHalfOnly).build();
        assertThat(findings(MEETINGS, r, "2023-09-29")).extracting(Finding::outcome).doesNotContain(Outcome.FAIL);
        assertThat(findings(MEETINGS, r, "2023-09-30")).filteredOn(f -> f.outcome() == Outcome.FAIL).extracting(Finding::messageEn)
                .containsExactly("东村 held no villager-representative meeting in quarter(s) [3]");
        assertThat(onlyFailure(MEETINGS, r).messageEn()).isEqualTo("东村 held no villager-representative meeting in quarter(s) [3, 4]");
    }

    @Test
    void a_meeting_held_in_another_year_does_not_count_for_the_report_year() {
        assertOnlyFailure(MEETINGS, withV1Meeting("2023-09-15", m -> m.withHeldOn(d("2022-09-15"))))
                .at("/unit/grassrootsUnits/0")
                .saysEn("东村 held no villager-representative meeting in quarter(s) [3]");
    }

    private static RuleOfLawRecord committeeOf(int members) {
        List<MediationCommittee> c = clean().build().mediationCommittees();
        return clean().mediationCommittees(List.of(c.get(0), c.get(1).withMembers(members))).build();
    }

    @Test
    void a_mediation_committee_has_three_to_nine_members_inclusive() {
        assertPasses("DISP-MEDIATION-COMMITTEE", committeeOf(3));
        assertPasses("DISP-MEDIATION-COMMITTEE", committeeOf(9));
        assertThat(onlyFailure("DISP-MEDIATION-COMMITTEE", committeeOf(10)).messageEn())
                .isEqualTo("the committee of 西村 has 10 member(s) (3 to 9 with a chair required)");
    }
}
