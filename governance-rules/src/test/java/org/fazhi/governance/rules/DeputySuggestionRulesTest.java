package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.junit.jupiter.api.Test;

/** NPC rules: deputy suggestions. */
class DeputySuggestionRulesTest {
    @Test
    void npc_reply_within_three_months() {
        assertPasses("NPC-REPLY-3M-6M", clean().build());
        DeputySuggestion s = clean().build().deputySuggestions().get(0);
        assertOnlyFailure("NPC-REPLY-3M-6M",
                clean().deputySuggestions(List.of(s.withRepliedOn(d("2023-08-01"))
                        .withCompletedOn(d("2023-08-02")))).build())
                .at("/deputySuggestions/0/repliedOn")
                .saysEn("suggestion s1 (改善村道照明) was assigned on 2023-03-10 and was answered on 2023-08-01, beyond 3 "
                        + "months (2023-06-10)");
        assertPasses("NPC-REPLY-3M-6M", clean().deputySuggestions(List.of(s.withRepliedOn(d("2023-08-01")).withCompletedOn(d("2023-08-02"))
                .withComplex(true))).build());
    }

    @Test
    void npc_handling_reported_and_public() {
        assertPasses("NPC-REPORT-PUBLIC", clean().build());
        DeputySuggestion s = clean().build().deputySuggestions().get(0);
        assertOnlyFailure("NPC-REPORT-PUBLIC",
                clean().deputySuggestions(List.of(s.withHandlingPublished(false))).build())
                .at("/deputySuggestions/0/handlingPublished")
                .saysZh("代表建议 s1 的办理情况未向社会公开");
    }
}
