package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.MediationCommittee;
import org.fazhi.governance.model.legal.Petition;
import org.junit.jupiter.api.Test;

/** DISP rules: disputes and petitions. */
class DisputeRulesTest {
    @Test
    void disp_mediation_committee_of_3_to_9() {
        assertPasses("DISP-MEDIATION-COMMITTEE", clean().build());
        List<MediationCommittee> c = clean().build().mediationCommittees();
        assertOnlyFailure("DISP-MEDIATION-COMMITTEE",
                clean().mediationCommittees(List.of(c.get(0), c.get(1).withMembers(2))).build())
                .at("/mediationCommittees/1/members")
                .saysEn("the committee of 西村 has 2 member(s) (3 to 9 with a chair required)");
    }

    @Test
    void disp_judicial_confirmation_within_30_days() {
        assertPasses("DISP-JUDICIAL-CONFIRMATION", clean().build());
        List<Dispute> ds = clean().build().disputes();
        assertOnlyFailure("DISP-JUDICIAL-CONFIRMATION",
                clean().disputes(List.of(ds.get(0).withJudicialConfirmationAppliedOn(d("2023-05-25")), ds.get(1)))
                        .build())
                .at("/disputes/0/judicialConfirmationAppliedOn")
                .saysEn("the agreement of dispute d1 took effect on 2023-04-10 but confirmation was sought only on "
                        + "2023-05-25, beyond 30 days");
    }

    @Test
    void disp_petition_time_limits() {
        assertPasses("DISP-PETITION-TIMELINES", clean().build());
        Petition p = clean().build().petitions().get(0);
        assertThat(onlyFailure("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withConcludedOn(d("2023-09-20")))).build()).messageEn())
                .isEqualTo("petition pt1 was not concluded by 2023-08-09");
        assertPasses("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withConcludedOn(d("2023-09-05")).withExtensionDays(30))).build());
        assertThat(onlyFailure("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withNoticeOn(d("2023-06-20")))).build()).path())
                .isEqualTo("/petitions/0/noticeOn");
    }

    @Test
    void disp_reasoning_rooms_in_the_township_and_every_village() {
        assertPasses("DISP-PINGLI-ROOM", clean().build());
        assertOnlyFailure("DISP-PINGLI-ROOM",
                clean().reasoningRooms(clean().build().reasoningRooms().subList(1, 3)).build())
                .at("/reasoningRooms")
                .saysZh("示范乡 没有乡级评理室");
    }

    @Test
    void disp_reasoning_rooms_from_declared_figures_count_township_plus_villages() {
        RuleOfLawRecord r = clean().reasoningRooms(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.REASONING_ROOMS_COUNT, 2, "建设乡、村评理室 2 个")).build();
        assertThat(onlyFailure("DISP-PINGLI-ROOM", r).messageEn())
                .isEqualTo("2 reasoning rooms, fewer than the 3 needed for the township and 2 villages");
    }
}
