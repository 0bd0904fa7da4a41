package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;

/** Helpers that keep the rule specifications one readable statement each. */
final class RuleAssertions {
    private static final Pattern UNFILLED = Pattern.compile("\\{[A-Za-z][A-Za-z0-9]*}");

    private RuleAssertions() {}

    static Rule rule(String id) {
        return GovernanceRules.byId(id).orElseThrow(() -> new AssertionError("no rule " + id));
    }

    /**
     * The rule's findings on a record; every rule specification goes through here, so every message of every
     * rule it reaches is also checked to leave no {@code {placeholder}} unfilled, in either language.
     */
    static List<Finding> findings(String ruleId, RuleOfLawRecord record) {
        assertThat(RecordValidator.shared().validate(record)).as("the fixture itself must be a valid record").isEmpty();
        List<Finding> findings = rule(ruleId).evaluate(record, Townships.CONTEXT);
        for (Finding f : findings) {
            assertThat(f.messageZh()).as(ruleId + " message with every placeholder filled").doesNotContainPattern(UNFILLED);
            assertThat(f.messageEn()).as(ruleId + " message with every placeholder filled").doesNotContainPattern(UNFILLED);
        }
        return findings;
    }

    /** The rule reports at least one PASS and no FAIL or INSUFFICIENT_DATA. */
    static void assertPasses(String ruleId, RuleOfLawRecord record) {
        List<Finding> f = findings(ruleId, record);
        assertThat(f).as(ruleId + " findings").extracting(Finding::outcome).contains(Outcome.PASS)
                .doesNotContain(Outcome.FAIL, Outcome.INSUFFICIENT_DATA);
    }

    /** The rule reports exactly one failure; returns it for assertions on path and message. */
    static Finding onlyFailure(String ruleId, RuleOfLawRecord record) {
        List<Finding> fails = findings(ruleId, record).stream().filter(x -> x.outcome() == Outcome.FAIL).collect(Collectors.toList());
        assertThat(fails).as(ruleId + " failures").hasSize(1);
        Finding f = fails.get(0);
        assertThat(f.ruleId()).isEqualTo(ruleId);
        assertThat(f.severity()).isEqualTo(rule(ruleId).descriptor().severity());
        assertThat(f.remediationZh()).isEqualTo(rule(ruleId).descriptor().remediationZh());
        return f;
    }

    /**
     * The rule reports exactly one failure; what it says is checked with the returned {@link OnlyFailure}, e.g.
     * {@code assertOnlyFailure("ENF-TWO-OFFICERS", r).at("/enforcementCases/0/officers").saysEn("case c1 had …")}.
     */
    static OnlyFailure assertOnlyFailure(String ruleId, RuleOfLawRecord record) {
        return new OnlyFailure(onlyFailure(ruleId, record));
    }

    /** Where a rule's only failure is and what it says, one statement a fact. */
    static final class OnlyFailure {
        private final Finding failure;

        private OnlyFailure(Finding failure) {
            this.failure = failure;
        }

        /** It is at this JSON pointer. */
        OnlyFailure at(String path) {
            assertThat(failure.path()).as(failure.ruleId() + " path").isEqualTo(path);
            return this;
        }

        /** Its Chinese message is this, word for word. */
        OnlyFailure saysZh(String message) {
            assertThat(failure.messageZh()).as(failure.ruleId() + " Chinese message").isEqualTo(message);
            return this;
        }

        /** Its English message is this, word for word. */
        OnlyFailure saysEn(String message) {
            assertThat(failure.messageEn()).as(failure.ruleId() + " English message").isEqualTo(message);
            return this;
        }
    }

    static Finding only(String ruleId, RuleOfLawRecord record, Outcome outcome) {
        List<Finding> f = findings(ruleId, record);
        assertThat(f).as(ruleId + " findings").extracting(Finding::outcome).containsOnly(outcome);
        assertThat(f).hasSize(1);
        return f.get(0);
    }
}
