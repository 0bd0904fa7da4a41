package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import org.fazhi.governance.model.service.HotlineTicket;
import org.junit.jupiter.api.Test;

/** HOT rules: the service hotline. */
class HotlineRulesTest {
    @Test
    void hot_one_number() {
        assertPasses("HOT-ONE-NUMBER", clean().build());
        HotlineTicket t = clean().build().hotlineTickets().get(0);
        assertOnlyFailure("HOT-ONE-NUMBER",
                clean().hotlineTickets(List.of(t, t.withId("t2").withChannel("8890"))).build())
                .saysEn("1 ticket(s) came through numbers other than 12345 (8890); non-emergency hotlines were to "
                        + "merge into 12345 by the end of 2021");
    }

    @Test
    void hot_tickets_closed_by_their_deadline() {
        assertPasses("HOT-TIMELINESS", clean().build());
        HotlineTicket t = clean().build().hotlineTickets().get(0);
        assertOnlyFailure("HOT-TIMELINESS", clean().hotlineTickets(List.of(t.withClosedOn(d("2023-05-20")))).build())
                .at("/hotlineTickets/0/closedOn")
                .saysZh("工单 t1 期限为 2023-05-15，于 2023-05-20 才办结");
    }
}
