package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clean synthetic township is the base of every pass/fail specification: it must break nothing. */
class CleanTownshipTest {
    @Test
    void the_clean_township_passes_every_rule_with_no_insufficient_data() {
        CheckReport report = GovernanceRules.all().evaluate(Townships.clean().build(), Townships.CONTEXT);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.findings().stream().filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
                .map(f -> f.line(java.util.Locale.ENGLISH)).collect(Collectors.toList())).isEmpty();
        assertThat(report.isPassing()).isTrue();
    }

    @Test
    void every_rule_of_the_catalog_is_exercised_by_the_clean_township() {
        CheckReport report = GovernanceRules.all().evaluate(Townships.clean().build(), Townships.CONTEXT);
        java.util.Set<String> passed = report.findings().stream().filter(f -> f.outcome() == Outcome.PASS).map(Finding::ruleId)
                .collect(Collectors.toSet());
        java.util.Set<String> all = GovernanceRules.all().rules().stream().map(Rule::id).collect(Collectors.toSet());
        all.removeAll(passed);
        assertThat(all).as("rules with no PASS on the clean township (their passing case lives in their own test)")
                .containsExactlyInAnyOrder("ENF-ON-SPOT-LIMIT", "ENF-DECISION-DISCLOSURE", "DISP-VOLUNTARY", "FIG-PERCENT-DENOMINATOR", "FIG-PART-TOTAL", "FIG-APPROXIMATE", "FIG-ZERO-BASE", "FIG-UNSUPPORTED-RATE",
                        "FIG-RECONCILE");
    }
}
