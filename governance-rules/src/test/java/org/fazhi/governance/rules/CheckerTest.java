package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.coercionCase;
import static org.fazhi.governance.rules.Townships.penaltyCase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.grid.Grid;
import org.junit.jupiter.api.Test;

/** The checker as a host system uses it: reports, failure text, waivers, custom rules and parameters. */
class CheckerTest {
    private static final LocalDate AS_OF = Townships.AS_OF;

    /** The clean township with one officer alone on case c1: one ENF-TWO-OFFICERS error. */
    static RuleOfLawRecord oneOfficerAlone() {
        return clean().enforcementCases(List.of(penaltyCase().withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build()),
                coercionCase())).build();
    }

    @Test
    void check_passes_silently_for_a_compliant_record() {
        GovernanceRules.all().check(clean().build(), AS_OF);
    }

    @Test
    void check_throws_an_assertion_error_that_says_what_where_and_how_to_fix() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> GovernanceRules.all().check(oneOfficerAlone(), AS_OF));
        assertThat(e.getMessage()).startsWith("法治规则检查 示范乡 2023（截至 2023-12-31）：未通过 —— 1 项不符合（错误 1，警告 0，提示 0）");
        assertThat(e.getMessage()).contains("\n  [ERROR] ENF-TWO-OFFICERS /enforcementCases/0/officers: 案件 c1 只有 1 名执法人员出场，少于 2 名，"
                + "且未载明法律另有规定的依据 —— 整改：每次执法安排至少两名持证执法人员");
    }

    @Test
    void the_failure_text_is_available_in_english() {
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), Townships.CONTEXT.withLocale(Locale.ENGLISH));
        assertThat(report.toString()).startsWith("Fazhi rule check of 示范乡 2023 as of 2023-12-31: FAILED - 1 failure(s) (1 error, 0 warning, 0 info)")
                .contains("[ERROR] ENF-TWO-OFFICERS /enforcementCases/0/officers: case c1 had 1 officer(s) present, fewer than 2, "
                        + "and names no legal exception — fix: Send at least two certified officers");
    }

    @Test
    void check_with_a_context_throws_listing_rule_id_json_path_and_message_in_the_context_language() {
        AssertionError e = catchThrowableOfType(AssertionError.class,
                () -> GovernanceRules.all().check(oneOfficerAlone(), Townships.CONTEXT.withLocale(Locale.ENGLISH)));
        assertThat(e.getMessage())
                .contains("\n  [ERROR] ENF-TWO-OFFICERS /enforcementCases/0/officers: case c1 had 1 officer(s)");
    }

    @Test
    void a_phone_number_used_as_a_case_id_is_masked_in_messages_and_evidence() {
        RuleOfLawRecord record = clean().enforcementCases(List.of(penaltyCase().withId("13812345678")
                .withOfficers(OfficerPresence.builder().officerId("o1").certificateShown(true).build()), coercionCase())).build();
        Finding f = GovernanceRules.all().evaluate(record, AS_OF).failures().get(0);
        assertThat(f.messageEn()).startsWith("case 138******78 had 1 officer(s) present");
        assertThat(f.messageZh()).startsWith("案件 138******78 只有 1 名执法人员出场");
        assertThat(f.evidence()).containsEntry("caseId", "138******78");
        assertThat(f.subject().key()).as("waivers match the raw id").isEqualTo("13812345678");
    }

    /** A host rule that throws, with a phone number in its exception message. */
    static Rule throwingRule(String id, RuleScope scope) {
        RuleDescriptor d = RuleDescriptor.builder().id(id).group(RuleGroup.HOST).scope(scope)
                .nameZh("会出错的规则").nameEn("A rule that throws").severity(Severity.INFO)
                .citation(LegalSources.LOCAL.cite("某省规定", "a provincial rule", Confidence.D))
                .subjectZh("乡镇").subjectEn("townships").failZh("失败").failEn("failed")
                .remediationZh("无").remediationEn("none").exampleZh("无").exampleEn("none").build();
        return Rule.of(d, (r, ctx, out) -> {
            throw new IllegalStateException("no contact 13812345678 for " + r.year());
        });
    }

    @Test
    void a_rule_that_throws_yields_an_error_finding_and_the_other_rules_still_run() {
        RuleSet rules = GovernanceRules.all().and(throwingRule("HOST-BROKEN-RULE", RuleScope.RECORD));
        CheckReport report = rules.evaluate(clean().build(), Townships.CONTEXT.withLocale(Locale.ENGLISH));
        assertThat(report.ruleErrors()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("HOST-BROKEN-RULE");
            assertThat(f.severity()).as("an error whatever the rule's own severity").isEqualTo(Severity.ERROR);
            assertThat(f.outcome()).isEqualTo(Outcome.FAIL);
            assertThat(f.isRuleError()).isTrue();
            assertThat(f.messageEn()).startsWith("Rule HOST-BROKEN-RULE (A rule that throws) threw IllegalStateException: no contact 138******78 for 2023"
                    + " at CheckerTest.").endsWith("; the check did not complete");
            assertThat(f.messageZh()).startsWith("规则 HOST-BROKEN-RULE（会出错的规则）执行时出错，检查未完成：IllegalStateException: no contact 138******78"
                    + " for 2023（位于 CheckerTest.");
            assertThat(f.path()).isEmpty();
            assertThat(f.subject()).isEqualTo(SubjectRef.ofKind("RuleError", "HOST-BROKEN-RULE"));
            assertThat(f.evidence()).containsEntry("exception", "IllegalStateException").containsEntry("message", "no contact 138******78 for 2023");
        });
        assertThat(report.findings().stream().map(Finding::ruleId).distinct().count()).as("every rule reported").isEqualTo(rules.rules().size());
        assertThat(report.isPassing()).isFalse();
        assertThat(GovernanceRules.all().evaluate(clean().build(), AS_OF).ruleErrors()).isEmpty();
    }

    @Test
    void a_rule_error_fails_the_host_test_loudly_and_no_waiver_hides_it() {
        Waiver waiver = Waiver.builder().ruleId("HOST-BROKEN-RULE").subject("RuleError:HOST-BROKEN-RULE").reason("试图豁免")
                .approvedBy("某人").expires(LocalDate.parse("2024-06-30")).build();
        RuleSet rules = GovernanceRules.all()
                .and(throwingRule("HOST-BROKEN-RULE", RuleScope.RECORD)).withWaivers(Waivers.of(List.of(waiver)));
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> rules.check(clean().build(), Townships.CONTEXT.withLocale(Locale.ENGLISH)));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("[ERROR] HOST-BROKEN-RULE /: Rule HOST-BROKEN-RULE (A rule that throws) threw IllegalStateException")
                .contains("fix: This is a defect of the rule or the library, not of the data");
        assertThat(rules.evaluate(clean().build(), AS_OF).waived()).isEmpty();
    }

    @Test
    void a_rule_that_returns_null_or_overflows_the_stack_is_contained_too() {
        Rule nullRule = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return throwingRule("HOST-NULL-RULE", RuleScope.RECORD).descriptor();
            }

            @Override
            public List<Finding> evaluate(RuleOfLawRecord record, CheckContext context) {
                return null;
            }
        };
        Rule deep = new Rule() {
            @Override
            public RuleDescriptor descriptor() {
                return throwingRule("HOST-DEEP-RULE", RuleScope.RECORD).descriptor();
            }

            @Override
            public List<Finding> evaluate(RuleOfLawRecord record, CheckContext context) {
                return evaluate(record, context);
            }
        };
        CheckReport report = GovernanceRules.all().and(nullRule, deep).evaluate(clean().build(), AS_OF);
        assertThat(report.ruleErrors()).extracting(f -> f.ruleId() + " " + f.evidence().get("exception"))
                .containsExactly("HOST-NULL-RULE IllegalStateException", "HOST-DEEP-RULE StackOverflowError");
    }

    @Test
    void an_invalid_record_is_refused_before_any_rule_runs() {
        RuleOfLawRecord broken = clean().addGrid(Grid.builder().id("g1").name("重复").level(1).build()).build();
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceRules.all().evaluate(broken, AS_OF));
        assertThat(e.violations()).extracting(v -> v.path()).containsExactly("/grids/4/id");
    }

    @Test
    void report_queries_read_well_under_any_assertion_library() {
        CheckReport report = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.isPassing()).isFalse();
        assertThat(report.failures()).extracting(Finding::ruleId).containsExactly("ENF-TWO-OFFICERS");
        assertThat(report.ofRule("ENF-TWO-OFFICERS").findings()).extracting(Finding::outcome).containsExactly(Outcome.FAIL, Outcome.PASS);
        assertThat(report.failuresBySeverity()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 0);
        assertThat(report.count(Outcome.FAIL)).isEqualTo(1);
    }

    @Test
    void merged_reports_add_up() {
        CheckReport a = GovernanceRules.all().evaluate(oneOfficerAlone(), AS_OF);
        CheckReport b = GovernanceRules.all().evaluate(clean().build(), AS_OF);
        CheckReport both = a.merge(b);
        assertThat(both.findings()).hasSize(a.findings().size() + b.findings().size());
        assertThat(both.failures()).hasSize(1);
        assertThat(both.title()).isEqualTo("示范乡 2023 + 示范乡 2023");
    }

    private static Waiver waiver(String expires) {
        return Waiver.builder().ruleId("ENF-TWO-OFFICERS").subject("EnforcementCase:c1").reason("法律另有规定，依据待补录")
                .approvedBy("县司法局 王科长").expires(LocalDate.parse(expires)).build();
    }

    @Test
    void an_active_waiver_turns_the_failure_into_a_waived_one() {
        RuleSet rules = GovernanceRules.all().withWaivers(Waivers.of(List.of(waiver("2024-06-30"))));
        CheckReport report = rules.evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.isPassing()).isTrue();
        assertThat(report.failures()).isEmpty();
        assertThat(report.waived()).singleElement().satisfies(f -> assertThat(f.waiver().get().approvedBy()).isEqualTo("县司法局 王科长"));
        assertThat(report.toString()).contains("已豁免 1");
        rules.check(oneOfficerAlone(), AS_OF);
    }

    @Test
    void an_expired_waiver_fails_again_and_is_reported() {
        RuleSet rules = GovernanceRules.all().withWaivers(Waivers.of(List.of(waiver("2023-12-30"))));
        CheckReport report = rules.evaluate(oneOfficerAlone(), AS_OF);
        assertThat(report.isPassing()).isFalse();
        assertThat(report.expiredWaivers()).hasSize(1);
        assertThat(report.toString()).contains("豁免已过期：ENF-TWO-OFFICERS EnforcementCase:c1（到期 2023-12-30）");
    }

    @Test
    void a_waiver_that_matches_nothing_is_stale_and_the_baseline_only_shrinks() {
        Waivers baseline = Waivers.of(List.of(waiver("2024-06-30")));
        CheckReport fixed = GovernanceRules.all().withWaivers(baseline).evaluate(clean().build(), AS_OF);
        assertThat(fixed.staleWaivers()).hasSize(1);
        assertThat(fixed.toString()).contains("豁免已无对应问题，可删除：ENF-TWO-OFFICERS EnforcementCase:c1");
        assertThat(baseline.withoutStale(fixed).entries()).isEmpty();
        CheckReport stillBroken = GovernanceRules.all().withWaivers(baseline).evaluate(oneOfficerAlone(), AS_OF);
        assertThat(baseline.withoutStale(stillBroken).entries()).hasSize(1);
    }

    @Test
    void waivers_read_and_write_json_and_refuse_bad_entries() {
        Waivers w = Waivers.of(List.of(waiver("2024-06-30")));
        assertThat(Waivers.parse(w.toJson()).entries()).isEqualTo(w.entries());
        assertThatThrownBy(() -> Waivers.parse("[{\"ruleId\":\"ENF-TWO-OFFICERS\",\"subject\":\"x\",\"reason\":\"\",\"approvedBy\":\"a\",\"expires\":\"2024-01-01\"}]"))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("Invalid waiver baseline");
        assertThatThrownBy(() -> Waivers.of(List.of(waiver("2024-06-30"), waiver("2024-07-30"))))
                .hasMessageContaining("duplicate waiver for ENF-TWO-OFFICERS EnforcementCase:c1");
    }

    @Test
    void a_host_adds_its_own_province_rule_through_the_same_api() {
        RuleDescriptor d = RuleDescriptor.builder().id("HOST-FJ-VILLAGE-COUNT").group(RuleGroup.HOST)
                .nameZh("每个乡镇至少3个村").nameEn("At least 3 villages").severity(Severity.WARNING)
                .citation(LegalSources.LOCAL.cite("某省规定", "a provincial rule", Confidence.D))
                .subjectZh("乡镇").subjectEn("townships").failZh("只有 {n} 个村").failEn("only {n} villages")
                .remediationZh("核对区划").remediationEn("Check the divisions")
                .addParameters(ParameterSpec.of("min", "3", "个", "villages", false))
                .exampleZh("2 个村").exampleEn("2 villages").build();
        Rule custom = Rule.of(d, (r, ctx, out) -> {
            int n = r.unit().grassrootsUnits().size();
            if (n >= ctx.parameter(d, "min").intValue()) {
                out.pass("/unit/grassrootsUnits", out.recordSubject(), Evidence.of("n", n));
            } else {
                out.fail("/unit/grassrootsUnits", out.recordSubject(), Evidence.of("n", n));
            }
        });
        CheckReport report = GovernanceRules.all().and(custom).evaluate(clean().build(), AS_OF);
        assertThat(report.failures()).extracting(Finding::messageEn).containsExactly("only 2 villages");
        assertThat(report.isPassing()).as("a warning does not fail at the default threshold").isTrue();
        assertThat(report.isPassing(Severity.WARNING)).isFalse();
        GovernanceRules.all().and(custom).check(clean().build(), Townships.CONTEXT);
        assertThatThrownBy(() -> GovernanceRules.all().and(custom).check(clean().build(), Townships.CONTEXT,
                Severity.WARNING)).isInstanceOf(AssertionError.class).hasMessageContaining("HOST-FJ-VILLAGE-COUNT");
        CheckContext lenient = Townships.CONTEXT.withParameters(RuleParameters.defaults().with(d, "min", BigDecimal.ONE));
        assertThat(GovernanceRules.all().and(custom).evaluate(clean().build(), lenient).failures()).isEmpty();
        assertThatThrownBy(() -> GovernanceRules.all()
                .and(custom, custom)).hasMessageContaining("duplicate rule id HOST-FJ-VILLAGE-COUNT");
    }

    @Test
    void parameters_can_change_from_a_date() {
        RuleDescriptor d = GovernanceRules.byId("CERT-TRAINING-60H").orElseThrow().descriptor();
        RuleParameters p = RuleParameters.defaults().withEffective("CERT-TRAINING-60H", "minHours", BigDecimal.valueOf(80),
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(p.value(d, "minHours", LocalDate.of(2023, 12, 31))).isEqualByComparingTo("60");
        assertThat(p.value(d, "minHours", LocalDate.of(2024, 6, 1))).isEqualByComparingTo("80");
        assertThat(p.value(d, "minHours", LocalDate.of(2026, 1, 1))).isEqualByComparingTo("60");
        assertThatThrownBy(() -> p.value(d, "maxHours", LocalDate.of(2024, 1, 1))).hasMessageContaining("has no parameter 'maxHours'");
    }

    @Test
    void a_rule_that_finds_nothing_to_check_says_so_instead_of_passing() {
        List<Finding> f = GovernanceRules.byId("LIT-LEADER-APPEARS").orElseThrow().evaluate(clean().litigations(List.of()).build(), Townships.CONTEXT);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
            assertThat(x.messageEn()).isEqualTo("Not applicable: checked 0 lawsuits");
            assertThat(x.evidence()).containsEntry("checked", "0");
        });
    }
}
