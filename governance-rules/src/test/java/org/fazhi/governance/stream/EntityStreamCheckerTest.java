package org.fazhi.governance.stream;

import org.fazhi.governance.indicators.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleScope;
import org.fazhi.governance.rules.RuleSet;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

class EntityStreamCheckerTest {
    private static final CheckContext CONTEXT = CheckContext.of(LocalDate.of(2023, 12, 31));
    private final RuleOfLawRecord clean = TownshipsAccess.clean();

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cases_stream_like_the_record_with_crlf_and_a_final_line_without_newline() {
        String a = GovernanceJson.writeLine(clean.enforcementCases().get(0));
        String b = GovernanceJson.writeLine(clean.enforcementCases().get(1).withOfficers(clean.enforcementCases().get(1).officers().subList(0, 1)));
        List<LineFinding> findings = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        StreamSummary s = EntityStreamChecker.builder(clean, CONTEXT).progressEvery(1).build().evaluateCases(in(a + "\r\n" + b), findings::add, bad::add, progress::add);
        assertThat(bad).isEmpty();
        assertThat(s.goodLines()).isEqualTo(2);
        assertThat(s.badLines()).isZero();
        assertThat(progress).containsExactly(1L, 2L);
        assertThat(findings).extracting(f -> f.finding().ruleId() + " " + f.finding().path() + " line " + f.line())
                .containsExactly("ENF-TWO-OFFICERS /enforcementCases/1/officers line 2");
        assertThat(findings.get(0).toString()).startsWith("line 2: [ERROR] ENF-TWO-OFFICERS /enforcementCases/1/officers: case c2 had 1 officer(s)");
        assertThat(s.findings().get(Outcome.FAIL)).isEqualTo(1L);
        assertThat(s.findings().get(Outcome.PASS)).isGreaterThan(10L);
        assertThat(Indicator.CASES.valueOf(s.tally()).display()).isEqualTo("2");
        assertThat(Indicator.CASES_DECIDED.valueOf(s.tally()).display()).isEqualTo("2");
        assertThat(s.toString()).contains("good=2", "bad=0");
    }

    @Test
    void passes_reach_the_consumer_only_when_asked() {
        String a = GovernanceJson.writeLine(clean.enforcementCases().get(0));
        List<LineFinding> findings = new ArrayList<>();
        EntityStreamChecker.builder(clean, CONTEXT).reportPasses(true).build().evaluateCases(in(a + "\n"), findings::add, x -> { }, n -> { });
        assertThat(findings).isNotEmpty().allMatch(f -> f.finding().outcome() == Outcome.PASS);
        assertThat(findings).extracting(f -> f.finding().path()).allMatch(p -> p.startsWith("/enforcementCases/0"));
    }

    @Test
    void bad_case_lines_name_missing_references_and_every_line_is_numbered() {
        String good = GovernanceJson.writeLine(clean.enforcementCases().get(0));
        String ghost = good.replace("\"officerId\":\"o2\"", "\"officerId\":\"ghost\"").replace("\"id\":\"c1\"", "\"id\":\"c9\"")
                .replace("\"powerItemId\":\"pw1\"", "\"powerItemId\":\"pw9\"").replace("\"reviewerId\":\"r1\"", "\"reviewerId\":\"r9\"");
        String tooLong = "{\"id\":\"" + "x".repeat(EntityStreamChecker.MAX_LINE_BYTES) + "\"}";
        List<BadLine> bad = new ArrayList<>();
        StreamSummary s = EntityStreamChecker.builder(clean, CONTEXT).build().evaluateCases(in(good + "\n" + ghost + "\n   \n" + tooLong + "\n" + good + "\n"),
                f -> { }, bad::add, n -> { });
        assertThat(s.goodLines()).isEqualTo(1);
        assertThat(s.badLines()).isEqualTo(4);
        assertThat(s.firstBadLines()).hasSize(4);
        assertThat(bad.get(0).line()).isEqualTo(2);
        assertThat(bad.get(0).violations()).extracting(v -> v.path()).containsExactly("/powerItemId", "/officers/1/officerId", "/legalReview");
        assertThat(bad.get(0).describe(Locale.CHINESE)).startsWith("第 2 行：/powerItemId 引用的“pw9”在 powerList 中不存在");
        assertThat(bad.get(1).violations().get(0).code()).isEqualTo("json.empty");
        assertThat(bad.get(2).violations().get(0).code()).isEqualTo("json.limit");
        assertThat(bad.get(3).toString()).isEqualTo("line 5: /id duplicate id 'c1' (used on an earlier line)");
    }

