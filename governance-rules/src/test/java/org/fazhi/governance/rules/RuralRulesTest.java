package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.junit.jupiter.api.Test;

/** RURAL rules: rural rule of law. */
class RuralRulesTest {
    @Test
    void rural_three_legally_literate_villagers_per_village() {
        assertPasses("RURAL-LEGAL-LITERATE-3", clean().build());
        List<RuralLegalPerson> fewer = clean().build().ruralLegalPersonnel().subList(0, 5);
        assertOnlyFailure("RURAL-LEGAL-LITERATE-3", clean().ruralLegalPersonnel(fewer).build())
                .at("/unit/grassrootsUnits/1")
                .saysZh("西村 只有 2 名“法律明白人”，少于 3 名");
    }

    @Test
    void rural_declared_total_cannot_show_each_village_has_three() {
        RuleOfLawRecord r = clean().ruralLegalPersonnel(List.of())
                .addDeclaredFigure(DeclaredFigure.count(StandardFigures.RURAL_LEGAL_PERSONNEL, 535, "共计 535 人")).build();
        assertThat(only("RURAL-LEGAL-LITERATE-3", r, Outcome.INSUFFICIENT_DATA).messageEn()).contains("535", "267.5 per village over 2");
    }

    @Test
    void rural_legal_adviser_for_every_village() {
        assertPasses("RURAL-VILLAGE-LEGAL-ADVISER", clean().build());
        assertOnlyFailure("RURAL-VILLAGE-LEGAL-ADVISER",
                clean().legalAdvisers(List.of(clean().build().legalAdvisers().get(0)
                .withGrassrootsUnitIds("v1"))).build())
                .at("/unit/grassrootsUnits/1")
                .saysEn("西村 has no legal adviser");
    }

    @Test
    void rural_township_adviser() {
        assertPasses("RURAL-TOWNSHIP-LEGAL-ADVISER", clean().build());
        assertThat(onlyFailure("RURAL-TOWNSHIP-LEGAL-ADVISER", clean().legalAdvisers(List.of(clean().build().legalAdvisers().get(0)
                .withServesTownship(false))).build()).messageZh()).isEqualTo("示范乡 没有为乡镇政府本身聘请法律顾问或配备公职律师");
    }

    @Test
    void rural_villager_meetings_quarterly_with_quorum() {
        assertPasses("RURAL-VILLAGE-REP-MEETING", clean().build());
        var meetings = clean().build().villagerMeetings().stream().filter(m -> !m.heldOn().equals(d("2023-09-15")) || m.grassrootsUnitId().equals("v1"))
                .collect(Collectors.toList());
        assertOnlyFailure("RURAL-VILLAGE-REP-MEETING", clean().villagerMeetings(meetings).build())
                .saysEn("西村 held no villager-representative meeting in quarter(s) [3]");
        var thin = clean().build().villagerMeetings().stream().map(m -> m.heldOn().equals(d("2023-03-15")) && m.grassrootsUnitId().equals("v1")
                ? m.withPresent(19).withInFavour(15) : m).collect(Collectors.toList());
        assertOnlyFailure("RURAL-VILLAGE-REP-MEETING", clean().villagerMeetings(thin).build())
                .at("/villagerMeetings/0/present")
                .saysZh("v1 于 2023-03-15 的会议到会 19/30，不足三分之二");
    }
}
