package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.docStep;
import static org.fazhi.governance.rules.Townships.normativeDocument;
import static org.fazhi.governance.rules.Townships.step;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocStepRecord;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.junit.jupiter.api.Test;

/** NORM rules: normative documents. */
class NormativeDocumentRulesTest {
    private static RuleOfLawRecord with(NormativeDocument d) {
        return clean().normativeDocuments(List.of(d)).build();
    }

    private static NormativeDocument replace(NormativeDocStepRecord s) {
        NormativeDocument d = normativeDocument();
        return d.withSteps(d.steps().stream().map(x -> x.step() == s.step() ? s : x).collect(Collectors.toList()));
    }

    @Test
    void norm_procedure_steps() {
        assertPasses("NORM-PROCEDURE", clean().build());
        NormativeDocument d = normativeDocument();
        assertOnlyFailure("NORM-PROCEDURE", with(d.withSteps(d.steps().stream()
                .filter(x -> x.step() != NormativeDocStep.LEGALITY_REVIEW).collect(Collectors.toList()))))
                .at("/normativeDocuments/0/steps")
                .saysZh("规范性文件 nd1（示范乡民宿管理办法）缺少程序：合法性审核");
    }

    @Test
    void norm_legality_review_before_deliberation() {
        assertPasses("NORM-LEGALITY-FIRST", clean().build());
        assertOnlyFailure("NORM-LEGALITY-FIRST",
                with(replace(docStep(NormativeDocStep.COLLECTIVE_DELIBERATION, "2023-06-30", null))))
                .saysEn("normative document nd1 took its steps out of order: legality review (2023-06-30) must precede "
                        + "collective deliberation (2023-06-30)");
    }

    @Test
    void norm_comment_period() {
        assertPasses("NORM-COMMENT-7WD", clean().build());
        assertOnlyFailure("NORM-COMMENT-7WD",
                with(replace(docStep(NormativeDocStep.PUBLIC_CONSULTATION, "2023-05-16", "2023-05-26"))))
                .saysEn("normative document nd1 was open for comment 2023-05-16 to 2023-05-26, 10 days, less than "
                        + "the required 30 days");
        assertOnlyFailure("NORM-COMMENT-7WD",
                with(replace(docStep(NormativeDocStep.PUBLIC_CONSULTATION, "2023-05-16", "2023-05-19"))
                .withAffectsMarketActors(false)))
                .saysZh("规范性文件 nd1 征求意见 2023-05-16 至 2023-05-19，3 个工作日，少于要求的 7 个工作日");
    }

    @Test
    void norm_review_time() {
        assertPasses("NORM-REVIEW-TIME", clean().build());
        assertThat(onlyFailure("NORM-REVIEW-TIME", with(replace(docStep(NormativeDocStep.LEGALITY_REVIEW, "2023-06-26", "2023-06-27")))).messageEn())
                .isEqualTo("normative document nd1 had 1 working days of legality review, outside 5 to 15");
    }

    @Test
    void norm_filing_on_time() {
        assertPasses("NORM-FILING", clean().build());
        assertOnlyFailure("NORM-FILING", with(replace(docStep(NormativeDocStep.FILING, "2023-09-20", null))))
                .saysEn("normative document nd1 was published on 2023-07-10 and was filed only on 2023-09-20 (limit "
                        + "30 days)");
    }

    @Test
    void norm_cleanup_every_two_years() {
        assertPasses("NORM-CLEANUP", clean().build());
        RuleOfLawRecord base = clean().build();
        assertOnlyFailure("NORM-CLEANUP", clean().documentCleanups(List.of(base.documentCleanups().get(0)
                .withCompletedOn(LocalDate.of(2021, 6, 30)).withPublishedOn(LocalDate.of(2021, 7, 5)))).build())
                .saysZh("示范乡 最近一次规范性文件清理为 2021-06-30，距 2023-12-31 已超过 2 年");
    }

    @Test
    void norm_validity_period() {
        assertPasses("NORM-VALIDITY-5Y", clean().build());
        assertThat(onlyFailure("NORM-VALIDITY-5Y", with(normativeDocument().withValidUntil(LocalDate.of(2030, 1, 1)))).messageEn())
                .isEqualTo("normative document nd1 is valid until 2030-01-01, more than 5 years");
    }
}
