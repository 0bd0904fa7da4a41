package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.only;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.training;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.junit.jupiter.api.Test;

/** CERT rules: certificates and training. */
class CertificationRulesTest {
    @Test
    void training_60_hours_does_not_count_political_theory() {
        assertPasses("CERT-TRAINING-60H", clean().build()); // the clean township passes with 64 hours
        RuleOfLawRecord r = clean().trainingRecords(List.of(
                training("o1", "2023-03-10", 40, TrainingCategory.LEGAL), training("o1", "2023-09-10", 24, TrainingCategory.PROFESSIONAL),
                training("o2", "2023-03-10", 40, TrainingCategory.LEGAL), training("o2", "2023-09-10", 24, TrainingCategory.POLITICAL))).build();
        assertOnlyFailure("CERT-TRAINING-60H", r).at("/enforcementOfficers/1")
                .saysZh("执法人员 o2 在 2023 年的业务和法律培训为 40 学时，少于 60 学时")
                .saysEn("officer o2 had 40 class hours of legal and professional training in 2023, fewer than 60");
    }

    @Test
    void training_60_hours_threshold_is_a_host_parameter() {
        RuleOfLawRecord r = clean().build();
        CheckContext stricter = Townships.CONTEXT.withParameters(RuleParameters.defaults()
                .with("CERT-TRAINING-60H", "minHours", java.math.BigDecimal.valueOf(80)));
        assertThat(RuleAssertions.rule("CERT-TRAINING-60H").evaluate(r, stricter)).extracting(Finding::outcome)
                .containsOnly(Outcome.FAIL);
    }

    @Test
    void certificate_validity_warns_60_days_before_expiry() {
        assertPasses("CERT-VALIDITY-REVIEW", clean().build()); // the clean township passes far from expiry
        RuleOfLawRecord base = clean().build();
        RuleOfLawRecord r = clean().enforcementOfficers(List.of(base.enforcementOfficers().get(0),
                base.enforcementOfficers().get(1).withCertificates(
                        base.enforcementOfficers().get(1).certificates().get(0).withValidUntil(LocalDate.of(2024, 1, 31)))))
                .build();
        assertOnlyFailure("CERT-VALIDITY-REVIEW", r).at("/enforcementOfficers/1/certificates")
                .saysEn("officer o2 has a certificate expiring on 2024-01-31 (within 60 days)");
    }

    @Test
    void training_assessment_rate_fails_when_one_officer_failed_the_assessment() {
        assertPasses("CERT-TRAINING-ASSESSMENT-RATE", clean().build()); // the clean township passes at 100 percent
        RuleOfLawRecord r = clean().trainingRecords(List.of(
                training("o1", "2023-03-10", 64, TrainingCategory.LEGAL),
                TrainingRecord.builder().officerId("o2").trainedOn(LocalDate.of(2023, 3, 10)).classHours(java.math.BigDecimal.valueOf(64))
                        .category(TrainingCategory.LEGAL).assessed(true).passed(false).build())).build();
        Finding f = onlyFailure("CERT-TRAINING-ASSESSMENT-RATE", r);
        assertThat(f.messageEn()).isEqualTo("training-and-assessment rate is 50.00% (1/2), below the 100% target");
        assertThat(f.severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void a_declared_100_percent_without_counts_is_insufficient_data_not_a_pass() {
        RuleOfLawRecord r = clean().enforcementOfficers(List.of()).trainingRecords(List.of()).enforcementCases(List.of())
                .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.ENFORCEMENT_TRAINING_ASSESSMENT_RATE, "100", "培训考核率达 100%")).build();
        Finding f = only("CERT-TRAINING-ASSESSMENT-RATE", r, Outcome.INSUFFICIENT_DATA);
        assertThat(f.messageZh()).isEqualTo("数据不足：报告声明培训考核率 100%，但没有培训考核人数和持证人数，无法核实");
    }
}
