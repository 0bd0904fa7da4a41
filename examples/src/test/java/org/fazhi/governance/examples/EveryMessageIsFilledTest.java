package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Over the whole catalog, every failure and every undecided finding says what it means: no message keeps a
 * {@code {placeholder}} its evidence did not fill, in either language.
 */
class EveryMessageIsFilledTest {
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

    @Test
    void no_failure_message_of_any_rule_keeps_an_unfilled_placeholder() {
        List<RuleOfLawRecord> records = new ArrayList<>();
        records.add(GuobaoExample.load());
        records.add(CaseLifecycleExample.township());
        RealReportsTest.fixtures().map(RealReportsTest::load).forEach(records::add);
        for (long seed = 1; seed <= 6; seed++) {
            records.add(SyntheticCounty.withSeed(seed).township(0, 60, 40));
        }
        Set<String> failing = new TreeSet<>();
        for (RuleOfLawRecord record : records) {
            CheckReport report = GovernanceRules.all().evaluate(record, LocalDate.of(2023, 12, 31));
            for (Finding f : report.findings()) {
                if (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.INSUFFICIENT_DATA) {
                    assertThat(f.messageZh()).as(f.ruleId() + " " + f.path()).doesNotContainPattern(UNFILLED);
                    assertThat(f.messageEn()).as(f.ruleId() + " " + f.path()).doesNotContainPattern(UNFILLED);
                }
                if (f.outcome() == Outcome.FAIL) {
                    failing.add(f.ruleId());
                }
            }
        }
        // the spec means something only if most of the catalog fails somewhere in these records
        assertThat(failing).as("rules that failed").hasSizeGreaterThan(30);
    }
}
