package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.forCases;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.rules.FindingCollector.ElementCheck;

/** ENF: administrative enforcement (行政处罚法 2021, 行政强制法). */
final class EnforcementRules {
    private EnforcementRules() {}

    static final Set<CaseKind> PENALTY_AND_COERCION = EnumSet.of(CaseKind.PENALTY, CaseKind.COERCIVE_MEASURE,
            CaseKind.COERCIVE_EXECUTION);

    /**
     * 执法行为 / The acts that certified officers carry out in pairs: penalties, coercion and inspections
     * (行政检查 is an enforcement act too: 行政处罚法 Art. 55 names 调查或者进行检查, 国办发〔2018〕118号 covers
     * 监督检查).
     */
    static final Set<CaseKind> OFFICER_ACTS = EnumSet.of(CaseKind.PENALTY, CaseKind.COERCIVE_MEASURE,
            CaseKind.COERCIVE_EXECUTION,
            CaseKind.INSPECTION);

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(delegation(), qualifiedOfficer(), twoOfficers(), showCertificate(),
                fullRecord(), case90Days(),
                service7WorkingDays(), collectiveDiscussion(), legalReview(), reviewerQualification()));
        rules.addAll(CaseLifecycleRules.all());
        return List.copyOf(rules);
    }

    /** The date an action took place: its decision date, else its filing date. */
    static LocalDate actionDate(EnforcementCase c) {
        return c.decidedOn().orElse(c.filedOn());
    }

    /**
     * 乡镇承接行政处罚权须有公布的清单依据 / Township penalties need a published delegated power (《中华人民共和国行政处罚法》第二十四条 / Administrative
     * Penalty Law of the PRC (2021 revision), Art. 24).
     */
    static Rule delegation() {
        RuleDescriptor d = RuleTexts.describe("ENF-TOWNSHIP-DELEGATION", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第二十四条", "Art. 24", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            Map<String, PowerListItem> powers = r.powerList().stream().collect(Collectors.toMap(PowerListItem::id,
                    Function.identity()));
            forCases(r, out, EnumSet.of(CaseKind.PENALTY), (i, c) -> {
                PowerListItem p = powers.get(c.powerItemId());
                if (p.category() != PowerCategory.PENALTY) {
                    out.fail(path("enforcementCases", i, "powerItemId"), subject(c), Evidence.of("caseId", c.id())
                            .and("powerItemId", c.powerItemId())
                            .and("problem", Wording.of("不是行政处罚事项（类别：" + p.category().zh() + "）",
                            "is not a penalty item (category " + p.category().en() + ")")));
                } else if (p.publishedOn().isEmpty() || p.publishedOn().get().isAfter(actionDate(c))) {
                    out.fail(path("enforcementCases", i, "powerItemId"), subject(c), Evidence.of("caseId", c.id())
                            .and("powerItemId", c.powerItemId())
                            .and("problem", Problem.NOT_PUBLISHED_WHEN_DECIDED));
                } else {
                    out.pass(path("enforcementCases", i, "powerItemId"), subject(c), Evidence.of("caseId", c.id())
                            .and("powerItemId", c.powerItemId()));
                }
            });
        });
    }

    /**
     * 持证上岗：执法人员须持有效执法证件 / Certified on duty: officers hold a valid certificate
     * (《中华人民共和国行政处罚法》第四十二条第一款、第五十五条、第七十六条第（五）项；《行政强制法》第十七条第三款；国办发〔2018〕118号 二（一） / Administrative Penalty Law of the
     * PRC (2021 revision), Arts. 42 ¶1, 55, 76(5); Compulsion Law Art. 17 ¶3; SC Gen. Office 2018 No. 118 §2(1)).
     */
    static Rule qualifiedOfficer() {
        RuleDescriptor d = RuleTexts.describe("ENF-QUALIFIED-OFFICER", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十二条第一款、第五十五条、第七十六条第（五）项；"
                        + "《行政强制法》第十七条第三款；国办发〔2018〕118号 二（一）",
                        "Arts. 42 ¶1, 55, 76(5); Compulsion Law Art. 17 ¶3; SC Gen. Office 2018 No. 118 §2(1)",
                        Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            Map<String, EnforcementOfficer> officers = r.enforcementOfficers().stream()
                    .collect(Collectors.toMap(EnforcementOfficer::id, Function.identity()));
            forCases(r, out, OFFICER_ACTS, (i, c) -> {
                LocalDate on = actionDate(c);
                for (int j = 0; j < c.officers().size(); j++) {
                    OfficerPresence p = c.officers().get(j);
                    String at = path("enforcementCases", i, "officers", String.valueOf(j));
                    if (officers.get(p.officerId()).isCertifiedOnDuty(on)) {
                        out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("officerId", p.officerId())
                                .and("date", on));
                    } else {
                        out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("officerId", p.officerId())
                                .and("date", on));
                    }
                }
                if (c.officers().isEmpty()) {
                    out.fail(path("enforcementCases", i, "officers"), subject(c), Evidence.of("caseId", c.id())
                            .and("officerId", "（无 / none）").and("date", on));
                }
            });
        });
    }

    /**
     * 执法人员不得少于两人 / At least two officers (《中华人民共和国行政处罚法》第四十二条第一款、第五十五条；《行政强制法》第十八条第（二）项；国办发〔2018〕118号 二（一） /
     * Administrative Penalty Law of the PRC (2021 revision), Arts. 42 ¶1, 55; Compulsion Law Art. 18(2); SC Gen.
     * Office 2018 No. 118 §2(1)).
     */
    static Rule twoOfficers() {
        RuleDescriptor d = RuleTexts.describe("ENF-TWO-OFFICERS", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十二条第一款、第五十五条；《行政强制法》第十八条第（二）项；国办发〔2018〕118号 二（一）",
                        "Arts. 42 ¶1, 55; Compulsion Law Art. 18(2); SC Gen. Office 2018 No. 118 §2(1)", Confidence.A),
                ParameterSpec.of("minOfficers", "2", "人", "officers", true));
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minOfficers").intValueExact();
            forCases(r, out, OFFICER_ACTS, (i, c) -> {
                if (c.officers().size() >= min || c.fewerOfficersBasis().isPresent()) {
                    out.pass(path("enforcementCases", i, "officers"), subject(c), Evidence.of("caseId", c.id())
                            .and("officers", c.officers().size()));
                } else {
                    out.fail(path("enforcementCases", i, "officers"), subject(c), Evidence.of("caseId", c.id())
                            .and("officers", c.officers().size()).and("min", min));
                }
            });
        });
    }

    /**
     * 亮证执法：主动出示执法证件 / Show the enforcement certificate (《中华人民共和国行政处罚法》第五十二条、第五十五条；《行政强制法》第十八条第（三）项；国办发〔2018〕118号 二（一）
     * / Administrative Penalty Law of the PRC (2021 revision), Arts. 52, 55; Compulsion Law Art. 18(3); SC Gen.
     * Office 2018 No. 118 §2(1)).
     */
    static Rule showCertificate() {
        RuleDescriptor d = RuleTexts.describe("ENF-SHOW-CERT", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十二条、第五十五条；《行政强制法》第十八条第（三）项；国办发〔2018〕118号 二（一）",
                        "Arts. 52, 55; Compulsion Law Art. 18(3); SC Gen. Office 2018 No. 118 §2(1)", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, EnumSet.allOf(CaseKind.class), (i, c) -> {
            for (int j = 0; j < c.officers().size(); j++) {
                OfficerPresence p = c.officers().get(j);
                String at = path("enforcementCases", i, "officers", String.valueOf(j), "certificateShown");
                if (p.certificateShown()) {
                    out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("officerId", p.officerId()));
                } else {
                    out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("officerId", p.officerId()));
                }
            }
        }));
    }

    /**
     * 执法全过程记录并归档 / Whole-process recording and archiving (《中华人民共和国行政处罚法》第四十七条；国办发〔2018〕118号 三 / Administrative
     * Penalty Law of the PRC (2021 revision), Art. 47; SC Gen. Office 2018 No. 118 §3).
     */
    static Rule fullRecord() {
        RuleDescriptor d = RuleTexts.describe("ENF-FULL-RECORD", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十七条；国办发〔2018〕118号 三",
                        "Art. 47; SC Gen. Office 2018 No. 118 §3", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, PENALTY_AND_COERCION, (i, c) -> {
            Set<CaseStep> recorded = c.recordings().stream().filter(x -> x.written() || x.audioVideo())
                    .map(ProcessRecording::step).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStep.class)));
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            for (CaseStep s : c.stepsReached()) {
                if (!recorded.contains(s)) {
                    zh.add(s.zh());
                    en.add(s.en());
                    codes.add(s.name());
                }
            }
            if (c.closedOn().isPresent() && !c.archived()) {
                zh.add("结案归档");
                en.add("archiving of the closed case");
                codes.add("ARCHIVE");
            }
            if (zh.isEmpty()) {
                out.pass(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id()));
            } else {
                out.fail(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id())
                        .and("missing", Wording.of(String.join("、", zh), String.join(", ", en), String.join(",",
                        codes))));
            }
        }));
    }

    /**
     * 立案之日起九十日内作出处罚决定 / Decide within 90 days of filing (《中华人民共和国行政处罚法》第六十条 / Administrative Penalty Law of the PRC
     * (2021 revision), Art. 60).
     */
    static Rule case90Days() {
        RuleDescriptor d = RuleTexts.describe("ENF-CASE-90D", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十条", "Art. 60", Confidence.A),
                ParameterSpec.of("days", "90", "日（自然日）", "calendar days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            forCases(r, out, EnumSet.of(CaseKind.PENALTY), (i, c) -> {
                LocalDate deadline = c.filedOn().plusDays(days);
                String at = path("enforcementCases", i, "decidedOn");
                switch (Timeliness.of(c.decidedOn(), deadline, ctx.asOf())) {
                    case ON_TIME -> out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("filedOn", c.filedOn())
                            .and("decidedOn", c.decidedOn().get()));
                    case LATE -> out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("filedOn", c.filedOn())
                            .and("state", ActState.DECIDED_LATE).and("decidedOn", c.decidedOn().get()).and("days", days)
                            .and("deadline", deadline));
                    case OVERDUE -> out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("filedOn", c.filedOn())
                            .and("state", ActState.STILL_UNDECIDED).and("asOf", ctx.asOf()).and("days", days)
                            .and("deadline", deadline));
                    case PENDING -> out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("filedOn", c.filedOn())
                            .and("deadline", deadline));
                }
            });
        });
    }

    /**
     * 处罚决定书七个工作日内送达 / Serve the decision within 7 working days (《中华人民共和国行政处罚法》第六十一条、第八十五条 / Administrative Penalty
     * Law of the PRC (2021 revision), Arts. 61, 85).
     */
    static Rule service7WorkingDays() {
        RuleDescriptor d = RuleTexts.describe("ENF-SERVICE-7D", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十一条、第八十五条", "Arts. 61, 85", Confidence.A),
                ParameterSpec.of("workingDays", "7", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int n = ctx.parameter(d, "workingDays").intValueExact();
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && c.decidedOn().isPresent(), (i, c) -> {
                LocalDate decided = c.decidedOn().get();
                Deadline deadline = ctx.calendar().deadline(decided, n);
                String at = path("enforcementCases", i, "servedOn");
                switch (Timeliness.of(c.servedOn(), deadline, ctx.asOf())) {
                    case ON_TIME -> out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("decidedOn", decided)
                            .and("servedOn", c.servedOn().get()));
                    case LATE -> out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("decidedOn", decided)
                            .and("state", ActState.SERVED_LATE).and("servedOn", c.servedOn().get())
                            .and("workingDays", n)
                            .and("deadline", deadline));
                    case OVERDUE -> out.fail(at, subject(c), Evidence.of("caseId", c.id()).and("decidedOn", decided)
                            .and("state", ActState.STILL_UNSERVED).and("asOf", ctx.asOf()).and("workingDays", n)
                            .and("deadline", deadline));
                    case PENDING -> out.pass(at, subject(c), Evidence.of("caseId", c.id()).and("decidedOn", decided)
                            .and("deadline", deadline));
                    case UNDECIDED -> out.undecided(at, subject(c), deadline, c.servedOn(),
                            Evidence.of("caseId", c.id()).and("decidedOn", decided));
                }
            });
        });
    }

    /**
     * 情节复杂或重大违法案件须负责人集体讨论 / Complex or serious cases are decided collectively (《中华人民共和国行政处罚法》第五十七条第二款 /
     * Administrative Penalty Law of the PRC (2021 revision), Art. 57 ¶2).
     */
    static Rule collectiveDiscussion() {
        RuleDescriptor d = RuleTexts.describe("ENF-COLLECTIVE-DISCUSSION", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十七条第二款", "Art. 57 ¶2", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && c.complexOrSerious(), (i, c) -> {
                String at = path("enforcementCases", i, "collectiveDiscussion");
                if (c.collectiveDiscussion().isEmpty()) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("problem", Problem.NO_COLLECTIVE_DISCUSSION_RECORD));
                } else if (c.decidedOn().isPresent() && c.collectiveDiscussion().get().heldOn().isAfter(c.decidedOn()
                        .get())) {
                    out.fail(at, subject(c), Evidence.of("caseId", c.id())
                            .and("problem", Problem.DISCUSSED_ONLY_AFTER_DECISION)
                            .and("heldOn", c.collectiveDiscussion().get().heldOn()));
                } else {
                    out.pass(at, subject(c), Evidence.of("caseId", c.id())
                            .and("heldOn", c.collectiveDiscussion().get().heldOn()));
                }
            });
        });
    }

    /**
     * 重大执法决定须经法制审核后作出 / Major decisions need legal review first (《中华人民共和国行政处罚法》第五十八条第一款 / Administrative Penalty Law
     * of the PRC (2021 revision), Art. 58 ¶1).
     */
    static Rule legalReview() {
        RuleDescriptor d = RuleTexts.describe("ENF-LEGAL-REVIEW", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十八条第一款", "Art. 58 ¶1", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, c -> !c.reviewTriggers().isEmpty() && c.decidedOn().isPresent(), (i, c) -> {
                Wording triggers = Wording.list(c.reviewTriggers(), ", ");
                String at = path("enforcementCases", i, "legalReview");
                if (c.legalReview().isEmpty()) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", triggers)
                            .and("problem", Problem.DECIDED_WITHOUT_LEGAL_REVIEW));
                } else if (c.legalReview().get().result() != ReviewResult.PASSED) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", triggers)
                            .and("problem", Problem.DECIDED_ALTHOUGH_REVIEW_FAILED));
                } else if (c.legalReview().get().reviewedOn().isAfter(c.decidedOn().get())) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", triggers)
                            .and("problem", Problem.REVIEWED_AFTER_DECISION)
                            .and("reviewedOn", c.legalReview().get().reviewedOn())
                            .and("decidedOn", c.decidedOn().get()));
                } else {
                    out.pass(at, subject(c), Evidence.of("caseId", c.id())
                            .and("reviewedOn", c.legalReview().get().reviewedOn()));
                }
            });
        });
    }

    /**
     * 初次从事法制审核人员须取得法律职业资格 / New legal reviewers hold the legal professional qualification (《中华人民共和国行政处罚法》第五十八条第二款 /
     * Administrative Penalty Law of the PRC (2021 revision), Art. 58 ¶2).
     */
    static Rule reviewerQualification() {
        RuleDescriptor d = RuleTexts.describe("ENF-REVIEWER-QUALIFICATION", RuleGroup.ENFORCEMENT, Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十八条第二款", "Art. 58 ¶2", Confidence.A));
        LocalDate inForce = LocalDate.of(2021, 7, 15);
        return Rule.of(d, (r, ctx, out) -> {
            for (int i = 0; i < r.legalReviewers().size(); i++) {
                LegalReviewer rv = r.legalReviewers().get(i);
                SubjectRef s = SubjectRef.of(LegalReviewer.class, rv.id());
                String at = path("legalReviewers", i, "legalProfessionalQualification");
                if (rv.legalProfessionalQualification()) {
                    out.pass(at, s, Evidence.of("reviewerId", rv.id()));
                } else if (rv.firstAssignedOn().isEmpty()) {
                    out.insufficient(path("legalReviewers", i, "firstAssignedOn"), s,
                            "审核人员 {reviewerId} 无法律职业资格，且未记录初次从事审核的日期，无法判断是否适用（2021-07-15 起适用）",
                            "reviewer {reviewerId} lacks the qualification and has no first-assignment date, so "
                            + "whether the 2021-07-15 rule applies is unknown",
                            Evidence.of("reviewerId", rv.id()));
                } else if (rv.firstAssignedOn().get().isBefore(inForce)) {
                    out.pass(at, s, Evidence.of("reviewerId", rv.id())
                            .and("firstAssignedOn", rv.firstAssignedOn().get())
                            .and("note", "assigned before 2021-07-15"));
                } else {
                    out.fail(at, s, Evidence.of("reviewerId", rv.id())
                            .and("firstAssignedOn", rv.firstAssignedOn().get()));
                }
            }
            if (r.legalReviewers().isEmpty()) {
                Optional<java.math.BigDecimal> declared = r.declaredFigure(StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS)
                        .map(f -> f.value());
                if (declared.isPresent() && declared.get().signum() > 0) {
                    out.insufficient("/declaredFigures", out.recordSubject(),
                            "报告声明有 {declared} 名法制审核人员，但未提供其资格信息",
                            "the report declares {declared} legal reviewer(s) but gives no qualification data",
                            Evidence.of("declared", declared.get().toPlainString()));
                } else {
                    out.notApplicable("/legalReviewers");
                }
            }
        });
    }
}
