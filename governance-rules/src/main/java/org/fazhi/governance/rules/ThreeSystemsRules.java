package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.declared;
import static org.fazhi.governance.rules.RuleSupport.forCases;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.subject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.StandardFigures;

/** TRS: the three enforcement systems (国办发〔2018〕118号). */
final class ThreeSystemsRules {
    private ThreeSystemsRules() {}

    static List<Rule> all() {
        return List.of(preDisclosure(), post20WorkingDays(), post7WorkingDays(), audioVideoMandatory(), legalReviewScope(), reviewerRatio());
    }

    /**
     * 事前公开：执法事项和依据向社会公开 / Publish enforcement powers and bases beforehand
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二（一） / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §2(1)).
     */
    static Rule preDisclosure() {
        RuleDescriptor d = RuleDescriptor.builder().id("TRS-PRE-DISCLOSURE").group(RuleGroup.THREE_SYSTEMS)
                .nameZh("事前公开：执法事项和依据向社会公开")
                .nameEn("Publish enforcement powers and bases beforehand")
                .severity(Severity.WARNING)
                .subjectZh("权责清单事项")
                .subjectEn("power-list items")
                .failZh("权责清单事项 {itemId}（{name}）{problem}")
                .failEn("power-list item {itemId} ({name}) {problem}")
                .remediationZh("主动公开执法主体、职责、权限、依据、程序、救济渠道和随机抽查事项清单，并随法律和职能调整及时更新。")
                .remediationEn("Publish enforcement bodies, duties, powers, legal bases, procedures, remedies and "
                        + "random-inspection lists, and update them as laws change.")
                .exampleZh("权责清单已制定但未向社会公开。")
                .exampleEn("A power list exists but was never published.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/powerList", r.powerList(), (i, p) -> {
                SubjectRef s = SubjectRef.of(PowerListItem.class, p.id());
                if (p.publishedOn().isEmpty()) {
                    out.fail(path("powerList", i, "publishedOn"), s, Evidence.of("itemId", p.id())
                            .and("name", p.name()).and("problem", Problem.NOT_PUBLISHED));
                } else if (p.legalBasis().isEmpty()) {
                    out.reportedBy(path("powerList", i, "legalBasis"), s, "LIST-POWER-RESPONSIBILITY", "事项未列明法律依据，公开的清单因而也没有依据",
                            "the item states no legal basis, so the published list has none either");
                } else {
                    out.pass(path("powerList", i), s, Evidence.of("itemId", p.id())
                            .and("publishedOn", p.publishedOn().get()));
                }
            });
        });
    }

    private static Optional<LocalDate> postDisclosure(EnforcementCase c) {
        return c.disclosures().stream().filter(x -> x.stage() == DisclosureStage.POST_ACTION).map(DisclosureRecord::publishedOn).min(LocalDate::compareTo);
    }

    private static final String POST_FAIL_ZH = "案件 {caseId} 于 {decidedOn} 作出决定，{state}，超过 {workingDays} 个工作日（截止 {deadline}）";
    private static final String POST_FAIL_EN =
            "case {caseId} was decided on {decidedOn} and {state}, beyond {workingDays} working days ({deadline})";
    private static final String POST_REMEDIATION_ZH = "在执法决定作出之日起规定的工作日内，向社会公布执法机关、执法对象、执法类别、执法结论等信息。";
    private static final String POST_REMEDIATION_EN =
            "Publish the agency, target, type and conclusion of the decision within the required working days of the decision.";

    /**
     * A publication deadline of so many working days for decided cases of some kinds. Cases of the
     * {@code deferred} kinds have a stricter deadline in the rule {@code owner}: when this deadline is
     * missed too, the fact is reported there once and cited here.
     */
    private static Rule postWithin(RuleDescriptor d, EnumSet<CaseKind> kinds, EnumSet<CaseKind> deferred, String owner) {
        return Rule.of(d, (r, ctx, out) -> {
            int n = ctx.parameter(d, "workingDays").intValueExact();
            forCases(r, out, c -> (kinds.contains(c.kind()) || deferred.contains(c.kind())) && c.decidedOn().isPresent(), (i, c) -> {
                Deadline deadline = ctx.calendar().deadline(c.decidedOn().get(), n);
                Optional<LocalDate> published = postDisclosure(c);
                String at = path("enforcementCases", i, "disclosures");
                Timeliness t = Timeliness.of(published, deadline, ctx.asOf());
                if (deferred.contains(c.kind())) {
                    if (t == Timeliness.LATE || t == Timeliness.OVERDUE) {
                        out.reportedBy(at, subject(c), owner, c.kind().zh() + "决定适用更短的公开期限",
                                c.kind().en() + " decisions have the shorter publication deadline");
                    }
                    return;
                }
                switch (t) {
                    case ON_TIME -> out.pass(at, subject(c), Evidence.of("caseId", c.id())
                            .and("publishedOn", published.get()));
                    case LATE -> out.fail(at, subject(c), Evidence.of("caseId", c.id())
                            .and("decidedOn", c.decidedOn().get()).and("state", ActState.DECISION_PUBLISHED_LATE)
                            .and("published", published.get()).and("workingDays", n)
                            .and("deadline", deadline));
                    case OVERDUE -> out.fail(at, subject(c), Evidence.of("caseId", c.id())
                            .and("decidedOn", c.decidedOn().get()).and("state", ActState.STILL_UNPUBLISHED)
                            .and("asOf", ctx.asOf()).and("workingDays", n)
                            .and("deadline", deadline));
                    case PENDING -> out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("deadline", deadline));
                    case UNDECIDED -> out.undecided(at, subject(c), deadline, published, Evidence.of("caseId", c.id())
                            .and("decidedOn", c.decidedOn().get()));
                }
            });
        });
    }

    /**
     * 事后公开：执法决定20个工作日内公开 / Publish enforcement decisions within 20 working days
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二（一） / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §2(1)).
     */
    static Rule post20WorkingDays() {
        return postWithin(RuleDescriptor.builder().id("TRS-POST-20WD").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.THREE_SYSTEMS)
                .nameZh("事后公开：执法决定20个工作日内公开")
                .nameEn("Publish enforcement decisions within 20 working days")
                .severity(Severity.WARNING)
                .subjectZh("许可和处罚以外的已决执法案件")
                .subjectEn("decided enforcement cases other than licences and penalties")
                .failZh(POST_FAIL_ZH)
                .failEn(POST_FAIL_EN)
                .remediationZh(POST_REMEDIATION_ZH)
                .remediationEn(POST_REMEDIATION_EN)
                .exampleZh("行政强制决定作出一个多月后才公开。")
                .exampleEn("A coercion decision is published over a month later.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B))
                .addParameters(ParameterSpec.of("workingDays", "20", "个工作日", "working days", true))
                .build(), EnumSet.complementOf(EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING)),
                EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING), "TRS-POST-7WD");
    }

    /**
     * 行政许可、行政处罚决定7个工作日内公开 / Publish licence and penalty decisions within 7 working days
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二（一） / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §2(1)).
     */
    static Rule post7WorkingDays() {
        return postWithin(RuleDescriptor.builder().id("TRS-POST-7WD").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.THREE_SYSTEMS)
                .nameZh("行政许可、行政处罚决定7个工作日内公开")
                .nameEn("Publish licence and penalty decisions within 7 working days")
                .severity(Severity.WARNING)
                .subjectZh("已作出决定的许可和处罚案件")
                .subjectEn("decided licence and penalty cases")
                .failZh(POST_FAIL_ZH)
                .failEn(POST_FAIL_EN)
                .remediationZh(POST_REMEDIATION_ZH)
                .remediationEn(POST_REMEDIATION_EN)
                .exampleZh("处罚决定作出后第 10 个工作日才公开。")
                .exampleEn("A penalty is published on the 10th working day.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B))
                .addParameters(ParameterSpec.of("workingDays", "7", "个工作日", "working days", true))
                .build(), EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING), EnumSet.noneOf(CaseKind.class), "");
    }

    /**
     * 查封扣押、强制拆除等须全程音像记录 / Full audio/video recording of coercive actions
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）三 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §3).
     */
    static Rule audioVideoMandatory() {
        RuleDescriptor d = RuleDescriptor.builder().id("TRS-AV-MANDATORY").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.THREE_SYSTEMS)
                .nameZh("查封扣押、强制拆除等须全程音像记录")
                .nameEn("Full audio/video recording of coercive actions")
                .severity(Severity.ERROR)
                .subjectZh("行政强制案件")
                .subjectEn("coercion cases")
                .failZh("行政强制案件 {caseId} 的 {steps} 环节没有音像记录")
                .failEn("coercion case {caseId} has no audio/video record of: {steps}")
                .remediationZh("对查封扣押财产、强制拆除等直接涉及人身自由、生命健康、重大财产权益的现场执法，推行全程音像记录。")
                .remediationEn("Record on audio/video the whole of on-site actions that touch personal liberty, life, "
                        + "health or major property, such as seizure and demolition.")
                .exampleZh("扣押财物现场只有文字笔录。")
                .exampleEn("A seizure is documented only in writing.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("三", "§3", Confidence.B))
                .build();
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, EnumSet.of(CaseKind.COERCIVE_MEASURE, CaseKind.COERCIVE_EXECUTION), (i, c) -> {
            java.util.Set<org.fazhi.governance.model.enforcement.CaseStep> av = EnumSet.noneOf(org.fazhi.governance.model.enforcement.CaseStep.class);
            c.recordings().stream().filter(ProcessRecording::audioVideo).forEach(x -> av.add(x.step()));
            java.util.List<String> zh = new java.util.ArrayList<>();
            java.util.List<String> en = new java.util.ArrayList<>();
            for (org.fazhi.governance.model.enforcement.CaseStep s : c.stepsReached()) {
                if (s != org.fazhi.governance.model.enforcement.CaseStep.REVIEW && s != org.fazhi.governance.model.enforcement.CaseStep.DECISION && !av.contains(s)) {
                    zh.add(s.zh());
                    en.add(s.en());
                }
            }
            if (zh.isEmpty()) {
                out.pass(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id()));
            } else {
                out.fail(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id())
                        .and("steps", Wording.of(String.join("、", zh), String.join(", ", en))));
            }
        }));
    }

    /**
     * 重大执法决定均须法制审核 / Every major enforcement decision is legally reviewed
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）四 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §4).
     */
    static Rule legalReviewScope() {
        RuleDescriptor d = RuleDescriptor.builder().id("TRS-LEGAL-REVIEW-SCOPE").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.THREE_SYSTEMS)
                .nameZh("重大执法决定均须法制审核")
                .nameEn("Every major enforcement decision is legally reviewed")
                .severity(Severity.WARNING)
                .subjectZh("重大执法决定")
                .subjectEn("major enforcement decisions")
                .failZh("重大执法决定 {caseId} 没有通过的法制审核记录")
                .failEn("major enforcement decision {caseId} has no passed legal review on record")
                .remediationZh("编制并公布重大执法决定法制审核目录，凡列入目录或标记为重大的决定，一律在作出前经法制审核。")
                .remediationEn("Publish a legal-review catalogue and review every decision it lists, or that is "
                        + "flagged major, before it is made.")
                .exampleZh("被标记为重大执法决定的强制拆除未经法制审核。")
                .exampleEn("A demolition flagged as major skipped legal review.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("四", "§4", Confidence.C))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, EnforcementCase::major, (i, c) -> {
                boolean reviewed = c.legalReview().isPresent() && c.legalReview().get().result() == ReviewResult.PASSED
                        && (c.decidedOn().isEmpty() || !c.legalReview().get().reviewedOn().isAfter(c.decidedOn().get()));
                if (reviewed) {
                    out.pass(path("enforcementCases", i, "legalReview"), subject(c), Evidence.of("caseId", c.id()));
                } else {
                    out.fail(path("enforcementCases", i, "legalReview"), subject(c), Evidence.of("caseId", c.id()));
                }
            });
        });
    }

    /**
     * 法制审核人员原则上不少于执法人员的5% / Legal reviewers at least 5% of officers
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）四 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §4).
     */
    static Rule reviewerRatio() {
        RuleDescriptor d = RuleDescriptor.builder().id("TRS-REVIEWER-RATIO").group(RuleGroup.THREE_SYSTEMS)
                .nameZh("法制审核人员原则上不少于执法人员的5%")
                .nameEn("Legal reviewers at least 5% of officers")
                .severity(Severity.WARNING)
                .subjectZh("执法队伍")
                .subjectEn("enforcement staff")
                .failZh("法制审核人员 {reviewers} 名，少于执法人员 {officers} 名的 {percent}%（至少应有 {required} 名）")
                .failEn("{reviewers} legal reviewer(s) is fewer than {percent}% of {officers} officers (at least "
                        + "{required} needed)")
                .remediationZh("按不少于执法人员 5% 的比例配备法制审核人员；基层力量不足的，通过法律顾问、公职律师统筹调用。")
                .remediationEn("Staff reviewers at no less than 5% of officers, rounding up; where short, pool legal "
                        + "advisers and public-sector lawyers.")
                .exampleZh("40 名执法人员只有 1 名法制审核人员。")
                .exampleEn("One reviewer for 40 officers.")
                .citation(LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("四", "§4", Confidence.C))
                .addParameters(ParameterSpec.of("percent", "5", "%", "%", false))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal percent = ctx.parameter(d, "percent");
            boolean detailed = !r.enforcementOfficers().isEmpty();
            Optional<BigDecimal> officers = detailed ? Optional.of(BigDecimal.valueOf(r.enforcementOfficers().size()))
                    : declared(r, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS);
            Optional<BigDecimal> reviewers = !r.legalReviewers().isEmpty() ? Optional.of(BigDecimal.valueOf(r.legalReviewers().size()))
                    : declared(r, StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS);
            String at = detailed ? "/legalReviewers" : "/declaredFigures";
            if (officers.isEmpty()) {
                out.notApplicable("/enforcementOfficers");
                return;
            }
            if (reviewers.isEmpty()) {
                out.insufficient(at, out.recordSubject(), "有 {officers} 名执法人员，但没有法制审核人员的数据",
                        "{officers} officers but no data on legal reviewers",
                        Evidence.of("officers", officers.get().toPlainString()));
                return;
            }
            int required = officers.get().multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).intValue();
            if (reviewers.get().intValue() >= required) {
                out.pass(at, out.recordSubject(), Evidence.of("reviewers", reviewers.get().toPlainString())
                        .and("officers", officers.get().toPlainString())
                        .and("required", required).and("source", detailed ? "computed" : "declared"));
            } else {
                out.fail(at, out.recordSubject(), Evidence.of("reviewers", reviewers.get().toPlainString())
                        .and("officers", officers.get().toPlainString())
                        .and("percent", percent.toPlainString()).and("required", required));
            }
        });
    }
}
