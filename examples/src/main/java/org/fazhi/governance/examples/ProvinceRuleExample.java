package org.fazhi.governance.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Confidence;
import org.fazhi.governance.rules.Evidence;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.LegalCitation;
import org.fazhi.governance.rules.ParameterSpec;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleDescriptor;
import org.fazhi.governance.rules.RuleGroup;
import org.fazhi.governance.rules.RuleParameters;
import org.fazhi.governance.rules.RuleSet;
import org.fazhi.governance.rules.RuleSupport;
import org.fazhi.governance.rules.Severity;
import org.fazhi.governance.rules.SubjectRef;

/**
 * 省级规则示例 / A host adds a province-specific rule and overrides a national parameter: here a
 * (hypothetical) provincial rule that every township grid covers at most 250 households, and a
 * stricter 80-hour training requirement from 2024.
 */
public final class ProvinceRuleExample {
    private ProvinceRuleExample() {}

    /** The province's rule: level-2 grids of at most {@code maxHouseholds} households. */
    public static Rule gridSizeRule() {
        RuleDescriptor d = RuleDescriptor.builder().id("HOST-PROVINCE-GRID-250").group(RuleGroup.HOST)
                .nameZh("本省二级网格不超过250户").nameEn("Provincial level-2 grids of at most 250 households")
                .citation(LegalCitation.builder().document("某省网格化服务管理规范（示例）")
                        .documentEn("a provincial grid standard (example)").issuingBody("某省人民政府")
                        .confidence(Confidence.D).build())
                .severity(Severity.WARNING).subjectZh("二级网格").subjectEn("level-2 grids")
                .failZh("网格 {gridId} 有 {households} 户，超过本省上限 {max} 户").failEn("grid {gridId} has {households} households, over the provincial {max}")
                .remediationZh("按本省规范拆分网格。").remediationEn("Split the grid as the provincial standard requires.")
                .addParameters(ParameterSpec.of("maxHouseholds", "250", "户", "households", false))
                .exampleZh("一个二级网格 320 户。").exampleEn("A level-2 grid of 320 households.").build();
        return Rule.of(d, (r, ctx, out) -> {
            int max = ctx.parameter(d, "maxHouseholds").intValueExact();
            RuleSupport.forEach(out, "grids", r.grids(), g -> g.level() == 2 && g.households().isPresent(), (i, g) -> {
                String at = RuleSupport.path("grids", i, "households");
                SubjectRef grid = SubjectRef.of(Grid.class, g.id());
                if (g.households().get() <= max) {
                    out.pass(at, grid, Evidence.of("gridId", g.id()));
                } else {
                    out.fail(at, grid, Evidence.of("gridId", g.id()).and("households", g.households().get()).and("max", max));
                }
            });
        });
    }

    /** The national rules plus the province's, with the province's 80-hour training from 2024. */
    public static RuleSet provinceRules() {
        return GovernanceRules.all().and(gridSizeRule());
    }

    /** The province's parameters. */
    public static RuleParameters provinceParameters() {
        return RuleParameters.defaults().withEffective("CERT-TRAINING-60H", "minHours", BigDecimal.valueOf(80),
                LocalDate.of(2024, 1, 1), LocalDate.MAX);
    }

    /**
     * Runs the example on a synthetic township.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        RuleOfLawRecord township = SyntheticCounty.withSeed(7).township(0, 20, 50);
        CheckReport report = provinceRules().evaluate(township,
                CheckContext.of(LocalDate.of(2023, 12, 31)).withParameters(provinceParameters()).withLocale(java.util.Locale.ENGLISH));
        System.out.println(report.ofRule("HOST-PROVINCE-GRID-250"));
    }
}
