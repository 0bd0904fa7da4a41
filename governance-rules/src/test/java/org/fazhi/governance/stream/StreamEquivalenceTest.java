package org.fazhi.governance.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleScope;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * 流式检查等价 / The stream checker, with its validation fast path and its counted-only passes, gives for
 * generated valid and invalid lines exactly what the plain way gives: each entity validated by Hibernate
 * Validator, each rule's whole list of findings built, not-applicable ones dropped, the others counted and
 * (passes only when asked) handed on with their path moved to the line.
 */
class StreamEquivalenceTest {
    private static final CheckContext CONTEXT = CheckContext.of(LocalDate.of(2023, 12, 31));
    private static final RuleOfLawRecord REFERENCE = TownshipsAccess.streamReference();

    /** What one run gives, in a comparable form. */
    private static final class Outcomes {
        final List<String> findings = new ArrayList<>();
        final List<String> badLines = new ArrayList<>();
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        long good;
    }

    private static String line(long line, Finding f) {
        return line + " " + f;
    }

    private static String bad(long line, List<Violation> violations) {
        return line + " " + violations;
    }

    /** The plain way, as the checker worked before the fast path: Hibernate Validator and whole finding lists. */
    private static <T> Outcomes plain(List<T> entities, RuleScope scope, String list, Function<T, RuleOfLawRecord> record,
            Function<T, List<Violation>> references, Function<T, String> id, boolean reportPasses) {
        Outcomes o = new Outcomes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entities.size(); i++) {
            long lineNo = i + 1;
            T e = entities.get(i);
            List<Violation> problems = new ArrayList<>(RecordValidator.shared().validate(e));
            if (problems.isEmpty()) {
                problems.addAll(references.apply(e));
            }
            if (problems.isEmpty() && !seen.add(id.apply(e))) {
                problems.add(Violation.of("/id", "fazhi.id.duplicate", "标识“" + id.apply(e) + "”与前面的行重复",
                        "duplicate id '" + id.apply(e) + "' (used on an earlier line)"));
            }
            if (!problems.isEmpty()) {
                o.badLines.add(bad(lineNo, problems));
                continue;
            }
            o.good++;
            for (Rule rule : GovernanceRules.all().rules()) {
                if (rule.descriptor().scope() != scope) {
                    continue;
                }
                for (Finding f : rule.evaluate(record.apply(e), CONTEXT)) {
                    if (f.outcome() == Outcome.NOT_APPLICABLE) {
                        continue;
                    }
                    o.counts.merge(f.outcome(), 1L, Long::sum);
                    if (f.outcome() == Outcome.PASS && !reportPasses) {
                        continue;
                    }
                    String path = f.path().replaceFirst("^" + list + "0", list + i);
                    o.findings.add(line(lineNo, Finding.builder().from(f).path(path).build()));
                }
            }
        }
        return o;
    }

    private static Outcomes streamed(String text, boolean tickets, boolean reportPasses) {
        Outcomes o = new Outcomes();
        EntityStreamChecker checker = EntityStreamChecker.builder(REFERENCE, CONTEXT).reportPasses(reportPasses).build();
        ByteArrayInputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        StreamSummary s = tickets
                ? checker.evaluateTickets(in, f -> o.findings.add(line(f.line(), f.finding())), b -> o.badLines.add(bad(b.line(), b.violations())), n -> { })
                : checker.evaluateCases(in, f -> o.findings.add(line(f.line(), f.finding())), b -> o.badLines.add(bad(b.line(), b.violations())), n -> { });
        o.counts.putAll(s.findings());
        o.good = s.goodLines();
        return o;
    }

    private static <T> String lines(List<T> entities) {
        StringBuilder sb = new StringBuilder();
        for (T e : entities) {
            sb.append(GovernanceJson.writeLine(e)).append('\n');
        }
        return sb.toString();
    }

    private static void assertSame(Outcomes streamed, Outcomes plain) {
        assertThat(streamed.badLines).isEqualTo(plain.badLines);
        assertThat(streamed.findings).isEqualTo(plain.findings);
        assertThat(streamed.counts).isEqualTo(plain.counts);
        assertThat(streamed.good).isEqualTo(plain.good);
    }

    private static List<Violation> ticketReferences(HotlineTicket t) {
        Set<String> villages = new HashSet<>();
        REFERENCE.unit().grassrootsUnits().forEach(v -> villages.add(v.id()));
        List<Violation> out = new ArrayList<>();
        t.grassrootsUnitId().filter(v -> !villages.contains(v)).ifPresent(v -> out.add(Violation.of("/grassrootsUnitId", "fazhi.reference.missing",
                "引用的“" + v + "”在 unit/grassrootsUnits 中不存在", "refers to '" + v + "', which is not in unit/grassrootsUnits")));
        return out;
    }

    private static List<Violation> caseReferences(EnforcementCase c) {
        Set<String> powers = new HashSet<>();
        Set<String> officers = new HashSet<>();
        Set<String> reviewers = new HashSet<>();
        REFERENCE.powerList().forEach(p -> powers.add(p.id()));
        REFERENCE.enforcementOfficers().forEach(p -> officers.add(p.id()));
        REFERENCE.legalReviewers().forEach(p -> reviewers.add(p.id()));
        List<Violation> out = new ArrayList<>();
        if (!powers.contains(c.powerItemId())) {
            out.add(Violation.of("/powerItemId", "fazhi.reference.missing", "引用的“" + c.powerItemId() + "”在 powerList 中不存在",
                    "refers to '" + c.powerItemId() + "', which is not in powerList"));
        }
        for (int j = 0; j < c.officers().size(); j++) {
            String o = c.officers().get(j).officerId();
            if (!officers.contains(o)) {
                out.add(Violation.of("/officers/" + j + "/officerId", "fazhi.reference.missing", "引用的“" + o + "”在 enforcementOfficers 中不存在",
                        "refers to '" + o + "', which is not in enforcementOfficers"));
            }
        }
        c.legalReview().filter(r -> !reviewers.contains(r.reviewerId())).ifPresent(r -> out.add(Violation.of("/legalReview",
                "fazhi.reference.missing", "引用的“" + r.reviewerId() + "”在 legalReviewers 中不存在",
                "refers to '" + r.reviewerId() + "', which is not in legalReviewers")));
        return out;
    }

    private static <T> Gen<List<T>> streams(Gen<T> entities) {
        return lists().of(entities).ofSizeBetween(1, 40);
    }

    @Test
    void ticket_streams_give_the_same_findings_counts_and_bad_lines_as_the_plain_way() {
        qt().withExamples(150).forAll(streams(ModelGenerators.streamedTickets())).checkAssert(tickets -> {
            for (boolean passes : new boolean[] {false, true}) {
                assertSame(streamed(lines(tickets), true, passes), plain(tickets, RuleScope.HOTLINE_TICKET, "/hotlineTickets/",
                        REFERENCE::withHotlineTickets, StreamEquivalenceTest::ticketReferences, HotlineTicket::id, passes));
            }
        });
    }

    @Test
    void case_streams_give_the_same_findings_counts_and_bad_lines_as_the_plain_way() {
        qt().withExamples(150).forAll(streams(ModelGenerators.streamedCases())).checkAssert(cases -> {
            for (boolean passes : new boolean[] {false, true}) {
                assertSame(streamed(lines(cases), false, passes), plain(cases, RuleScope.ENFORCEMENT_CASE, "/enforcementCases/",
                        REFERENCE::withEnforcementCases, StreamEquivalenceTest::caseReferences, EnforcementCase::id, passes));
            }
        });
    }

    @Test
    void the_generated_streams_hold_good_and_bad_lines_and_failing_findings() {
        List<HotlineTicket> tickets = new ArrayList<>();
        List<EnforcementCase> cases = new ArrayList<>();
        qt().withExamples(400).forAll(ModelGenerators.streamedTickets(), ModelGenerators.streamedCases()).checkAssert((t, c) -> {
            tickets.add(t.withId("t" + tickets.size()));
            cases.add(c.withId("c" + cases.size()));
        });
        Outcomes t = streamed(lines(tickets), true, false);
        Outcomes c = streamed(lines(cases), false, false);
        assertThat(t.good).isBetween(120L, 360L);
        assertThat(c.good).isBetween(80L, 360L);
        assertThat(t.counts.get(Outcome.FAIL)).isPositive();
        assertThat(c.counts.get(Outcome.FAIL)).isPositive();
        assertThat(c.counts.get(Outcome.PASS)).isPositive();
    }
}
