package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;

import org.fazhi.governance.model.DeclaredFigure;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.junit.jupiter.api.Test;

/** FIG: the declared-figure audit. */
class FigureRulesTest {
    private static final DeclaredFigure HANDLED_130 = DeclaredFigure.count("hotline.ticketsHandled", 130, "办理 12345 诉求件 130 件");

    @Test
    void a_rate_that_some_k_over_n_gives_passes() {
        RuleOfLawRecord r = clean().addDeclaredFigure(DeclaredFigure.count("hotline.ticketsHandled", 123, "办理 123 件"))
                .addDeclaredFigure(DeclaredFigure.percent("hotline.satisfactionRate", "97.56", "满意率 97.56%")).build();
        assertThat(only("FIG-PERCENT-DENOMINATOR", r, Outcome.PASS).evidence()).containsEntry("numerator", "120");
    }

    @Test
    void the_seed_rate_of_97_56_percent_of_130_is_flagged_with_the_denominators_that_fit() {
        RuleOfLawRecord r = clean().addDeclaredFigure(HANDLED_130)
                .addDeclaredFigure(DeclaredFigure.percent("hotline.satisfactionRate", "97.56", "满意率 97.56%")).build();
        Finding f = onlyFailure("FIG-PERCENT-DENOMINATOR", r);
        assertThat(f.path()).isEqualTo("/declaredFigures/1");
        assertThat(f.messageEn()).isEqualTo("'满意率 97.56%': 97.56% cannot be a whole number out of 130 (126/130 = 96.92%, "
                + "127/130 = 97.69%); the denominators up to 130 that give 97.56% are 41, 82, 123, so the rate is not over "
                + "the 130 of '办理 12345 诉求件 130 件'");
        assertThat(f.messageZh()).startsWith("“满意率 97.56%”：97.56% 不可能是 130 中的整数占比");
    }

    @Test
    void parts_within_their_totals_pass() {
        RuleOfLawRecord r = clean().addDeclaredFigure(DeclaredFigure.count("disputes.screened", 67, "排查矛盾纠纷 67 起"))
                .addDeclaredFigure(DeclaredFigure.count("disputes.mediatedSuccessfully", 67, "调解成功 67 起")).build();
        assertPasses("FIG-PART-TOTAL", r);
    }

    @Test
    void a_part_above_its_total_fails() {
        RuleOfLawRecord r = clean().addDeclaredFigure(DeclaredFigure.count("disputes.screened", 67, "排查矛盾纠纷 67 起"))
                .addDeclaredFigure(DeclaredFigure.count("disputes.mediatedSuccessfully", 70, "调解成功 70 起")).build();
        Finding f = onlyFailure("FIG-PART-TOTAL", r);
        assertThat(f.path()).isEqualTo("/declaredFigures/1");
        assertThat(f.messageZh()).isEqualTo("“调解成功 70 起”（70）大于“排查矛盾纠纷 67 起”（67）");
    }

    @Test
    void an_approximate_figure_marked_approximate_passes() {
        RuleOfLawRecord r = clean().addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.count("publicity.campaigns", 30,
                "法治宣传教育活动 30 余场次")).approximate(true).build()).build();
        assertPasses("FIG-APPROXIMATE", r);
    }

    @Test
    void an_approximate_figure_used_as_exact_fails() {
        RuleOfLawRecord r = clean().addDeclaredFigure(DeclaredFigure.count("publicity.campaigns", 30, "法治宣传教育活动 30 余场次")).build();
        Finding f = onlyFailure("FIG-APPROXIMATE", r);
        assertThat(f.path()).isEqualTo("/declaredFigures/0/approximate");
        assertThat(f.messageEn()).isEqualTo("declared figure publicity.campaigns ('法治宣传教育活动 30 余场次') is worded as approximate but recorded as exactly 30");
    }

    @Test
    void a_100_percent_claim_without_counts_is_insufficient_data_not_a_pass() {
        RuleOfLawRecord r = clean().deputySuggestions(java.util.List.of())
                .addDeclaredFigure(DeclaredFigure.percent("npc.completionRate", "100", "办结率 100%")).build();
        Finding f = only("FIG-UNSUPPORTED-RATE", r, Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageEn()).isEqualTo("Insufficient data: the report declares npc.completionRate as 100% ('办结率 100%') with no "
                + "numerator or denominator, so it cannot be verified or counted as met");
    }

    @Test
    void a_declared_rate_backed_by_records_passes_and_one_contradicted_fails() {
        RuleOfLawRecord ok = clean().addDeclaredFigure(DeclaredFigure.percent("enforcement.certifiedRate", "100", "持证率 100%")).build();
        assertPasses("FIG-UNSUPPORTED-RATE", ok);
        RuleOfLawRecord wrong = clean().addDeclaredFigure(DeclaredFigure.percent("enforcement.recordingRate", "90", "记录率 90%")).build();
        Finding f = onlyFailure("FIG-UNSUPPORTED-RATE", wrong);
        assertThat(f.messageEn()).isEqualTo("enforcement.recordingRate is declared as 90% but the records give 2/2 (100.00%)");
    }

    @Test
    void declared_counts_matching_the_records_pass() {
        assertPasses("FIG-RECONCILE", clean().addDeclaredFigure(DeclaredFigure.count("enforcement.cases", 2, "办理执法案件 2 件")).build());
    }

    @Test
    void declared_counts_contradicting_the_records_fail_with_both_values_and_the_quote() {
        Finding f = onlyFailure("FIG-RECONCILE", clean().addDeclaredFigure(DeclaredFigure.count("enforcement.cases", 5, "办理执法案件 5 件")).build());
        assertThat(f.path()).isEqualTo("/declaredFigures/0");
        assertThat(f.messageZh()).isEqualTo("声明的 enforcement.cases 为 5（“办理执法案件 5 件”），但明细记录计算得 2");
        assertThat(f.evidence()).containsEntry("declared", "5").containsEntry("computed", "2");
    }
}
