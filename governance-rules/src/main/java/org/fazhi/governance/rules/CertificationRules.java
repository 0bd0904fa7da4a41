package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.path;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.figure.StandardFigures;

/** CERT: certificates and training of enforcement staff. */
final class CertificationRules {
    private CertificationRules() {}

    static List<Rule> all() {
        return List.of(training60Hours(), certificateValidity(), trainingAssessmentRate(), cadreTraining());
    }

    /**
     * 执法人员每年业务和法律培训不少于60学时 / At least 60 hours of legal and professional training a year
     * (《法治政府建设实施纲要（2021－2025年）》（中发〔2021〕33号）六 / Implementation Outline for Building a Rule-of-Law Government
     * (2021-2025) (中发〔2021〕33号), §6).
     */
    static Rule training60Hours() {
        RuleDescriptor d = RuleTexts.describe("CERT-TRAINING-60H", RuleGroup.CERTIFICATION, Severity.WARNING,
                LegalSources.RULE_OF_LAW_GOVERNMENT_OUTLINE_2021.cite("六", "§6", Confidence.C),
                ParameterSpec.of("minHours", "60", "学时", "class hours", false));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal min = ctx.parameter(d, "minHours");
            Map<String, BigDecimal> hours = r.trainingRecords().stream()
                    .filter(t -> t.trainedOn().getYear() == r.year() && t.category() != TrainingCategory.POLITICAL)
                    .collect(Collectors.groupingBy(TrainingRecord::officerId, Collectors.reducing(BigDecimal.ZERO,
                    TrainingRecord::classHours, BigDecimal::add)));
            for (int i = 0; i < r.enforcementOfficers().size(); i++) {
                EnforcementOfficer o = r.enforcementOfficers().get(i);
                BigDecimal h = hours.getOrDefault(o.id(), BigDecimal.ZERO);
                SubjectRef s = SubjectRef.of(EnforcementOfficer.class, o.id());
                if (h.compareTo(min) >= 0) {
                    out.pass(path("enforcementOfficers", i), s, Evidence.of("officerId", o.id())
                            .and("hours", h.toPlainString()));
                } else {
                    out.fail(path("enforcementOfficers", i), s, Evidence.of("officerId", o.id()).and("year", r.year())
                            .and("hours", h.toPlainString())
                            .and("minHours", min.toPlainString()));
                }
            }
            if (r.enforcementOfficers().isEmpty()) {
                Optional<BigDecimal> declaredOfficers = declared(r, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS);
                if (declaredOfficers.isPresent()) {
                    out.insufficient("/trainingRecords", out.recordSubject(),
                            "报告声明有 {officers} 名执法人员，但没有培训学时记录",
                            "the report declares {officers} officer(s) but no training hours",
                            Evidence.of("officers", declaredOfficers.get().toPlainString()));
                } else {
                    out.notApplicable("/enforcementOfficers");
                }
            }
        });
    }

    /**
     * 执法证件在有效期内且及时换发 / Certificates valid and renewed in time (《地方实践（未找到全国性规定）》省级行政执法证件管理办法（福建省文本未核实） / Local
     * practice (no national rule found), provincial certificate rules (Fujian text not verified)).
     */
    static Rule certificateValidity() {
        RuleDescriptor d = RuleTexts.describe("CERT-VALIDITY-REVIEW", RuleGroup.CERTIFICATION, Severity.WARNING,
                LegalSources.LOCAL.cite("省级行政执法证件管理办法（福建省文本未核实）",
                        "provincial certificate rules (Fujian text not verified)", Confidence.D),
                ParameterSpec.of("warnDays", "60", "日", "days", false));
        return Rule.of(d, (r, ctx, out) -> {
            int warn = ctx.parameter(d, "warnDays").intValueExact();
            LocalDate asOf = ctx.asOf();
            out.each("/enforcementOfficers", r.enforcementOfficers(), (i, o) -> {
                SubjectRef s = SubjectRef.of(EnforcementOfficer.class, o.id());
                Optional<EnforcementCertificate> valid = o.certificates().stream().filter(c -> c.isValidOn(asOf))
                        .max((a, b) -> a.validUntil().compareTo(b.validUntil()));
                if (valid.isEmpty()) {
                    out.fail(path("enforcementOfficers", i, "certificates"), s, Evidence.of("officerId", o.id())
                            .and("problem", Problem.HOLDS_NO_VALID_CERTIFICATE).and("asOf", asOf));
                } else if (valid.get().validUntil().isBefore(asOf.plusDays(warn))) {
                    out.fail(path("enforcementOfficers", i, "certificates"), s, Evidence.of("officerId", o.id())
                            .and("problem", Problem.CERTIFICATE_EXPIRING_SOON)
                            .and("validUntil", valid.get().validUntil()).and("warn", warn));
                } else {
                    out.pass(path("enforcementOfficers", i, "certificates"), s, Evidence.of("officerId", o.id())
                            .and("validUntil", valid.get().validUntil()));
                }
            });
        });
    }

    /**
     * 乡科级干部每年集中培训不少于12天或90学时 / Township cadres: at least 12 days or 90 hours of training a year
     * (《干部教育培训工作条例》第二十二条（乡科级及一级主任科员以下） / Regulations on Cadre Education and Training (2023 revision), Art. 22
     * (township-section level and below)).
     */
    static Rule cadreTraining() {
        RuleDescriptor d = RuleTexts.describe("CERT-CADRE-TRAINING", RuleGroup.CERTIFICATION, Severity.WARNING,
                LegalSources.CADRE_TRAINING_REGULATIONS.cite("第二十二条（乡科级及一级主任科员以下）",
                        "Art. 22 (township-section level and below)", Confidence.B),
                ParameterSpec.of("minDays", "12", "天", "days", true),
                ParameterSpec.of("minHours", "90", "学时", "class hours", true));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal minDays = ctx.parameter(d, "minDays");
            BigDecimal minHours = ctx.parameter(d, "minHours");
            Map<String, String> names = r.people().stream().collect(Collectors.toMap(p -> p.id(), p -> p.name()));
            out.each("/cadreTrainings", r.cadreTrainings(), t -> t.year() == r.year(), (i, t) -> {
                SubjectRef s = SubjectRef.of(Person.class, t.personId());
                String at = path("cadreTrainings", i);
                boolean daysMet = t.days().map(x -> x.compareTo(minDays) >= 0).orElse(false);
                boolean hoursMet = t.classHours().map(x -> x.compareTo(minHours) >= 0).orElse(false);
                if (daysMet || hoursMet) {
                    out.pass(at, s, Evidence.of("personId", t.personId())
                            .and("days", t.days().map(BigDecimal::toPlainString).orElse("-"))
                            .and("hours", t.classHours().map(BigDecimal::toPlainString).orElse("-")));
                } else if (t.days().isEmpty() || t.classHours().isEmpty()) {
                    out.insufficient(at, s, "干部 {personId} {year} 年的集中培训未记录{what}，已知部分不足以判断",
                            "the concentrated training of cadre {personId} in {year} does not record {what}, and "
                            + "what is known does not decide it",
                            Evidence.of("personId", t.personId()).and("year", t.year())
                                    .and("what", Wording.of(t.days().isEmpty() ? "天数" : "学时", t.days().isEmpty()
                                    ? "the days" : "the class hours")));
                } else {
                    out.fail(at, s, Evidence.of("personId", t.personId())
                            .and("name", names.getOrDefault(t.personId(), t.personId())).and("year", t.year())
                            .and("days", t.days().get().toPlainString())
                            .and("hours", t.classHours().get().toPlainString())
                            .and("minDays", minDays.toPlainString()).and("minHours", minHours.toPlainString()));
                }
            });
        });
    }

    /**
     * 上岗执法人员培训考核率 / Training-and-assessment rate of officers on duty (《地方实践（未找到全国性规定）》库内约定：培训考核合格的持证人员 / 持证人员 / Local
     * practice (no national rule found), library convention: trained and assessed / certified).
     */
    static Rule trainingAssessmentRate() {
        RuleDescriptor d = RuleTexts.describe("CERT-TRAINING-ASSESSMENT-RATE", RuleGroup.CERTIFICATION, Severity.INFO,
                LegalSources.LOCAL.cite("库内约定：培训考核合格的持证人员 / 持证人员",
                        "library convention: trained and assessed / certified", Confidence.D),
                ParameterSpec.of("targetPercent", "100", "%", "%", false));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal target = ctx.parameter(d, "targetPercent");
            List<EnforcementOfficer> certified = r.enforcementOfficers().stream().filter(o ->
                    o.isCertifiedOnDuty(ctx.asOf()))
                    .collect(Collectors.toList());
            if (certified.isEmpty()) {
                Optional<BigDecimal> claim = declared(r, StandardFigures.ENFORCEMENT_TRAINING_ASSESSMENT_RATE);
                if (claim.isPresent()) {
                    out.insufficient("/declaredFigures", out.recordSubject(),
                            "报告声明培训考核率 {claim}%，但没有培训考核人数和持证人数，无法核实",
                            "the report claims a {claim}% training-and-assessment rate but gives neither count, so "
                            + "it cannot be verified",
                            Evidence.of("claim", claim.get().toPlainString()));
                } else {
                    out.notApplicable("/enforcementOfficers");
                }
                return;
            }
            java.util.Set<String> assessed = r.trainingRecords().stream()
                    .filter(t -> t.trainedOn().getYear() == r.year() && t.assessed() && t.passed().orElse(false))
                    .map(TrainingRecord::officerId).collect(Collectors.toSet());
            long ok = certified.stream().filter(o -> assessed.contains(o.id())).count();
            org.fazhi.governance.rules.Ratio rate = org.fazhi.governance.rules.Ratio.of(ok, certified.size());
            if (rate.percent().orElseThrow().compareTo(target) >= 0) {
                out.pass("/trainingRecords", out.recordSubject(), Evidence.of("assessed", ok)
                        .and("certified", certified.size()).and("rate", rate.format()));
            } else {
                out.fail("/trainingRecords", out.recordSubject(), Evidence.of("assessed", ok)
                        .and("certified", certified.size()).and("rate", rate.format())
                        .and("target", target.toPlainString()));
            }
        });
    }
}
