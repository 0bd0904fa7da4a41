package org.fazhi.governance.rules;

import org.fazhi.governance.model.enforcement.CaseStep;

import java.util.Set;

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
        return List.of(preDisclosure(), post20WorkingDays(), post7WorkingDays(), audioVideoMandatory(),
                legalReviewScope(), reviewerRatio());
    }

    /**
     * 事前公开：执法事项和依据向社会公开 / Publish enforcement powers and bases beforehand
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二（一） / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §2(1)).
     */
    static Rule preDisclosure() {
        RuleDescriptor d = RuleTexts.describe("TRS-PRE-DISCLOSURE", RuleGroup.THREE_SYSTEMS, Severity.WARNING,
                LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/powerList", r.powerList(), (i, p) -> {
                SubjectRef s = SubjectRef.of(PowerListItem.class, p.id());
                if (p.publishedOn().isEmpty()) {
                    out.fail(path("powerList", i, "publishedOn"), s, Evidence.of("itemId", p.id())
                            .and("name", p.name()).and("problem", Problem.NOT_PUBLISHED));
                } else if (p.legalBasis().isEmpty()) {
                    out.reportedBy(path("powerList", i, "legalBasis"), s, "LIST-POWER-RESPONSIBILITY",
                            "事项未列明法律依据，公开的清单因而也没有依据",
                            "the item states no legal basis, so the published list has none either");
                } else {
                    out.pass(path("powerList", i), s, Evidence.of("itemId", p.id())
                            .and("publishedOn", p.publishedOn().get()));
                }
            });
        });
    }

    private static Optional<LocalDate> postDisclosure(EnforcementCase c) {
        return c.disclosures().stream().filter(x -> x.stage() == DisclosureStage.POST_ACTION)
                .map(DisclosureRecord::publishedOn).min(LocalDate::compareTo);
    }


    /**
     * A publication deadline of so many working days for decided cases of some kinds. Cases of the
     * {@code deferred} kinds have a stricter deadline in the rule {@code owner}: when this deadline is
     * missed too, the fact is reported there once and cited here.
     */
    private static Rule postWithin(RuleDescriptor d, EnumSet<CaseKind> kinds, EnumSet<CaseKind> deferred,
            String owner) {
        return Rule.of(d, (r, ctx, out) -> {
            int n = ctx.parameter(d, "workingDays").intValueExact();
            forCases(r, out, c -> (kinds.contains(c.kind()) || deferred.contains(c.kind())) && c.decidedOn()
                    .isPresent(), (i, c) -> {
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
        return postWithin(RuleTexts.describe("TRS-POST-20WD", RuleGroup.THREE_SYSTEMS, RuleScope.ENFORCEMENT_CASE,
                Severity.WARNING, LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B),
                ParameterSpec.of("workingDays", "20", "个工作日", "working days", true)),
                EnumSet.complementOf(EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING)),
                EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING), "TRS-POST-7WD");
    }

    /**
     * 行政许可、行政处罚决定7个工作日内公开 / Publish licence and penalty decisions within 7 working days
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）二（一） / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §2(1)).
     */
    static Rule post7WorkingDays() {
        return postWithin(RuleTexts.describe("TRS-POST-7WD", RuleGroup.THREE_SYSTEMS, RuleScope.ENFORCEMENT_CASE,
                Severity.WARNING, LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("二（一）", "§2(1)", Confidence.B),
                ParameterSpec.of("workingDays", "7", "个工作日", "working days", true)),
                EnumSet.of(CaseKind.PENALTY, CaseKind.LICENSING), EnumSet.noneOf(CaseKind.class), "");
    }

    /**
     * 查封扣押、强制拆除等须全程音像记录 / Full audio/video recording of coercive actions
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）三 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §3).
     */
    static Rule audioVideoMandatory() {
        RuleDescriptor d = RuleTexts.describe("TRS-AV-MANDATORY", RuleGroup.THREE_SYSTEMS, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("三", "§3", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, EnumSet.of(CaseKind.COERCIVE_MEASURE,
                CaseKind.COERCIVE_EXECUTION), (i, c) -> {
            Set<CaseStep> av = EnumSet.noneOf(CaseStep.class);
            c.recordings().stream().filter(ProcessRecording::audioVideo).forEach(x -> av.add(x.step()));
            java.util.List<String> zh = new java.util.ArrayList<>();
            java.util.List<String> en = new java.util.ArrayList<>();
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (org.fazhi.governance.model.enforcement.CaseStep s : c.stepsReached()) {
                if (s != org.fazhi.governance.model.enforcement.CaseStep.REVIEW
                        && s != org.fazhi.governance.model.enforcement.CaseStep.DECISION && !av.contains(s)) {
                    zh.add(s.zh());
                    en.add(s.en());
                    codes.add(s.name());
                }
            }
            if (zh.isEmpty()) {
                out.pass(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id()));
            } else {
                out.fail(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id())
                        .and("steps", Wording.of(String.join("、", zh), String.join(", ", en), String.join(",",
                        codes))));
            }
        }));
    }

    /**
     * 重大执法决定均须法制审核 / Every major enforcement decision is legally reviewed
     * (《国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见》（国办发〔2018〕118号）四 / General Office of the State Council:
     * Guiding Opinions on the three enforcement systems (国办发〔2018〕118号), §4).
     */
    static Rule legalReviewScope() {
        RuleDescriptor d = RuleTexts.describe("TRS-LEGAL-REVIEW-SCOPE", RuleGroup.THREE_SYSTEMS,
                RuleScope.ENFORCEMENT_CASE,
                Severity.WARNING, LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("四", "§4", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, EnforcementCase::major, (i, c) -> {
                boolean reviewed = c.legalReview().isPresent() && c.legalReview().get().result() == ReviewResult.PASSED
                        && (c.decidedOn().isEmpty() || !c.legalReview().get().reviewedOn().isAfter(c.decidedOn()
                        .get()));
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
        RuleDescriptor d = RuleTexts.describe("TRS-REVIEWER-RATIO", RuleGroup.THREE_SYSTEMS, Severity.WARNING,
                LegalSources.THREE_ENFORCEMENT_SYSTEMS_OPINIONS.cite("四", "§4", Confidence.C),
                ParameterSpec.of("percent", "5", "%", "%", false));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal percent = ctx.parameter(d, "percent");
            boolean detailed = !r.enforcementOfficers().isEmpty();
            Optional<BigDecimal> officers = detailed ? Optional.of(BigDecimal.valueOf(r.enforcementOfficers().size()))
                    : declared(r, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS);
            Optional<BigDecimal> reviewers = !r.legalReviewers().isEmpty()
                    ? Optional.of(BigDecimal.valueOf(r.legalReviewers().size()))
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
            int required = officers.get().multiply(percent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                    .intValue();
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
