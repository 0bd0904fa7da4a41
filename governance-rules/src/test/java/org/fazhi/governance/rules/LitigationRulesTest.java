package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.Townships.clean;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LIT rules: administrative litigation. */
class LitigationRulesTest {
    @Test
    void lit_head_or_delegate_appears_in_court() {
        assertPasses("LIT-LEADER-APPEARS", clean().build());
        var l = clean().build().litigations().get(0);
        assertOnlyFailure("LIT-LEADER-APPEARS", clean().litigations(List.of(l.withLeaderAppeared(false))).build())
                .at("/litigations/0/leaderAppeared")
                .saysEn("in lawsuit l1 (heard 2023-08-01) neither the head nor a delegated staff member appeared");
        assertPasses("LIT-LEADER-APPEARS", clean().litigations(List.of(l.withLeaderAppeared(false).withDelegateAppeared(true))).build());
    }
}
