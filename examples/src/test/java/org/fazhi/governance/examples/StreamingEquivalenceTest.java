package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleScope;
import org.fazhi.governance.stream.BadLine;
import org.fazhi.governance.stream.EntityStreamChecker;
import org.fazhi.governance.stream.LineFinding;
import org.fazhi.governance.stream.StreamSummary;
import org.junit.jupiter.api.Test;

/** The streaming path gives the same findings and indicators as the in-memory path on the same data. */
class StreamingEquivalenceTest {
    private static final CheckContext CONTEXT = CheckContext.of(LocalDate.of(2023, 12, 31));

    static byte[] jsonLines(List<?> entities) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object e : entities) {
            out.writeBytes(GovernanceJson.writeLine(e).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }

    static Set<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.outcome() + " " + f.path() + " " + f.messageEn()).collect(Collectors.toSet());
    }

    @Test
    void streamed_tickets_and_cases_give_the_in_memory_findings_and_counts() {
        RuleOfLawRecord township = SyntheticCounty.withSeed(99).township(0, 400, 1500);
        CheckReport inMemory = GovernanceRules.all().evaluate(township, CONTEXT);
        List<Finding> expectedCases = inMemory.findings().stream()
                .filter(f -> GovernanceRules.byId(f.ruleId()).orElseThrow().descriptor().scope() == RuleScope.ENFORCEMENT_CASE)
                .filter(f -> f.outcome() != Outcome.NOT_APPLICABLE).collect(Collectors.toList());
        List<Finding> expectedTickets = inMemory.findings().stream()
                .filter(f -> GovernanceRules.byId(f.ruleId()).orElseThrow().descriptor().scope() == RuleScope.HOTLINE_TICKET)
                .filter(f -> f.outcome() != Outcome.NOT_APPLICABLE).collect(Collectors.toList());

        EntityStreamChecker checker = EntityStreamChecker.builder(township, CONTEXT).reportPasses(true).build();
        List<Finding> streamedCases = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        StreamSummary cases = checker.evaluateCases(new ByteArrayInputStream(jsonLines(township.enforcementCases())),
                lf -> streamedCases.add(lf.finding()), bad::add, n -> { });
        List<Finding> streamedTickets = new ArrayList<>();
        StreamSummary tickets = checker.evaluateTickets(new ByteArrayInputStream(jsonLines(township.hotlineTickets())),
                lf -> streamedTickets.add(lf.finding()), bad::add, n -> { });

        assertThat(bad).isEmpty();
        assertThat(cases.goodLines()).isEqualTo(400);
        assertThat(tickets.goodLines()).isEqualTo(1500);
        assertThat(expectedCases).isNotEmpty();
        assertThat(keys(streamedCases)).isEqualTo(keys(expectedCases));
        assertThat(keys(streamedTickets)).isEqualTo(keys(expectedTickets));
        assertThat(streamedCases).hasSameSizeAs(expectedCases);

        IndicatorTally whole = IndicatorTally.empty(CONTEXT).add(township);
        IndicatorTally streamed = cases.tally().merge(tickets.tally());
        for (Indicator i : ENTITY_INDICATORS) {
            assertThat(i.valueOf(streamed)).as(i.id()).isEqualTo(i.valueOf(whole));
        }
        for (Indicator i : LIFECYCLE) {
            assertThat(i.valueOf(streamed)).as(i.id()).isEqualTo(i.valueOf(whole));
        }
        for (Indicator i : new Indicator[] {Indicator.CASES_SUMMARY, Indicator.CASES_GENERAL, Indicator.HEARINGS_REQUESTED,
            Indicator.HEARINGS_HELD, Indicator.FINES_DECIDED, Indicator.FINES_COLLECTED, Indicator.CORRECTED_ON_RECONSIDERATION}) {
            assertThat(i.valueOf(whole).decimal()).as(i.id() + " is exercised by the synthetic township")
                    .hasValueSatisfying(n -> assertThat(n).isPositive());
        }
        assertThat(Indicator.PRIOR_NOTICE_RATE.valueOf(whole).decimal()).as("some notices are missing")
                .hasValueSatisfying(n -> assertThat(n).isLessThan(java.math.BigDecimal.valueOf(100)));
    }

    /** The indicators of a case's life (issue 14): by procedure, notice, hearings, on-time decisions, fines, disclosure, corrections. */
    static final Indicator[] LIFECYCLE = {Indicator.CASES_FILED, Indicator.CASES_SUMMARY, Indicator.CASES_GENERAL, Indicator.CASES_DECIDED,
        Indicator.CASES_SERVED, Indicator.CASES_CLOSED, Indicator.CASES_ARCHIVED, Indicator.PRIOR_NOTICE_RATE, Indicator.HEARINGS_REQUESTED,
        Indicator.HEARINGS_HELD, Indicator.HEARING_RATE, Indicator.ON_TIME_DECISION_RATE, Indicator.FINES_DECIDED, Indicator.FINES_COLLECTED,
        Indicator.DISCLOSED_ON_TIME_RATE, Indicator.CORRECTED_ON_RECONSIDERATION, Indicator.CORRECTED_IN_COURT, Indicator.CORRECTION_RATE};

    /** The indicators that need nothing but the cases and tickets themselves, so a stream of them computes them whole. */
    static final Indicator[] ENTITY_INDICATORS = {Indicator.HOTLINE_RECEIVED, Indicator.HOTLINE_RESPONDED, Indicator.HOTLINE_CLOSED,
        Indicator.HOTLINE_RATED, Indicator.HOTLINE_SATISFIED, Indicator.HOTLINE_RESPONSE_RATE, Indicator.HOTLINE_CLOSURE_RATE,
        Indicator.HOTLINE_SATISFACTION_RATE, Indicator.CASES, Indicator.DISCLOSURE_RATE, Indicator.RECORDING_RATE,
        Indicator.LEGAL_REVIEW_RATE};

    @Test
    void bad_lines_are_reported_with_their_number_and_the_rest_is_processed() {
        RuleOfLawRecord township = SyntheticCounty.withSeed(3).township(0, 0, 3);
        List<String> lines = township.hotlineTickets().stream().map(GovernanceJson::writeLine).collect(Collectors.toList());
        String good = lines.get(0);
        String text = String.join("\n",
                lines.get(0),                                                   // 1 good
                "{\"id\":",                                                     // 2 malformed
                good.replace("\"channel\"", "\"mayor\":\"x\",\"channel\""),    // 3 unknown property
                good.replace("\"id\":\"t0\"", "\"id\":\"t9\"").replace("\"receivedOn\":\"", "\"receivedOn\":\"2099"),  // 4 bad date
                "",                                                             // 5 empty
                lines.get(0),                                                   // 6 duplicate id
                good.replace("\"id\":\"t0\"", "\"id\":\"t8\"").replaceAll("\"grassrootsUnitId\":\"v[0-9]+\"", "\"grassrootsUnitId\":\"nowhere\""), // 7 unknown village
                lines.get(1), lines.get(2)) + "\n";                            // 8, 9 good
        List<BadLine> bad = new ArrayList<>();
        List<LineFinding> findings = new ArrayList<>();
        StreamSummary s = EntityStreamChecker.builder(township, CONTEXT).reportPasses(true).build()
                .evaluateTickets(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), findings::add, bad::add, n -> { });
        assertThat(s.goodLines()).isEqualTo(3);
        assertThat(s.badLines()).isEqualTo(6);
        assertThat(bad).extracting(BadLine::line).containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(bad.get(0).violations().get(0).code()).isEqualTo("json.malformed");
        assertThat(bad.get(1).violations().get(0).path()).isEqualTo("/mayor");
        assertThat(bad.get(2).violations().get(0).code()).isIn("json.invalid", "json.wrongType");
        assertThat(bad.get(3).violations().get(0).code()).isEqualTo("json.empty");
        assertThat(bad.get(4).describe(java.util.Locale.ENGLISH)).isEqualTo("line 6: /id duplicate id 't0' (used on an earlier line)");
        assertThat(bad.get(5).violations().get(0).path()).isEqualTo("/grassrootsUnitId");
        assertThat(findings).extracting(LineFinding::line).containsOnly(1L, 8L, 9L);
        assertThat(Indicator.HOTLINE_RECEIVED.valueOf(s.tally()).display()).isEqualTo("3");
        assertThat(s.idCheckComplete()).isTrue();
    }

    @Test
    void the_duplicate_id_check_says_when_it_reached_its_memory_limit() {
        RuleOfLawRecord township = SyntheticCounty.withSeed(3).township(0, 0, 50);
        StreamSummary s = EntityStreamChecker.builder(township, CONTEXT).uniqueIdLimit(10).build()
                .evaluateTickets(new ByteArrayInputStream(jsonLines(township.hotlineTickets())), f -> { }, b -> { }, n -> { });
        assertThat(s.goodLines()).isEqualTo(50);
        assertThat(s.idsChecked()).isEqualTo(10);
        assertThat(s.idCheckComplete()).isFalse();
    }
}
