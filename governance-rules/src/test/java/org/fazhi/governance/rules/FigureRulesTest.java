package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.findings;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.reportOnly;

import java.math.BigDecimal;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** FIG: the declared-figure audit runs over every relation a record holds. */
class FigureRulesTest {
    private static final DeclaredFigure HANDLED_130 = DeclaredFigure.count(StandardFigures.HOTLINE_TICKETS_HANDLED, 130, "办理 12345 诉求件 130 件");

    private static DeclaredFigure rateOver(FigureConcept rate, String percent, String quote, FigureConcept base) {
        return DeclaredFigure.builder().from(DeclaredFigure.percent(rate, percent, quote)).base(base).build();
    }

    private static DeclaredFigure count(FigureConcept c, long n, String quote, FigureQualifier q) {
        return DeclaredFigure.builder().from(DeclaredFigure.count(c, n, quote)).qualifier(q).build();
    }

    private static DeclaredFigure personTimes(long n, String quote, FigureQualifier q) {
        return DeclaredFigure.builder().concept(StandardFigures.PUBLICITY_PARTICIPANTS).value(BigDecimal.valueOf(n)).unit(FigureUnit.PERSON_TIMES)
                .qualifier(q).quote(quote).build();
    }

    @Nested
    class PercentDenominator {
        @Test
        void a_rate_that_some_k_over_its_stated_base_gives_passes() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.HOTLINE_TICKETS_HANDLED, 123, "办理 123 件"))
                    .addDeclaredFigure(rateOver(StandardFigures.HOTLINE_SATISFACTION_RATE, "97.56", "满意率 97.56%", StandardFigures.HOTLINE_TICKETS_HANDLED))
                    .build();
            assertThat(only("FIG-PERCENT-DENOMINATOR", r, Outcome.PASS).evidence()).containsEntry("numerator", "120");
        }

        @Test
        void the_seed_rate_of_97_56_percent_of_130_is_flagged_with_the_denominators_that_fit() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(HANDLED_130)
                    .addDeclaredFigure(rateOver(StandardFigures.HOTLINE_SATISFACTION_RATE, "97.56", "满意率 97.56%", StandardFigures.HOTLINE_TICKETS_HANDLED))
                    .build();
            Finding f = onlyFailure("FIG-PERCENT-DENOMINATOR", r);
            assertThat(f.path()).isEqualTo("/declaredFigures/1");
            assertThat(f.messageEn()).isEqualTo("'满意率 97.56%': 97.56% cannot be a whole number out of 130 (126/130 = 96.92%, "
                    + "127/130 = 97.69%); the denominators up to 130 that give 97.56% are 41, 82, 123, so the rate is not over "
                    + "the 130 of '办理 12345 诉求件 130 件'");
            assertThat(f.messageZh()).startsWith("“满意率 97.56%”：97.56% 不可能是 130 中的整数占比（126/130 = 96.92%");
        }

        @Test
        void the_catalog_relation_is_audited_without_the_record_naming_it() {
            // study.examPassRate is over study.examParticipants in the standard catalog.
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.STUDY_EXAM_PARTICIPANTS, 7, "参考 7 人"))
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.STUDY_EXAM_PASS_RATE, "90", "合格率 90%")).build();
            Finding f = onlyFailure("FIG-PERCENT-DENOMINATOR", r);
            assertThat(f.messageEn()).startsWith("'合格率 90%': 90% cannot be a whole number out of 7");
        }

        @Test
        void a_rate_is_decided_at_the_precision_it_was_written_with() {
            // 1/3 is 33.3% at one decimal and 33% at none, but never 33.4%.
            RuleOfLawRecord oneDecimal = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.STUDY_EXAM_PARTICIPANTS, 3, "参考 3 人"))
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.STUDY_EXAM_PASS_RATE, "33.3", "合格率 33.3%")).build();
            assertPasses("FIG-PERCENT-DENOMINATOR", oneDecimal);
            RuleOfLawRecord wrong = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.STUDY_EXAM_PARTICIPANTS, 3, "参考 3 人"))
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.STUDY_EXAM_PASS_RATE, "33.4", "合格率 33.4%")).build();
            assertThat(onlyFailure("FIG-PERCENT-DENOMINATOR", wrong).path()).isEqualTo("/declaredFigures/1");
        }

        @Test
        void a_numerator_that_does_not_give_the_rate_fails() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.STUDY_EXAM_PARTICIPANTS, 10, "参考 10 人"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.STUDY_EXAM_PASSED, 8, "合格 8 人"))
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.STUDY_EXAM_PASS_RATE, "90", "合格率 90%")).build();
            assertOnlyFailure("FIG-PERCENT-DENOMINATOR", r)
                    .saysEn("'合格率 90%': the numerator '合格 8 人' over the base '参考 10 人' gives 8/10 = 80.00%, "
                            + "not 90% at the precision written")
                    .saysZh("“合格率 90%”：分子“合格 8 人”与分母“参考 10 人”得 8/10 = 80.00%，按原文精度不等于 90%");
        }
    }

    @Nested
    class PartTotal {
        @Test
        void parts_within_their_total_pass() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.DISPUTES_SCREENED, 67, "排查矛盾纠纷 67 起"))
                    .addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.count(StandardFigures.DISPUTES_MEDIATED_SUCCESSFULLY, 67, "调解成功 67 起"))
                            .partOf(StandardFigures.DISPUTES_SCREENED).build()).build();
            assertPasses("FIG-PART-TOTAL", r);
        }

        @Test
        void a_part_stated_with_qi_zhong_above_its_total_fails() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.DISPUTES_SCREENED, 67, "排查矛盾纠纷 67 起"))
                    .addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.count(StandardFigures.DISPUTES_MEDIATED_SUCCESSFULLY, 70, "调解成功 70 起"))
                            .partOf(StandardFigures.DISPUTES_SCREENED).build()).build();
            assertOnlyFailure("FIG-PART-TOTAL", r).at("/declaredFigures/0")
                    .saysZh("“排查矛盾纠纷 67 起”（67）小于其组成部分 “调解成功 70 起” 之和 70")
                    .saysEn("'排查矛盾纠纷 67 起' (67) is less than its parts '调解成功 70 起', which add up to 70");
        }

        @Test
        void all_named_parts_of_a_total_must_add_up_to_it() {
            RuleOfLawRecord.Builder b = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_TOTAL, 22, "合法性审查 22 件"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_CONTRACTS, 10, "合同 10 件"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_NORMATIVE_DOCUMENTS, 5, "规范性文件 5 件"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_MAJOR_DECISIONS, 3, "重大决策 3 件"));
            assertPasses("FIG-PART-TOTAL", b.build());
            assertOnlyFailure("FIG-PART-TOTAL",
                    b.addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_OTHER, 2, "其他 2 件"))
                            .build())
                    .saysEn("'合法性审查 22 件' (22) is not the sum 20 of all its parts '合同 10 件', '规范性文件 5 件', '重大决策 "
                            + "3 件', '其他 2 件'");
        }

        @Test
        void a_misspelt_grid_role_cannot_double_a_total_any_more() {
            // The total is the sum of named parts; an unknown key never reaches the record (see the model's catalog specs).
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.GRID_STAFF_TOTAL, 10, "网格员 10 名"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.GRID_STAFF_FULL_TIME_GRID_WORKER, 3, "专职 3 名"))
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.GRID_STAFF_PART_TIME_GRID_WORKER, 7, "兼职 7 名")).build();
            assertPasses("FIG-PART-TOTAL", r);
        }

        @Test
        void an_approximate_total_is_not_held_to_its_parts() {
            RuleOfLawRecord r = reportOnly()
                    .addDeclaredFigure(count(StandardFigures.PUBLICITY_CAMPAIGNS, 30, "活动 30 余场", FigureQualifier.AT_LEAST))
                    .addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.count(StandardFigures.PUBLICITY_LECTURES, 31, "讲座 31 场"))
                            .partOf(StandardFigures.PUBLICITY_CAMPAIGNS).build()).build();
            assertPasses("FIG-PART-TOTAL", r);
        }
    }

    @Nested
    class Approximate {
        @Test
        void an_approximate_figure_recorded_as_at_least_passes() {
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(count(StandardFigures.PUBLICITY_CAMPAIGNS, 30, "法治宣传教育活动 30 余场次", FigureQualifier.AT_LEAST)).build());
        }

        @Test
        void an_approximate_figure_used_as_exact_fails() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.PUBLICITY_CAMPAIGNS, 30, "法治宣传教育活动 30 余场次")).build();
            assertOnlyFailure("FIG-APPROXIMATE", r).at("/declaredFigures/0/qualifier")
                    .saysEn("declared figure publicity.campaigns ('法治宣传教育活动 30 余场次') is written as at least but "
                            + "recorded as exact")
                    .saysZh("声明数字“法治宣传活动场次”（“法治宣传教育活动 30 余场次”）原文为不少于，却记录为确数");
        }

        @Test
        void qualifiers_before_and_after_the_number_are_read_as_the_numbers_own() {
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(personTimes(700, "超 700 人次", FigureQualifier.AT_LEAST)).build());
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(count(StandardFigures.PUBLICITY_MATERIALS, 1000, "手册 1000 份以上", FigureQualifier.AT_LEAST)).build());
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(personTimes(700, "近 700 人次", FigureQualifier.ABOUT)).build());
        }

        @Test
        void markers_inside_other_words_are_not_qualifiers() {
            // Bug of issue 13: 约 in 村规民约, 以上 in 百万元以上合同, 多 in 多元化解 were read as the number's qualifier.
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.RURAL_VILLAGE_RULES_REVISED, 8, "8 个村修订村规民约")).build());
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LEGALITY_REVIEW_CONTRACTS, 12, "审查百万元以上合同 12 份")).build());
            assertPasses("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.DISPUTES_MEDIATED, 67, "调解 67 起，多元化解")).build());
        }

        @Test
        void an_exact_number_recorded_as_approximate_fails_too() {
            Finding f = onlyFailure("FIG-APPROXIMATE", reportOnly()
                    .addDeclaredFigure(count(StandardFigures.PUBLICITY_BANNERS, 7, "横幅 7 幅", FigureQualifier.AT_LEAST)).build());
            assertThat(f.messageEn()).endsWith("is written as exact but recorded as at least");
        }

        @Test
        void a_figure_written_in_words_or_implied_is_not_read_from_digits() {
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.builder().concept(StandardFigures.PATROL_PER_WEEK).value(BigDecimal.valueOf(2))
                    .unit(FigureUnit.PER_WEEK).notation(FigureNotation.WORDS).quote("一周两次").build()).build();
            assertThat(findings("FIG-APPROXIMATE", r)).allMatch(x -> x.outcome() == Outcome.NOT_APPLICABLE);
        }
    }

    @Nested
    class ZeroBase {
        @Test
        void a_rate_over_a_declared_zero_is_not_computable() {
            RuleOfLawRecord r = reportOnly()
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LITIGATION_ADMINISTRATIVE_HEARINGS, 0, "开庭 0 次"))
                    .addDeclaredFigure(DeclaredFigure.builder().from(DeclaredFigure.percent(StandardFigures.LITIGATION_ADMINISTRATIVE_APPEARANCE_RATE, "100",
                            "出庭应诉率100%")).notation(FigureNotation.DIGITS).build()).build();
            assertOnlyFailure("FIG-ZERO-BASE", r).at("/declaredFigures/1")
                    .saysEn("'出庭应诉率100%' is 100%, but its base '开庭 0 次' is 0, so the rate is not computable")
                    .saysZh("“出庭应诉率100%”为 100%，但其分母“开庭 0 次”为 0，比率不可计算");
        }

        @Test
        void a_rate_over_a_positive_base_passes() {
            RuleOfLawRecord r = reportOnly()
                    .addDeclaredFigure(DeclaredFigure.count(StandardFigures.LITIGATION_ADMINISTRATIVE_HEARINGS, 2, "开庭 2 次"))
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.LITIGATION_ADMINISTRATIVE_APPEARANCE_RATE, "100", "出庭应诉率100%")).build();
            assertPasses("FIG-ZERO-BASE", r);
        }
    }

    @Nested
    class UnsupportedAndReconciled {
        @Test
        void a_100_percent_claim_without_counts_is_insufficient_data_not_a_pass() {
            RuleOfLawRecord r = clean().deputySuggestions(java.util.List.of())
                    .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.NPC_COMPLETION_RATE, "100", "办结率 100%")).build();
            Finding f = only("FIG-UNSUPPORTED-RATE", r, Outcome.INSUFFICIENT_DATA);
            assertThat(f.messageEn()).isEqualTo("Insufficient data: the report declares npc.completionRate as 100% ('办结率 100%') with no "
                    + "numerator or denominator, so it cannot be verified or counted as met");
        }

        @Test
        void a_declared_rate_backed_by_records_passes_and_one_contradicted_fails() {
            RuleOfLawRecord ok = clean().addDeclaredFigure(DeclaredFigure.percent(StandardFigures.ENFORCEMENT_CERTIFIED_RATE, "100", "持证率 100%")).build();
            assertPasses("FIG-UNSUPPORTED-RATE", ok);
            RuleOfLawRecord wrong = clean().addDeclaredFigure(DeclaredFigure.percent(StandardFigures.ENFORCEMENT_RECORDING_RATE, "90", "记录率 90%")).build();
            assertOnlyFailure("FIG-UNSUPPORTED-RATE", wrong)
                    .saysEn("enforcement.recordingRate is declared as 90% but the records give 2/2 (100.00%)");
        }

        @Test
        void declared_counts_matching_the_records_pass() {
            assertPasses("FIG-RECONCILE", clean().addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_CASES, 2, "办理执法案件 2 件")).build());
        }

        @Test
        void declared_counts_contradicting_the_records_fail_with_both_values_and_the_quote() {
            Finding f = onlyFailure("FIG-RECONCILE", clean().addDeclaredFigure(DeclaredFigure.count(StandardFigures.ENFORCEMENT_CASES, 5, "办理执法案件 5 件")).build());
            assertThat(f.path()).isEqualTo("/declaredFigures/0");
            assertThat(f.messageZh()).isEqualTo("声明的执法案件为 5（“办理执法案件 5 件”），但明细记录计算得 2");
            assertThat(f.evidence()).containsEntry("declared", "5").containsEntry("computed", "2");
        }

        @Test
        void one_recorded_entity_does_not_turn_a_declared_figure_into_a_computed_count() {
            // Issue 13: the list is not declared complete, so the declared 6 mediators stand and nothing is reconciled.
            RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.count(StandardFigures.MEDIATION_LOCAL_WORTHY_MEDIATORS, 6, "乡贤调解员 6 名"))
                    .addPerson(org.fazhi.governance.model.Person.builder().id("p1").name("甲").build())
                    .addMediator(org.fazhi.governance.model.legal.Mediator.builder().id("m1").personId("p1")
                            .kind(org.fazhi.governance.model.legal.MediatorKind.LOCAL_WORTHY).build()).build();
            assertThat(findings("FIG-RECONCILE", r)).allMatch(x -> x.outcome() == Outcome.NOT_APPLICABLE);
        }
    }
}
