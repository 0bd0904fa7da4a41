package org.fazhi.governance.rules;

import org.fazhi.governance.rules.internal.ProcedureGraph;

import static org.fazhi.governance.rules.RuleSupport.path;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DocumentCleanup;
import org.fazhi.governance.model.decision.NormativeDocStep;
import org.fazhi.governance.model.decision.NormativeDocStepRecord;
import org.fazhi.governance.model.decision.NormativeDocument;
import org.fazhi.governance.rules.FindingCollector.ElementCheck;

/** NORM: 行政规范性文件 / normative documents (国办发〔2018〕37号). */
final class NormativeDocumentRules {
    private NormativeDocumentRules() {}

    static List<Rule> all() {
        return List.of(normProcedure(), normLegalityFirst(), normComment(), normReviewTime(), normFiling(),
                normCleanup(), normValidity(), normPublish());
    }

    /** 规范性文件制定程序顺序 / The drafting order of a normative document (国办发〔2018〕37号). */
    static final ProcedureGraph<NormativeDocStep> DOCUMENT_ORDER = ProcedureGraph.builder(NormativeDocStep.class)
            .chain(NormativeDocStep.RESEARCH_AND_DRAFTING, NormativeDocStep.ASSESSMENT,
            NormativeDocStep.PUBLIC_CONSULTATION,
                    NormativeDocStep.LEGALITY_REVIEW)
            .mustStrictlyPrecede(NormativeDocStep.LEGALITY_REVIEW, NormativeDocStep.COLLECTIVE_DELIBERATION)
            .chain(NormativeDocStep.COLLECTIVE_DELIBERATION, NormativeDocStep.SIGN_AND_PUBLISH, NormativeDocStep.FILING)
            .build();

    static Optional<NormativeDocStepRecord> step(NormativeDocument d, NormativeDocStep s) {
        return d.steps().stream().filter(x -> x.step() == s).findFirst();
    }

    /** The step, if the document records it with a completion date. */
    static Optional<NormativeDocStepRecord> completed(NormativeDocument d, NormativeDocStep s) {
        return step(d, s).filter(x -> x.completedOn().isPresent());
    }

    static SubjectRef subject(NormativeDocument d) {
        return SubjectRef.of(NormativeDocument.class, d.id());
    }


    /** Runs a per-document check over the normative documents a rule applies to, or reports NOT_APPLICABLE. */
    static void forDocuments(RuleOfLawRecord r, FindingCollector out, Predicate<NormativeDocument> applies,
            ElementCheck<NormativeDocument> check) {
        out.each("/normativeDocuments", r.normativeDocuments(), applies, check);
    }

