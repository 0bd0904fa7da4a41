package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.MediationCommittee;
import org.fazhi.governance.model.legal.Petition;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.service.ExclusionCategory;
import org.fazhi.governance.model.service.NotificationCommitmentItem;
import org.junit.jupiter.api.Test;

/** RURAL, DISP, PERMIT and LIT rules. */
class CommunityRulesTest {
    private static RuleOfLawRecord base() {
        return clean().build();
    }

    @Test
    void rural_three_legally_literate_villagers_per_village() {
        assertPasses("RURAL-LEGAL-LITERATE-3", base());
        List<RuralLegalPerson> fewer = base().ruralLegalPersonnel().subList(0, 5);
        Finding f = onlyFailure("RURAL-LEGAL-LITERATE-3", clean().ruralLegalPersonnel(fewer).build());
        assertThat(f.path()).isEqualTo("/unit/grassrootsUnits/1");
        assertThat(f.messageZh()).isEqualTo("西村 只有 2 名“法律明白人”，少于 3 名");
    }

    @Test
    void rural_declared_total_cannot_show_each_village_has_three() {
        RuleOfLawRecord r = clean().ruralLegalPersonnel(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.RURAL_LEGAL_PERSONNEL, 535, "共计 535 人")).build();
        assertThat(only("RURAL-LEGAL-LITERATE-3", r, Outcome.INSUFFICIENT_DATA).messageEn()).contains("535", "267.5 per village over 2");
    }

    @Test
    void rural_legal_adviser_for_every_village() {
        assertPasses("RURAL-VILLAGE-LEGAL-ADVISER", base());
        Finding f = onlyFailure("RURAL-VILLAGE-LEGAL-ADVISER", clean().legalAdvisers(List.of(base().legalAdvisers().get(0)
                .withGrassrootsUnitIds("v1"))).build());
        assertThat(f.path()).isEqualTo("/unit/grassrootsUnits/1");
        assertThat(f.messageEn()).isEqualTo("西村 has no legal adviser");
    }

    @Test
    void rural_township_adviser() {
        assertPasses("RURAL-TOWNSHIP-LEGAL-ADVISER", base());
        assertThat(onlyFailure("RURAL-TOWNSHIP-LEGAL-ADVISER", clean().legalAdvisers(List.of(base().legalAdvisers().get(0)
                .withServesTownship(false))).build()).messageZh()).isEqualTo("示范乡 没有为乡镇政府本身聘请法律顾问或配备公职律师");
    }

    @Test
    void rural_villager_meetings_quarterly_with_quorum() {
        assertPasses("RURAL-VILLAGE-REP-MEETING", base());
        var meetings = base().villagerMeetings().stream().filter(m -> !m.heldOn().equals(d("2023-09-15")) || m.grassrootsUnitId().equals("v1"))
                .collect(Collectors.toList());
        Finding f = onlyFailure("RURAL-VILLAGE-REP-MEETING", clean().villagerMeetings(meetings).build());
        assertThat(f.messageEn()).isEqualTo("西村 held no villager-representative meeting in quarter(s) [3]");
        var thin = base().villagerMeetings().stream().map(m -> m.heldOn().equals(d("2023-03-15")) && m.grassrootsUnitId().equals("v1")
                ? m.withPresent(19).withInFavour(15) : m).collect(Collectors.toList());
        Finding quorum = onlyFailure("RURAL-VILLAGE-REP-MEETING", clean().villagerMeetings(thin).build());
        assertThat(quorum.path()).isEqualTo("/villagerMeetings/0/present");
        assertThat(quorum.messageZh()).isEqualTo("v1 于 2023-03-15 的会议到会 19/30，不足三分之二");
    }

    @Test
    void disp_mediation_committee_of_3_to_9() {
        assertPasses("DISP-MEDIATION-COMMITTEE", base());
        List<MediationCommittee> c = base().mediationCommittees();
        Finding f = onlyFailure("DISP-MEDIATION-COMMITTEE", clean().mediationCommittees(List.of(c.get(0), c.get(1).withMembers(2))).build());
        assertThat(f.path()).isEqualTo("/mediationCommittees/1/members");
        assertThat(f.messageEn()).isEqualTo("the committee of 西村 has 2 member(s) (3 to 9 with a chair required)");
    }

    @Test
    void disp_judicial_confirmation_within_30_days() {
        assertPasses("DISP-JUDICIAL-CONFIRMATION", base());
        List<Dispute> ds = base().disputes();
        Finding f = onlyFailure("DISP-JUDICIAL-CONFIRMATION", clean().disputes(List.of(ds.get(0).withJudicialConfirmationAppliedOn(d("2023-05-25")), ds.get(1))).build());
        assertThat(f.path()).isEqualTo("/disputes/0/judicialConfirmationAppliedOn");
        assertThat(f.messageEn()).isEqualTo("the agreement of dispute d1 took effect on 2023-04-10 but confirmation was sought only on 2023-05-25, beyond 30 days");
    }

    @Test
    void disp_petition_time_limits() {
        assertPasses("DISP-PETITION-TIMELINES", base());
        Petition p = base().petitions().get(0);
        assertThat(onlyFailure("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withConcludedOn(d("2023-09-20")))).build()).messageEn())
                .isEqualTo("petition pt1 was not concluded by 2023-08-09");
        assertPasses("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withConcludedOn(d("2023-09-05")).withExtensionDays(30))).build());
        assertThat(onlyFailure("DISP-PETITION-TIMELINES", clean().petitions(List.of(p.withNoticeOn(d("2023-06-20")))).build()).path())
                .isEqualTo("/petitions/0/noticeOn");
    }

    @Test
    void disp_reasoning_rooms_in_the_township_and_every_village() {
        assertPasses("DISP-PINGLI-ROOM", base());
        Finding f = onlyFailure("DISP-PINGLI-ROOM", clean().reasoningRooms(base().reasoningRooms().subList(1, 3)).build());
        assertThat(f.path()).isEqualTo("/reasoningRooms");
        assertThat(f.messageZh()).isEqualTo("示范乡 没有乡级评理室");
    }

    @Test
    void disp_reasoning_rooms_from_declared_figures_count_township_plus_villages() {
        RuleOfLawRecord r = clean().reasoningRooms(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.REASONING_ROOMS_COUNT, 2, "建设乡、村评理室 2 个")).build();
        assertThat(onlyFailure("DISP-PINGLI-ROOM", r).messageEn())
                .isEqualTo("2 reasoning rooms, fewer than the 3 needed for the township and 2 villages");
    }

    @Test
    void permit_liability_notified_and_commitments_verified() {
        assertPasses("PERMIT-NOTIFY-COMMIT", base());
        NotificationCommitmentItem x = base().notificationCommitmentItems().get(0);
        Finding f = onlyFailure("PERMIT-NOTIFY-COMMIT", clean().notificationCommitmentItems(List.of(x.withCommitmentsVerified(0))).build());
        assertThat(f.messageEn()).isEqualTo("notification-and-commitment item nc1 (户籍迁移证明) accepted 20 commitments and verified none");
    }

    @Test
    void permit_exclusions() {
        assertPasses("PERMIT-EXCLUSIONS", base());
        NotificationCommitmentItem x = base().notificationCommitmentItems().get(0);
        Finding f = onlyFailure("PERMIT-EXCLUSIONS", clean().notificationCommitmentItems(List.of(x.withExclusionsTouched(
                EnumSet.of(ExclusionCategory.PUBLIC_SAFETY)))).build());
        assertThat(f.path()).isEqualTo("/notificationCommitmentItems/0/exclusionsTouched");
        assertThat(f.messageZh()).isEqualTo("告知承诺事项 nc1（户籍迁移证明）涉及不适用情形：公共安全");
    }

    @Test
    void lit_head_or_delegate_appears_in_court() {
        assertPasses("LIT-LEADER-APPEARS", base());
        var l = base().litigations().get(0);
        Finding f = onlyFailure("LIT-LEADER-APPEARS", clean().litigations(List.of(l.withLeaderAppeared(false))).build());
        assertThat(f.path()).isEqualTo("/litigations/0/leaderAppeared");
        assertThat(f.messageEn()).isEqualTo("in lawsuit l1 (heard 2023-08-01) neither the head nor a delegated staff member appeared");
        assertPasses("LIT-LEADER-APPEARS", clean().litigations(List.of(l.withLeaderAppeared(false).withDelegateAppeared(true))).build());
    }
}
