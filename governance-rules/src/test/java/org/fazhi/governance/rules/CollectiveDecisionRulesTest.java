package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;

import java.util.List;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.CollectiveMeeting;
import org.junit.jupiter.api.Test;

/** TZYD rules: collective decisions (三重一大). */
class CollectiveDecisionRulesTest {
    private static RuleOfLawRecord meetings(CollectiveMeeting first, CollectiveMeeting second) {
        return clean().collectiveMeetings(List.of(first, second)).build();
    }

    @Test
    void tzyd_collective_meeting_with_the_leader_last() {
        assertPasses("TZYD-COLLECTIVE", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        assertOnlyFailure("TZYD-COLLECTIVE", meetings(m.get(0), m.get(1).withDecidedByCirculation(true)))
                .at("/collectiveMeetings/1")
                .saysZh("三重一大事项 cm2（景区道路改造资金）以传阅会签代替会议决定");
    }

    @Test
    void tzyd_personnel_needs_two_thirds_present_and_a_majority_of_all() {
        assertPasses("TZYD-PERSONNEL-QUORUM", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        assertOnlyFailure("TZYD-PERSONNEL-QUORUM",
                meetings(m.get(0).withPresentMembers(5).withVotesInFavour(5), m.get(1)))
                .saysEn("personnel matter cm1: 5 of 9 members present, fewer than two thirds (6)");
        assertOnlyFailure("TZYD-PERSONNEL-QUORUM", meetings(m.get(0).withVotesInFavour(4), m.get(1)))
                .at("/collectiveMeetings/0/votesInFavour")
                .saysEn("personnel matter cm1: 4 in favour is not more than half of the 9 members");
    }

    @Test
    void tzyd_other_matters_need_more_than_half_present() {
        assertPasses("TZYD-GENERAL-QUORUM", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        assertThat(onlyFailure("TZYD-GENERAL-QUORUM", meetings(m.get(0), m.get(1).withPresentMembers(4))).messageEn())
                .isEqualTo("collective matter cm2 had 4 of 9 members present, not more than half");
    }

    @Test
    void tzyd_dissent_is_minuted() {
        assertPasses("TZYD-DISSENT", clean().build());
        List<CollectiveMeeting> m = clean().build().collectiveMeetings();
        assertOnlyFailure("TZYD-DISSENT", meetings(m.get(0), m.get(1).withDissentMinuted(false)))
                .at("/collectiveMeetings/1/dissentMinuted")
                .saysZh("三重一大事项 cm2 有不同意见，但未载入会议纪要");
    }
}