    /**
     * 规范性文件履行法定制发程序 / Normative documents follow the drafting procedure
     * (《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）二（三） / Notice on drafting and supervising administrative
     * normative documents (国办发〔2018〕37号), §2(3)).
     */
    static Rule normProcedure() {
        RuleDescriptor d = RuleTexts.describe("NORM-PROCEDURE", RuleGroup.NORMATIVE_DOCUMENTS, Severity.ERROR,
                LegalSources.NORMATIVE_DOCUMENT_NOTICE.cite("二（三）", "§2(3)", Confidence.B));
        List<NormativeDocStep> required = List.of(NormativeDocStep.PUBLIC_CONSULTATION,
                NormativeDocStep.LEGALITY_REVIEW,
                NormativeDocStep.COLLECTIVE_DELIBERATION, NormativeDocStep.SIGN_AND_PUBLISH);
        return Rule.of(d, (r, ctx, out) -> forDocuments(r, out, doc -> true, (i, doc) -> {
            List<NormativeDocStep> missing = required.stream().filter(s -> step(doc, s).isEmpty())
                    .collect(Collectors.toList());
            if (step(doc, NormativeDocStep.RESEARCH_AND_DRAFTING).isEmpty() && step(doc, NormativeDocStep.ASSESSMENT)
                    .isEmpty()) {
                missing.add(0, NormativeDocStep.RESEARCH_AND_DRAFTING);
            }
            if (missing.isEmpty()) {
                out.pass(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id()));
            } else {
                out.fail(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id())
                        .and("title", doc.title())
                        .and("missing", Wording.list(missing, ", ")));
            }
        }));
    }

    /**
     * 未经合法性审核不得提交集体审议 / Legality review before deliberation (《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）二（六） /
     * Notice on drafting and supervising administrative normative documents (国办发〔2018〕37号), §2(6)).
     */
    static Rule normLegalityFirst() {
        RuleDescriptor d = RuleTexts.describe("NORM-LEGALITY-FIRST", RuleGroup.NORMATIVE_DOCUMENTS, Severity.ERROR,
                LegalSources.NORMATIVE_DOCUMENT_NOTICE.cite("二（六）", "§2(6)", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> forDocuments(r, out, doc -> true, (i, doc) -> {
            List<ProcedureGraph.OrderViolation<NormativeDocStep>> v = DOCUMENT_ORDER.violations(s -> step(doc, s)
                    .map(NormativeDocStepRecord::startedOn),
                    s -> step(doc, s).flatMap(NormativeDocStepRecord::completedOn));
            if (v.isEmpty()) {
                out.pass(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id()));
            } else {
                out.fail(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id())
                        .and("violations", Wording.of(v.stream().map(x -> x.earlier().zh() + "（" + x.earlierEnds()
                        + "）应在" + x.later().zh() + "（" + x.laterStarts() + "）之前")
                                .collect(Collectors.joining("；")), v.stream().map(x -> x.earlier().en() + " ("
                                + x.earlierEnds() + ") must precede " + x.later().en() + " (" + x.laterStarts() + ")")
                                .collect(Collectors.joining("; ")), v.stream().map(x -> x.earlier().name() + "<"
                                + x.later().name()).collect(Collectors.joining(",")))));
            }
        }));
    }

    /**
     * 征求意见期限：一般不少于7个工作日（涉企30日） / Comment period: 7 working days (30 days for business) (《市县法治政府建设示范指标体系（2021年版）》第24项
     * / Demonstration indicator system for city and county rule-of-law government (2021), item 24).
     */
    static Rule normComment() {
        RuleDescriptor d = RuleTexts.describe("NORM-COMMENT-7WD", RuleGroup.NORMATIVE_DOCUMENTS, Severity.WARNING,
                LegalSources.DEMONSTRATION_INDICATORS_2021.cite("第24项", "item 24", Confidence.B),
                ParameterSpec.of("minWorkingDays", "7", "个工作日", "working days", true),
                ParameterSpec.of("minDaysForBusiness", "30", "日", "days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int minWd = ctx.parameter(d, "minWorkingDays").intValueExact();
            int minDays = ctx.parameter(d, "minDaysForBusiness").intValueExact();
            forDocuments(r, out, doc -> (doc.majorImpactOnRights() || doc.affectsMarketActors())
                    && completed(doc, NormativeDocStep.PUBLIC_CONSULTATION).isPresent(), (i, doc) -> {
                Optional<NormativeDocStepRecord> c = completed(doc, NormativeDocStep.PUBLIC_CONSULTATION);
                LocalDate from = c.get().startedOn();
                LocalDate to = c.get().completedOn().get();
                WorkingDayCount wd = ctx.calendar().count(from, to);
                long days = ChronoUnit.DAYS.between(from, to);
                String at = path("normativeDocuments", i, "steps");
                if (doc.affectsMarketActors() && days < minDays) {
                    out.fail(at, subject(doc), Evidence.of("docId", doc.id()).and("from", from).and("to", to)
                            .and("actual", Wording.of(days + " 日", days + " days", String.valueOf(days)))
                            .and("required", Wording.of(minDays + " 日", minDays + " days", String.valueOf(minDays))));
                } else if (doc.majorImpactOnRights() && wd.high() < minWd) {
                    out.fail(at, subject(doc), Evidence.of("docId", doc.id()).and("from", from).and("to", to)
                            .and("actual", Wording.of(wd + " 个工作日", wd + " working days", String.valueOf(wd)))
                            .and("required", Wording.of(minWd + " 个工作日", minWd + " working days",
                            String.valueOf(minWd))));
                } else if (doc.majorImpactOnRights() && wd.low() < minWd) {
                    out.undecided(at, subject(doc), wd, Evidence.of("docId", doc.id()).and("minWorkingDays", minWd));
                } else {
                    out.pass(at, subject(doc), Evidence.of("docId", doc.id()).and("days", days).and("workingDays", wd));
                }
            });
        });
    }

    /**
     * 合法性审核一般不少于5个、不超过15个工作日 / Legality review of 5 to 15 working days
     * (《国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见》（国办发〔2018〕115号）二 / Guiding Opinions on legality review of normative documents
     * (国办发〔2018〕115号), §2).
     */
    static Rule normReviewTime() {
        RuleDescriptor d = RuleTexts.describe("NORM-REVIEW-TIME", RuleGroup.NORMATIVE_DOCUMENTS, Severity.WARNING,
                LegalSources.NORMATIVE_DOCUMENT_REVIEW_OPINIONS.cite("二", "§2", Confidence.C),
                ParameterSpec.of("minWorkingDays", "5", "个工作日", "working days", false),
                ParameterSpec.of("maxWorkingDays", "15", "个工作日", "working days", false));
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minWorkingDays").intValueExact();
            int max = ctx.parameter(d, "maxWorkingDays").intValueExact();
            forDocuments(r, out, doc -> completed(doc, NormativeDocStep.LEGALITY_REVIEW).isPresent(), (i, doc) -> {
                Optional<NormativeDocStepRecord> rv = completed(doc, NormativeDocStep.LEGALITY_REVIEW);
                WorkingDayCount wd = ctx.calendar().count(rv.get().startedOn(), rv.get().completedOn().get());
                if (wd.low() >= min && wd.high() <= max) {
                    out.pass(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id())
                            .and("workingDays", wd));
                } else if (wd.high() < min || wd.low() > max) {
                    out.fail(path("normativeDocuments", i, "steps"), subject(doc), Evidence.of("docId", doc.id())
                            .and("workingDays", wd).and("min", min).and("max", max));
                } else {
                    out.undecided(path("normativeDocuments", i, "steps"), subject(doc), wd,
                            Evidence.of("docId", doc.id()).and("min", min).and("max", max));
                }
            });
        });
    }

    /**
     * 规范性文件按时报送备案 / Normative documents filed on time (《市县法治政府建设示范指标体系（2021年版）》第27项（备案期限为省级规定，福建省未核实） / Demonstration
     * indicator system for city and county rule-of-law government (2021), item 27 (the deadline is provincial; Fujian
     * not verified)).
     */
    static Rule normFiling() {
        RuleDescriptor d = RuleTexts.describe("NORM-FILING", RuleGroup.NORMATIVE_DOCUMENTS, Severity.WARNING,
                LegalSources.DEMONSTRATION_INDICATORS_2021.cite("第27项（备案期限为省级规定，福建省未核实）",
                        "item 27 (the deadline is provincial; Fujian not verified)", Confidence.D),
                ParameterSpec.of("days", "30", "日", "days", false));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            forDocuments(r, out, doc -> step(doc, NormativeDocStep.SIGN_AND_PUBLISH).isPresent(), (i, doc) -> {
                NormativeDocStepRecord pub = step(doc, NormativeDocStep.SIGN_AND_PUBLISH).get();
                LocalDate published = pub.completedOn().orElse(pub.startedOn());
                LocalDate deadline = published.plusDays(days);
                Optional<LocalDate> filed = step(doc, NormativeDocStep.FILING).map(NormativeDocStepRecord::startedOn);
                String at = path("normativeDocuments", i, "steps");
                switch (Timeliness.of(filed, deadline, ctx.asOf())) {
                    case ON_TIME -> out.pass(at, subject(doc), Evidence.of("docId", doc.id())
                            .and("filedOn", filed.get()));
                    case LATE -> out.fail(at, subject(doc), Evidence.of("docId", doc.id()).and("published", published)
                            .and("state", ActState.FILED_LATE).and("filed", filed.get()).and("days", days));
                    case OVERDUE -> out.fail(at, subject(doc), Evidence.of("docId", doc.id())
                            .and("published", published).and("state", ActState.STILL_UNFILED).and("asOf", ctx.asOf())
                            .and("days", days));
                    case PENDING -> out.pass(at, subject(doc), Evidence.of("docId", doc.id())
                            .and("deadline", deadline));
                }
            });
        });
    }

    /**
     * 规范性文件一般每隔2年清理一次并公布结果 / Clean up normative documents every 2 years
     * (《国务院关于加强法治政府建设的意见》（国发〔2010〕33号）（规范性文件一般每隔2年清理一次） / State Council Opinions on strengthening rule-of-law
     * government (国发〔2010〕33号), (documents cleaned up about every 2 years)).
     */
    static Rule normCleanup() {
        RuleDescriptor d = RuleTexts.describe("NORM-CLEANUP", RuleGroup.NORMATIVE_DOCUMENTS, Severity.WARNING,
                LegalSources.RULE_OF_LAW_GOVERNMENT_OPINIONS_2010.cite("（规范性文件一般每隔2年清理一次）",
                        "(documents cleaned up about every 2 years)", Confidence.C),
                ParameterSpec.of("years", "2", "年", "years", false));
        return Rule.of(d, (r, ctx, out) -> {
            if (r.normativeDocuments().isEmpty()) {
                out.notApplicable("/normativeDocuments");
                return;
            }
            int years = ctx.parameter(d, "years").intValueExact();
            Optional<LocalDate> last = r.documentCleanups().stream().map(DocumentCleanup::completedOn)
                    .max(LocalDate::compareTo);
            if (last.isPresent() && !last.get().plusYears(years).isBefore(ctx.asOf())) {
                out.pass("/documentCleanups", out.recordSubject(), Evidence.of("last", last.get()));
            } else {
                out.fail("/documentCleanups", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("last", last.map(String::valueOf).orElse("（无记录 / none）"))
                        .and("asOf", ctx.asOf()).and("years", years));
            }
        });
    }

    /**
     * 规范性文件有效期一般不超过5年 / Validity of at most 5 years (《地方实践（未找到全国性规定）》地方规定（福建省未核实） / Local practice (no national rule
     * found), local rules (Fujian not verified)).
     */
    static Rule normValidity() {
        RuleDescriptor d = RuleTexts.describe("NORM-VALIDITY-5Y", RuleGroup.NORMATIVE_DOCUMENTS, Severity.INFO,
                LegalSources.LOCAL.cite("地方规定（福建省未核实）", "local rules (Fujian not verified)", Confidence.D),
                ParameterSpec.of("years", "5", "年", "years", false));
        return Rule.of(d, (r, ctx, out) -> forDocuments(r, out, doc -> true, (i, doc) -> {
            int years = ctx.parameter(d, "years").intValueExact();
            Optional<LocalDate> published = step(doc, NormativeDocStep.SIGN_AND_PUBLISH).map(x -> x.completedOn()
                    .orElse(x.startedOn()));
            String at = path("normativeDocuments", i, "validUntil");
            if (doc.validUntil().isEmpty()) {
                out.fail(at, subject(doc),
                        Evidence.of("docId", doc.id()).and("problem", Problem.SETS_NO_VALIDITY_PERIOD));
            } else if (published.isPresent() && doc.validUntil().get().isAfter(published.get().plusYears(years))) {
                out.fail(at, subject(doc), Evidence.of("docId", doc.id())
                        .and("problem", Problem.VALID_TOO_LONG).and("validUntil", doc.validUntil().get())
                        .and("years", years));
            } else {
                out.pass(at, subject(doc), Evidence.of("docId", doc.id()).and("validUntil", doc.validUntil().get()));
            }
        }));
    }

    /**
     * 未经公布的规范性文件不得施行 / No normative document in force before it is published
     * (《国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知》（国办发〔2018〕37号）二（公开发布） / Notice on drafting and supervising administrative
     * normative documents (国办发〔2018〕37号), §2 (publication)).
     */
    static Rule normPublish() {
        RuleDescriptor d = RuleTexts.describe("NORM-PUBLISH", RuleGroup.NORMATIVE_DOCUMENTS, Severity.ERROR,
                LegalSources.NORMATIVE_DOCUMENT_NOTICE.cite("二（公开发布）", "§2 (publication)", Confidence.C));
        return Rule.of(d, (r, ctx, out) -> forDocuments(r, out, doc -> !doc.repealed(), (i, doc) -> {
            String at = path("normativeDocuments", i, "effectiveFrom");
            Optional<LocalDate> published = step(doc, NormativeDocStep.SIGN_AND_PUBLISH).map(x -> x.completedOn()
                    .orElse(x.startedOn()));
            if (doc.effectiveFrom().isEmpty()) {
                out.insufficient(at, subject(doc), "规范性文件 {docId} 未记录施行日期，无法判断是否先公布后施行",
                        "normative document {docId} records no effective date, so whether it was published first "
                        + "cannot be decided",
                        Evidence.of("docId", doc.id()));
            } else if (published.isEmpty()) {
                if (doc.effectiveFrom().get().isAfter(ctx.asOf())) {
                    out.pass(at, subject(doc), Evidence.of("docId", doc.id())
                            .and("effectiveFrom", doc.effectiveFrom().get()).and("note", "not yet in force"));
                } else {
                    out.reportedBy(at, subject(doc), "NORM-PROCEDURE", "文件缺少签署公布环节",
                            "the document has no signing-and-publication step");
                }
            } else if (doc.effectiveFrom().get().isBefore(published.get())) {
                out.fail(at, subject(doc), Evidence.of("docId", doc.id()).and("title", doc.title())
                        .and("effectiveFrom", doc.effectiveFrom().get()).and("publishedOn", published.get()));
            } else {
                out.pass(at, subject(doc), Evidence.of("docId", doc.id())
                        .and("effectiveFrom", doc.effectiveFrom().get()).and("publishedOn", published.get()));
            }
        }));
    }
}