    @Test
    void a_null_line_is_a_bad_line_and_the_stream_goes_on() {
        String good = GovernanceJson.writeLine(clean.hotlineTickets().get(0));
        List<BadLine> bad = new ArrayList<>();
        StreamSummary s = EntityStreamChecker.builder(clean, CONTEXT).build().evaluateTickets(in("null\n" + good + "\n"), f -> { }, bad::add, n -> { });
        assertThat(s.goodLines()).isEqualTo(1);
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).toString()).isEqualTo("line 1: / The JSON value is null; an object (HotlineTicket) is expected");
        assertThat(bad.get(0).describe(Locale.CHINESE)).isEqualTo("第 1 行：/ JSON 值为 null，此处应为一个对象（HotlineTicket）");
    }

    @Test
    void phone_numbers_in_ids_and_references_are_masked_in_bad_lines() {
        String t = GovernanceJson.writeLine(clean.hotlineTickets().get(0).withId("13812345678").withGrassrootsUnitId("0595-23456789"));
        List<BadLine> bad = new ArrayList<>();
        EntityStreamChecker.builder(clean, CONTEXT).build().evaluateTickets(in(t + "\n" + t.replace("0595-23456789", clean.unit().grassrootsUnits().get(0).id()) + "\n"
                + t.replace("0595-23456789", clean.unit().grassrootsUnits().get(0).id()) + "\n"), f -> { }, bad::add, n -> { });
        assertThat(bad).extracting(BadLine::toString).containsExactly(
                "line 1: /grassrootsUnitId refers to '059********89', which is not in unit/grassrootsUnits",
                "line 3: /id duplicate id '138******78' (used on an earlier line)");
    }

    @Test
    void a_rule_that_throws_on_a_line_yields_an_error_finding_for_that_line_and_the_stream_goes_on() {
        String t = GovernanceJson.writeLine(clean.hotlineTickets().get(0));
        List<LineFinding> findings = new ArrayList<>();
        List<BadLine> bad = new ArrayList<>();
        RuleSet rules = GovernanceRules.all().and(TownshipsAccess.throwingRule("HOST-BROKEN-TICKET-RULE", RuleScope.HOTLINE_TICKET));
        StreamSummary s = EntityStreamChecker.builder(clean, CONTEXT).rules(rules).build().evaluateTickets(
                in(t + "\n" + t.replace("\"id\":\"" + clean.hotlineTickets().get(0).id() + "\"", "\"id\":\"other\"") + "\n"), findings::add, bad::add, n -> { });
        assertThat(bad).isEmpty();
        assertThat(s.goodLines()).isEqualTo(2);
        assertThat(findings).filteredOn(f -> f.finding().isRuleError()).extracting(f -> f.line() + " " + f.finding().ruleId() + " " + f.finding().severity())
                .containsExactly("1 HOST-BROKEN-TICKET-RULE ERROR", "2 HOST-BROKEN-TICKET-RULE ERROR");
        assertThat(findings).filteredOn(f -> f.finding().isRuleError()).first().extracting(f -> f.finding().messageEn()).asString()
                .startsWith("Rule HOST-BROKEN-TICKET-RULE (A rule that throws) threw IllegalStateException: no contact 138******78 for 2023");
        assertThat(s.findings().get(Outcome.PASS)).as("the other ticket rules still ran").isGreaterThan(0L);
    }

    @Test
    void the_id_check_can_be_turned_off_or_capped() {
        String t = GovernanceJson.writeLine(clean.hotlineTickets().get(0));
        StreamSummary off = EntityStreamChecker.builder(clean, CONTEXT).uniqueIdLimit(0).build().evaluateTickets(in(t + "\n" + t + "\n"), f -> { }, b -> { }, n -> { });
        assertThat(off.goodLines()).isEqualTo(2);
        assertThat(off.idsChecked()).isZero();
        StreamSummary capped = EntityStreamChecker.builder(clean, CONTEXT).uniqueIdLimit(1).build()
                .evaluateTickets(in(t + "\n" + t.replace("\"t1\"", "\"t2\"") + "\n" + t + "\n"), f -> { }, b -> { }, n -> { });
        assertThat(capped.goodLines()).isEqualTo(2);
        assertThat(capped.badLines()).isEqualTo(1);
        assertThat(capped.idCheckComplete()).isFalse();
        assertThat(capped.idsChecked()).isEqualTo(1);
    }

    @Test
    void long_hash_set_adds_finds_grows_and_caps() {
        LongHashSet set = new LongHashSet(3000);
        assertThat(set.add(0L)).isTrue();
        assertThat(set.add(0L)).isFalse();
        assertThat(set.contains(0L)).isTrue();
        for (long i = 1; i < 2000; i++) {
            assertThat(set.add(i * 7919)).isTrue();
        }
        assertThat(set.size()).isEqualTo(2000);
        assertThat(set.contains(7919L * 1999)).isTrue();
        assertThat(set.contains(5L)).isFalse();
        assertThat(set.add(7919L)).isFalse();
        assertThat(set.isFull()).isFalse();
        assertThat(LongHashSet.hash("t1")).isNotEqualTo(LongHashSet.hash("t2")).isEqualTo(LongHashSet.hash("t1"));
        assertThat(set.toString()).contains("size=2000");
    }

    @Test
    void a_read_error_comes_after_every_line_read_before_it() {
        String t = GovernanceJson.writeLine(clean.hotlineTickets().get(0));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < EntityStreamChecker.BATCH + 3; i++) {
            text.append(t.replace("\"t1\"", "\"t" + (i % (EntityStreamChecker.BATCH + 1)) + "\"")).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        java.io.InputStream failing = new java.io.InputStream() {
            private int pos;

            @Override
            public int read() throws java.io.IOException {
                if (pos == bytes.length) {
                    throw new java.io.IOException("disk gone");
                }
                return bytes[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                if (pos == bytes.length) {
                    throw new java.io.IOException("disk gone");
                }
                int n = Math.min(len, Math.min(100, bytes.length - pos));
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }
        };
        List<BadLine> bad = new ArrayList<>();
        List<Long> progress = new ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EntityStreamChecker.builder(clean, CONTEXT).progressEvery(1).build()
                .evaluateTickets(failing, f -> { }, bad::add, progress::add)).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("disk gone");
        assertThat(progress).hasSize(EntityStreamChecker.BATCH + 3);
        // lines BATCH + 2 and BATCH + 3 repeat the ids of lines 1 and 2: found though read in another batch, and
        // checked before the read error is thrown
        assertThat(bad).extracting(BadLine::line).containsExactly((long) EntityStreamChecker.BATCH + 2, (long) EntityStreamChecker.BATCH + 3);
    }
}
