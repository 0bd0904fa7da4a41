package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 参数校验 / An override names a rule and a parameter that exist, or it is refused with the nearest ones. */
class RuleParametersTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
    private static final RuleDescriptor TRAINING = GovernanceRules.byId("CERT-TRAINING-60H").orElseThrow().descriptor();

    /** A host's rule, which the standard catalog does not know. */
    private static final RuleDescriptor HOST = RuleDescriptor.builder().id("HOST-PROVINCE-GRID-250").group(RuleGroup.HOST)
            .nameZh("本省二级网格不超过250户").nameEn("Level-2 grids of at most 250 households").severity(Severity.WARNING)
            .citation(LegalSources.LOCAL.cite("某省规定", "a provincial rule", Confidence.D))
            .subjectZh("二级网格").subjectEn("level-2 grids").failZh("{households} 户").failEn("{households} households")
            .remediationZh("拆分网格").remediationEn("Split the grid")
            .addParameters(ParameterSpec.of("maxHouseholds", "250", "户", "households", false))
            .exampleZh("320 户").exampleEn("320 households").build();

    @Test
    void a_typo_in_the_rule_id_is_refused_with_the_nearest_id() {
        assertThatThrownBy(() -> RuleParameters.defaults().with("CERT-TRAINING-6OH", "minHours", BigDecimal.valueOf(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no rule 'CERT-TRAINING-6OH' in the standard catalog; did you mean CERT-TRAINING-60H?"
                        + " / 标准规则目录中没有规则“CERT-TRAINING-6OH”；是否指 CERT-TRAINING-60H？");
        assertThatThrownBy(() -> RuleParameters.defaults().withEffective("CERT-TRAINING-6OH", "minHours", BigDecimal.valueOf(80),
                LocalDate.of(2024, 1, 1), LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no rule 'CERT-TRAINING-6OH' in the standard catalog; did you mean CERT-TRAINING-60H?");
    }

    @Test
    void a_typo_in_the_parameter_name_is_refused_with_the_nearest_name() {
        assertThatThrownBy(() -> RuleParameters.defaults().with("CERT-TRAINING-60H", "minHourz", BigDecimal.valueOf(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule CERT-TRAINING-60H has no parameter 'minHourz'; did you mean minHours?"
                        + " / 规则 CERT-TRAINING-60H 没有参数“minHourz”；是否指 minHours？");
        assertThatThrownBy(() -> RuleParameters.defaults().withEffective("CERT-TRAINING-60H", "minHourz", BigDecimal.valueOf(80),
                LocalDate.of(2024, 1, 1), LocalDate.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("rule CERT-TRAINING-60H has no parameter 'minHourz'; did you mean minHours?");
    }

    @Test
    void a_name_far_from_every_known_one_lists_what_there_is() {
        assertThatThrownBy(() -> RuleParameters.defaults().with("NO-SUCH-RULE-AT-ALL-XYZ", "minHours", BigDecimal.ONE))
                .hasMessage("no rule 'NO-SUCH-RULE-AT-ALL-XYZ' in the standard catalog; see docs/rules.md for the rule ids,"
                        + " or pass a host rule's descriptor / 标准规则目录中没有规则“NO-SUCH-RULE-AT-ALL-XYZ”；规则编号见 docs/rules.md，本地规则请传入其描述");
        assertThatThrownBy(() -> RuleParameters.defaults().with(TRAINING, "quorum", BigDecimal.ONE))
                .hasMessage("rule CERT-TRAINING-60H has no parameter 'quorum'; it declares minHours"
                        + " / 规则 CERT-TRAINING-60H 没有参数“quorum”；其参数为 minHours");
    }

    @Test
    void the_correct_call_still_overrides_the_default() {
        RuleParameters p = RuleParameters.defaults().with("CERT-TRAINING-60H", "minHours", BigDecimal.valueOf(80));
        assertThat(p.value(TRAINING, "minHours", AS_OF)).isEqualByComparingTo("80");
        assertThat(RuleParameters.defaults().value(TRAINING, "minHours", AS_OF)).isEqualByComparingTo("60");
    }

    @Test
    void a_host_rule_is_configured_through_its_descriptor() {
        assertThatThrownBy(() -> RuleParameters.defaults().with("HOST-PROVINCE-GRID-250", "maxHouseholds", BigDecimal.valueOf(300)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("no rule 'HOST-PROVINCE-GRID-250' in the standard catalog");
        RuleParameters p = RuleParameters.defaults().with(HOST, "maxHouseholds", BigDecimal.valueOf(300))
                .withEffective(HOST, "maxHouseholds", BigDecimal.valueOf(200), LocalDate.of(2025, 1, 1), LocalDate.MAX);
        assertThat(p.value(HOST, "maxHouseholds", AS_OF)).isEqualByComparingTo("300");
        assertThat(p.value(HOST, "maxHouseholds", LocalDate.of(2025, 3, 1))).isEqualByComparingTo("200");
        assertThatThrownBy(() -> RuleParameters.defaults().with(HOST, "maxHousehold", BigDecimal.ONE))
                .hasMessage("rule HOST-PROVINCE-GRID-250 has no parameter 'maxHousehold'; did you mean maxHouseholds?"
                        + " / 规则 HOST-PROVINCE-GRID-250 没有参数“maxHousehold”；是否指 maxHouseholds？");
    }

    @Test
    void a_host_rule_override_reaches_the_rule_through_the_context() {
        Rule rule = Rule.of(HOST, (r, ctx, out) -> out.fail("/unit", out.recordSubject(), Evidence.of("households",
                ctx.parameter(HOST, "maxHouseholds").toPlainString())));
        CheckContext ctx = Townships.CONTEXT.withParameters(RuleParameters.defaults().with(HOST, "maxHouseholds", BigDecimal.valueOf(300)))
                .withLocale(java.util.Locale.ENGLISH);
        assertThat(rule.evaluate(Townships.clean().build(), ctx)).extracting(Finding::messageEn).containsExactly("300 households");
    }
}
