package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

/**
 * 发现去向 / A rule checked into a sink gives the findings of its list: those of wanted outcomes, built and in
 * order; the others only counted, one count per finding the list holds.
 */
class FindingSinkTest {
    private static final List<Set<Outcome>> WANTED = List.of(EnumSet.noneOf(Outcome.class), EnumSet.allOf(Outcome.class),
            EnumSet.of(Outcome.FAIL, Outcome.INSUFFICIENT_DATA), EnumSet.of(Outcome.PASS), EnumSet.of(Outcome.NOT_APPLICABLE));

    /** A sink that keeps what it is given. */
    private static final class Kept implements FindingSink {
        final Set<Outcome> wanted;
        final List<Finding> accepted = new ArrayList<>();
        final Map<Outcome, Integer> counted = new EnumMap<>(Outcome.class);

        Kept(Set<Outcome> wanted) {
            this.wanted = wanted;
        }

        @Override
        public boolean wants(Outcome outcome) {
            return wanted.contains(outcome);
        }

        @Override
        public void accept(Finding finding) {
            assertThat(wanted).contains(finding.outcome());
            accepted.add(finding);
        }

        @Override
        public void count(Outcome outcome) {
            assertThat(wanted).doesNotContain(outcome);
            counted.merge(outcome, 1, Integer::sum);
        }
    }

    private static void assertSinkMatchesList(RuleOfLawRecord record) {
        for (Rule rule : GovernanceRules.all().rules()) {
            List<Finding> listed = rule.evaluate(record, Townships.CONTEXT);
            for (Set<Outcome> wanted : WANTED) {
                Kept sink = new Kept(wanted);
                rule.evaluate(record, Townships.CONTEXT, sink);
                List<Finding> expected = new ArrayList<>();
                Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
                for (Finding f : listed) {
                    if (wanted.contains(f.outcome())) {
                        expected.add(f);
                    } else {
                        counts.merge(f.outcome(), 1, Integer::sum);
                    }
                }
                assertThat(sink.accepted).as("%s wanting %s", rule.id(), wanted).isEqualTo(expected);
                assertThat(sink.counted).as("%s counting all but %s", rule.id(), wanted).isEqualTo(counts);
            }
        }
    }

    @Test
    void every_rule_gives_a_sink_the_findings_of_its_list() {
        assertSinkMatchesList(Townships.clean().build());
        assertSinkMatchesList(Townships.reportOnly().build());
        qt().withExamples(40).forAll(ModelGenerators.records()).checkAssert(FindingSinkTest::assertSinkMatchesList);
    }

    @Test
    void a_rule_of_the_host_sorts_its_list_into_the_sink() {
        Rule host = new Rule() {
            private final Rule inner = GovernanceRules.all().rules().get(0);

            @Override
            public RuleDescriptor descriptor() {
                return inner.descriptor();
            }

            @Override
            public List<Finding> evaluate(RuleOfLawRecord record, CheckContext context) {
                return inner.evaluate(record, context);
            }
        };
        RuleOfLawRecord clean = Townships.clean().build();
        Kept sink = new Kept(EnumSet.of(Outcome.PASS));
        host.evaluate(clean, Townships.CONTEXT, sink);
        assertThat(sink.accepted).isEqualTo(host.evaluate(clean, Townships.CONTEXT).stream().filter(f -> f.outcome() == Outcome.PASS).toList());
    }
}
