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
import org.fazhi.governance.model.decision.DecisionStep;
import org.fazhi.governance.model.decision.DecisionStepRecord;
import org.fazhi.governance.model.decision.MajorAdministrativeDecision;
import org.fazhi.governance.rules.FindingCollector.ElementCheck;

/** MAJ: 重大行政决策 / major administrative decisions (《重大行政决策程序暂行条例》, applied to townships by reference). */
final class MajorDecisionRules {
    private MajorDecisionRules() {}

    static List<Rule> all() {
        return List.of(majCatalogue(), majParticipation(), majComment30(), majExpert(), majRisk(), majLegalityFirst(), majLegality7(), majCollective(), majPublish(), majOrder(), majHearing(), majPartyReport(), majArchive(), majChange());
    }

    /** 重大行政决策法定程序顺序 / The statutory order of a major decision (ZDJC chapters 2–3). */
    static final ProcedureGraph<DecisionStep> DECISION_ORDER = ProcedureGraph.builder(DecisionStep.class)
            .chain(DecisionStep.LAUNCH, DecisionStep.DRAFTING, DecisionStep.PUBLIC_PARTICIPATION, DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.HEARING, DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.EXPERT_ASSESSMENT, DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.RISK_ASSESSMENT, DecisionStep.LEGALITY_REVIEW)
            .mustStrictlyPrecede(DecisionStep.LEGALITY_REVIEW, DecisionStep.COLLECTIVE_DECISION)
            .chain(DecisionStep.LEGALITY_REVIEW, DecisionStep.PARTY_REPORT, DecisionStep.PUBLICATION)
            .chain(DecisionStep.COLLECTIVE_DECISION, DecisionStep.PUBLICATION, DecisionStep.ARCHIVE, DecisionStep.POST_DECISION_EVALUATION)
            .build();

    static Optional<DecisionStepRecord> step(MajorAdministrativeDecision m, DecisionStep s) {
        return m.steps().stream().filter(x -> x.step() == s).findFirst();
    }

    /** The step, if the decision records it with a completion date. */
    static Optional<DecisionStepRecord> completed(MajorAdministrativeDecision m, DecisionStep s) {
        return step(m, s).filter(x -> x.completedOn().isPresent());
    }

    static SubjectRef subject(MajorAdministrativeDecision m) {
        return SubjectRef.of(MajorAdministrativeDecision.class, m.id());
    }


    /** Runs a per-decision check over the major decisions a rule applies to, or reports NOT_APPLICABLE. */
    static void forDecisions(RuleOfLawRecord r, FindingCollector out, Predicate<MajorAdministrativeDecision> applies,
            ElementCheck<MajorAdministrativeDecision> check) {
        out.each("/majorDecisions", r.majorDecisions(), applies, check);
    }

    /** A rule that requires a step whenever a condition holds. */
    static Rule requiresStep(RuleDescriptor d, DecisionStep required, Predicate<MajorAdministrativeDecision> when) {
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, when, (i, m) -> {
            if (step(m, required).isPresent()) {
                out.pass(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                        .and("step", required.en()));
            } else {
                out.fail(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                        .and("title", m.title()));
            }
        }));
    }

    /**
     * 重大行政决策列入决策事项目录 / Major decisions listed in the decision catalogue (《重大行政决策程序暂行条例》（国务院令第713号）第三条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 3).
     */
    static Rule majCatalogue() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-SCOPE-CATALOGUE").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策列入决策事项目录")
                .nameEn("Major decisions listed in the decision catalogue")
                .severity(Severity.INFO)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId}（{title}）未列入公布的决策事项目录")
                .failEn("major decision {decisionId} ({title}) is not in the published decision catalogue")
                .remediationZh("经同级党委同意后公布年度重大行政决策事项目录，并将决策列入目录管理。")
                .remediationEn("Publish a yearly catalogue of major decisions, with the Party committee's agreement, "
                        + "and list each decision in it.")
                .exampleZh("年度内作出的重大决策不在目录中。")
                .exampleEn("A decision made during the year is missing from the catalogue.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三条", "Art. 3", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, m -> true, (i, m) -> {
            if (m.catalogued()) {
                out.pass(path("majorDecisions", i, "catalogued"), subject(m), Evidence.of("decisionId", m.id()));
            } else {
                out.fail(path("majorDecisions", i, "catalogued"), subject(m), Evidence.of("decisionId", m.id())
                        .and("title", m.title()));
            }
        }));
    }

    /**
     * 重大行政决策须听取公众意见 / Major decisions hear the public (《重大行政决策程序暂行条例》（国务院令第713号）第十四条、第十八条 / Interim Regulations on
     * Major Administrative Decision Procedures (applied by reference to townships, Art. 42) (国务院令第713号), Arts. 14,
     * 18).
     */
    static Rule majParticipation() {
        return requiresStep(RuleDescriptor.builder().id("MAJ-PUBLIC-PARTICIPATION").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策须听取公众意见")
                .nameEn("Major decisions hear the public")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId}（{title}）没有公众参与环节")
                .failEn("major decision {decisionId} ({title}) has no public participation")
                .remediationZh("通过座谈会、听证会、实地走访、书面或公开征求意见等方式听取公众意见，并归纳采纳情况；依法不予公开的除外。")
                .remediationEn("Hear the public through forums, hearings, visits or open consultation and report how "
                        + "opinions were used, unless the matter is confidential by law.")
                .exampleZh("旅游开发规划未征求村民意见即作出。")
                .exampleEn("A tourism plan is adopted without consulting villagers.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十四条、第十八条", "Arts. 14, 18", Confidence.A))
                .build(), DecisionStep.PUBLIC_PARTICIPATION, m -> !m.confidential());
    }

    /**
     * 公开征求意见期限一般不少于30日 / Public comment period of at least 30 days (《重大行政决策程序暂行条例》（国务院令第713号）第十五条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 15).
     */
    static Rule majComment30() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-COMMENT-30D").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("公开征求意见期限一般不少于30日")
                .nameEn("Public comment period of at least 30 days")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId} 征求意见期 {from} 至 {to} 只有 {days} 日，少于 {minDays} 日，且未说明缩短理由")
                .failEn("major decision {decisionId} was open for comment from {from} to {to}, {days} days, fewer "
                        + "than {minDays}, with no reason for the shorter period")
                .remediationZh("公开征求意见期限一般不少于30日；因情况紧急需要缩短的，在征求意见时予以说明。")
                .remediationEn("Keep the comment period at 30 days or more; if urgency requires less, say why when "
                        + "opening the consultation.")
                .exampleZh("征求意见期 2023-03-01 至 2023-03-15。")
                .exampleEn("Comments open 2023-03-01 to 2023-03-15.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十五条", "Art. 15", Confidence.A))
                .addParameters(ParameterSpec.of("minDays", "30", "日（自然日）", "calendar days", true))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minDays").intValueExact();
            forDecisions(r, out, m -> completed(m, DecisionStep.PUBLIC_PARTICIPATION).isPresent(), (i, m) -> {
                Optional<DecisionStepRecord> p = completed(m, DecisionStep.PUBLIC_PARTICIPATION);
                long days = ChronoUnit.DAYS.between(p.get().startedOn(), p.get().completedOn().get());
                if (days >= min || m.shortenedCommentReason().isPresent()) {
                    out.pass(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                            .and("days", days));
                } else {
                    out.fail(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                            .and("from", p.get().startedOn())
                            .and("to", p.get().completedOn().get()).and("days", days).and("minDays", min));
                }
            });
        });
    }

    /**
     * 专业性技术性较强的决策须专家论证 / Technical decisions need expert assessment (《重大行政决策程序暂行条例》（国务院令第713号）第十九条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 19).
     */
    static Rule majExpert() {
        return requiresStep(RuleDescriptor.builder().id("MAJ-EXPERT").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("专业性技术性较强的决策须专家论证")
                .nameEn("Technical decisions need expert assessment")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("专业性、技术性较强的重大行政决策 {decisionId}（{title}）没有专家论证")
                .failEn("technical major decision {decisionId} ({title}) had no expert assessment")
                .remediationZh("组织专家、专业机构对必要性、可行性、科学性论证，专家意见应书面签署，并排除利害关系人。")
                .remediationEn("Have independent experts assess necessity, feasibility and soundness in signed "
                        + "written opinions, excluding anyone with an interest.")
                .exampleZh("景区索道建设未经专家论证。")
                .exampleEn("A scenic-area cableway is decided without experts.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十九条", "Art. 19", Confidence.A))
                .build(), DecisionStep.EXPERT_ASSESSMENT, MajorAdministrativeDecision::technical);
    }

    /**
     * 可能影响社会稳定的决策须风险评估 / Risky decisions need a risk assessment (《重大行政决策程序暂行条例》（国务院令第713号）第二十二条至第二十四条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Arts. 22-24).
     */
    static Rule majRisk() {
        return requiresStep(RuleDescriptor.builder().id("MAJ-RISK").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("可能影响社会稳定的决策须风险评估")
                .nameEn("Risky decisions need a risk assessment")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("可能影响社会稳定或公共安全的重大行政决策 {decisionId}（{title}）没有风险评估")
                .failEn("major decision {decisionId} ({title}) may affect stability or safety but had no risk "
                        + "assessment")
                .remediationZh("对决策实施可能引发的社会稳定、公共安全风险进行评估，形成风险评估报告并提出防范措施和处置预案。")
                .remediationEn("Assess the risks to stability and public safety, write a risk report with prevention "
                        + "measures and a contingency plan.")
                .exampleZh("征地补偿方案未做社会稳定风险评估。")
                .exampleEn("A land-compensation plan skips the stability risk assessment.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十二条至第二十四条", "Arts. 22-24", Confidence.A))
                .build(), DecisionStep.RISK_ASSESSMENT, MajorAdministrativeDecision::riskPresent);
    }

    /**
     * 合法性审查在集体讨论之前且结论合法 / Legality review passed before collective discussion (《重大行政决策程序暂行条例》（国务院令第713号）第二十五条 /
     * Interim Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 25).
     */
    static Rule majLegalityFirst() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-LEGALITY-FIRST").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("合法性审查在集体讨论之前且结论合法")
                .nameEn("Legality review passed before collective discussion")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId} {problem}")
                .failEn("major decision {decisionId} {problem}")
                .remediationZh("决策草案提交讨论前由合法性审查部门审查；未经审查或经审查不合法的，不得提交决策机关讨论。")
                .remediationEn("Have the draft reviewed for legality before discussion; an unreviewed or unlawful "
                        + "draft may not be discussed.")
                .exampleZh("党政联席会议讨论后才补做合法性审查。")
                .exampleEn("The legality review is done after the meeting decided.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十五条", "Art. 25", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            forDecisions(r, out, m -> step(m, DecisionStep.COLLECTIVE_DECISION).isPresent(), (i, m) -> {
                Optional<DecisionStepRecord> decision = step(m, DecisionStep.COLLECTIVE_DECISION);
                Optional<DecisionStepRecord> review = step(m, DecisionStep.LEGALITY_REVIEW);
                String at = path("majorDecisions", i, "steps");
                LocalDate discussed = decision.get().startedOn();
                if (review.isEmpty()) {
                    out.fail(at, subject(m),
                            Evidence.of("decisionId", m.id())
                                    .and("problem", Problem.DISCUSSED_WITHOUT_LEGALITY_REVIEW));
                } else if (!review.get().passed().orElse(false)) {
                    out.fail(at, subject(m),
                            Evidence.of("decisionId", m.id())
                                    .and("problem", Problem.DISCUSSED_ALTHOUGH_FOUND_UNLAWFUL));
                } else if (!review.get().completedOn().orElse(review.get().startedOn()).isBefore(discussed)) {
                    out.fail(at, subject(m), Evidence.of("decisionId", m.id())
                            .and("problem", Problem.REVIEW_NOT_FINISHED_BEFORE_DISCUSSION)
                            .and("reviewedOn", review.get().completedOn().orElse(review.get().startedOn()))
                            .and("discussed", discussed));
                } else {
                    out.pass(at, subject(m), Evidence.of("decisionId", m.id()));
                }
            });
        });
    }

    /**
     * 合法性审查时间一般不少于7个工作日 / At least 7 working days for legality review (《重大行政决策程序暂行条例》（国务院令第713号）第二十六条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 26).
     */
    static Rule majLegality7() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-LEGALITY-7WD").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("合法性审查时间一般不少于7个工作日")
                .nameEn("At least 7 working days for legality review")
                .severity(Severity.WARNING)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId} 的合法性审查从 {from} 到 {to} 只有 {workingDays} 个工作日，少于 {min} 个")
                .failEn("major decision {decisionId} had {workingDays} working days of legality review ({from} to "
                        + "{to}), fewer than {min}")
                .remediationZh("送请合法性审查时保证必要的审查时间，一般不少于7个工作日，并由法律顾问、公职律师提出法律意见。")
                .remediationEn("Give the reviewers at least 7 working days and obtain the legal adviser's opinion.")
                .exampleZh("周一送审、周三出具审查意见。")
                .exampleEn("Sent Monday, reviewed by Wednesday.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十六条", "Art. 26", Confidence.A))
                .addParameters(ParameterSpec.of("minWorkingDays", "7", "个工作日", "working days", true))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int min = ctx.parameter(d, "minWorkingDays").intValueExact();
            forDecisions(r, out, m -> completed(m, DecisionStep.LEGALITY_REVIEW).isPresent(), (i, m) -> {
                Optional<DecisionStepRecord> review = completed(m, DecisionStep.LEGALITY_REVIEW);
                WorkingDayCount wd = ctx.calendar().count(review.get().startedOn(), review.get().completedOn().get());
                if (wd.low() >= min) {
                    out.pass(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                            .and("workingDays", wd));
                } else if (wd.high() < min) {
                    out.fail(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                            .and("from", review.get().startedOn())
                            .and("to", review.get().completedOn().get()).and("workingDays", wd).and("min", min));
                } else {
                    out.undecided(path("majorDecisions", i, "steps"), subject(m), wd,
                            Evidence.of("decisionId", m.id()).and("min", min));
                }
            });
        });
    }

    /**
     * 集体讨论决定且行政首长最后发表意见 / Collective decision with the head speaking last (《重大行政决策程序暂行条例》（国务院令第713号）第三十条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 30).
     */
    static Rule majCollective() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-COLLECTIVE").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("集体讨论决定且行政首长最后发表意见")
                .nameEn("Collective decision with the head speaking last")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId} {problem}")
                .failEn("major decision {decisionId} {problem}")
                .remediationZh("提交决策机关会议（乡镇为党政联席会议或乡长办公会议）集体讨论，行政首长最后发表意见，如实记录不同意见。")
                .remediationEn("Decide at the decision body's meeting (for a township, the joint or head's office "
                        + "meeting), head speaking last, dissent recorded.")
                .exampleZh("乡长个人签批重大决策。")
                .exampleEn("The head signs off a major decision alone.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十条", "Art. 30", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, m -> true, (i, m) -> {
            String at = path("majorDecisions", i);
            if (step(m, DecisionStep.COLLECTIVE_DECISION).isEmpty() || m.decidedBy().isEmpty()) {
                out.fail(at, subject(m),
                        Evidence.of("decisionId", m.id()).and("problem", Problem.NOT_DECIDED_COLLECTIVELY_AT_MEETING));
            } else if (!m.headSpokeLast().orElse(false)) {
                out.fail(at, subject(m),
                        Evidence.of("decisionId", m.id()).and("problem", Problem.HEAD_DID_NOT_SPEAK_LAST));
            } else {
                out.pass(at, subject(m), Evidence.of("decisionId", m.id()).and("body", m.decidedBy().get().en()));
            }
        }));
    }

    /**
     * 重大行政决策及时公布 / Publish major decisions (《重大行政决策程序暂行条例》（国务院令第713号）第三十二条 / Interim Regulations on Major
     * Administrative Decision Procedures (applied by reference to townships, Art. 42) (国务院令第713号), Art. 32).
     */
    static Rule majPublish() {
        return requiresStep(RuleDescriptor.builder().id("MAJ-PUBLISH").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策及时公布")
                .nameEn("Publish major decisions")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("已集体决定的重大行政决策 {decisionId}（{title}）没有公布")
                .failEn("major decision {decisionId} ({title}) was decided but not published")
                .remediationZh("通过政府公报、网站或本地报纸等及时公布决策，对社会关注度高的决策说明公众意见和专家意见采纳情况并解读。")
                .remediationEn("Publish the decision promptly, and for high-profile ones explain how public and "
                        + "expert opinions were used.")
                .exampleZh("决策作出后未向社会公布。")
                .exampleEn("A decision is never published.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十二条", "Art. 32", Confidence.A))
                .build(), DecisionStep.PUBLICATION, m -> step(m, DecisionStep.COLLECTIVE_DECISION).isPresent() && !m.confidential());
    }

    /**
     * 重大行政决策法定程序顺序 / Statutory order of decision steps (《重大行政决策程序暂行条例》（国务院令第713号）第二章、第三章（第十条至第三十三条） / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Chapters 2-3 (Arts. 10-33)).
     */
    static Rule majOrder() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-ORDER").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策法定程序顺序")
                .nameEn("Statutory order of decision steps")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId} 的程序顺序错误：{violations}")
                .failEn("major decision {decisionId} took its steps out of order: {violations}")
                .remediationZh("按“启动—拟定草案—公众参与、专家论证、风险评估—合法性审查—集体讨论决定—公布—归档”的顺序履行程序。")
                .remediationEn("Take the steps in order: launch, draft, participation and assessments, legality "
                        + "review, collective decision, publication, archive.")
                .exampleZh("先公布、后集体讨论。")
                .exampleEn("Published before it was decided.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二章、第三章（第十条至第三十三条）", "Chapters 2-3 (Arts. 10-33)", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, m -> true, (i, m) -> {
            List<ProcedureGraph.OrderViolation<DecisionStep>> v = DECISION_ORDER.violations(s -> step(m, s).map(DecisionStepRecord::startedOn),
                    s -> step(m, s).flatMap(DecisionStepRecord::completedOn));
            if (v.isEmpty()) {
                out.pass(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                        .and("steps", m.steps().size()));
            } else {
                out.fail(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                        .and("violations", Wording.of(v.stream().map(x -> x.earlier().zh() + "（" + x.earlierEnds() + "）应在" + x.later().zh() + "（" + x.laterStarts() + "）之前")
                                .collect(Collectors.joining("；")), v.stream().map(x -> x.earlier().en() + " (" + x.earlierEnds() + ") must precede " + x.later().en() + " (" + x.laterStarts() + ")")
                                .collect(Collectors.joining("; ")))));
            }
        }));
    }

    /**
     * 决策听证会提前公布并送达材料 / Decision hearings announced, participants published, materials sent 7 days ahead
     * (《重大行政决策程序暂行条例》（国务院令第713号）第十六条、第十七条 / Interim Regulations on Major Administrative Decision Procedures (applied
     * by reference to townships, Art. 42) (国务院令第713号), Arts. 16-17).
     */
    static Rule majHearing() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-HEARING").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("决策听证会提前公布并送达材料")
                .nameEn("Decision hearings announced, participants published, materials sent 7 days ahead")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectZh("举行听证会的重大行政决策")
                .subjectEn("major administrative decisions")
                .subjectEn("major decisions with a hearing")
                .failZh("重大行政决策 {decisionId} 的听证会（{heldOn}）{problem}")
                .failEn("the hearing ({heldOn}) on major decision {decisionId} {problem}")
                .remediationZh("提前公布决策草案及其说明和听证时间、地点，提前公布听证参加人名单，听证会材料于召开七日前送达参加人，听证笔录由参加人确认签字。")
                .remediationEn("Publish the draft, its explanation, the time and place and the participants' list in "
                        + "advance, send the materials 7 days before, and have the participants sign the record.")
                .exampleZh("听证会前两天才把材料送给参加人。")
                .exampleEn("The materials reach the participants two days before the hearing.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十六条、第十七条", "Arts. 16-17", Confidence.A))
                .addParameters(ParameterSpec.of("materialsDays", "7", "日", "days", true))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "materialsDays").intValueExact();
            forDecisions(r, out, m -> m.hearing().isPresent() || step(m, DecisionStep.HEARING).isPresent(), (i, m) -> {
                String at = path("majorDecisions", i, "hearing");
                if (m.hearing().isEmpty()) {
                    out.insufficient(at, subject(m), "重大行政决策 {decisionId} 记录了听证会环节，但没有听证会的公布、名单、材料送达和笔录情况",
                            "major decision {decisionId} records a hearing step but not its announcement, participants, materials or record",
                            Evidence.of("decisionId", m.id()));
                    return;
                }
                org.fazhi.governance.model.decision.DecisionHearing h = m.hearing().get();
                List<String> zh = new java.util.ArrayList<>();
                List<String> en = new java.util.ArrayList<>();
                List<String> unknownZh = new java.util.ArrayList<>();
                List<String> unknownEn = new java.util.ArrayList<>();
                if (h.announcedOn().isEmpty()) {
                    unknownZh.add("决策草案和听证时间地点的公布日期");
                    unknownEn.add("when the draft and the time and place were published");
                } else if (!h.announcedOn().get().isBefore(h.heldOn())) {
                    zh.add("未提前公布决策草案和听证时间、地点");
                    en.add("was not announced in advance");
                }
                if (h.participantsPublishedOn().isEmpty()) {
                    unknownZh.add("听证参加人名单的公布日期");
                    unknownEn.add("when the participants' list was published");
                } else if (!h.participantsPublishedOn().get().isBefore(h.heldOn())) {
                    zh.add("未提前公布听证参加人名单");
                    en.add("had its participants' list published only on the day");
                }
                if (h.materialsDeliveredOn().isEmpty()) {
                    unknownZh.add("听证材料送达日期");
                    unknownEn.add("when the materials reached the participants");
                } else if (h.materialsDeliveredOn().get().plusDays(days).isAfter(h.heldOn())) {
                    zh.add("的材料于 " + h.materialsDeliveredOn().get() + " 才送达参加人，不足 " + days + " 日");
                    en.add("had its materials delivered only on " + h.materialsDeliveredOn().get() + ", less than " + days + " days before");
                }
                if (h.recordSigned().isEmpty()) {
                    unknownZh.add("听证笔录是否经参加人确认签字");
                    unknownEn.add("whether the participants signed the record");
                } else if (!h.recordSigned().get()) {
                    zh.add("的笔录未经参加人确认签字");
                    en.add("has a record the participants did not confirm and sign");
                }
                if (!zh.isEmpty()) {
                    StringBuilder z = new StringBuilder(zh.get(0));
                    zh.subList(1, zh.size()).forEach(x -> z.append('；').append(x.startsWith("的") ? x.substring(1) : x));
                    out.fail(at, subject(m), Evidence.of("decisionId", m.id()).and("heldOn", h.heldOn())
                            .and("problem", Wording.of(z.toString(), String.join("; ", en))));
                } else if (!unknownZh.isEmpty()) {
                    out.insufficient(at, subject(m), "重大行政决策 {decisionId} 的听证会未记录{what}，无法判断",
                            "the hearing on major decision {decisionId} does not record {what}, so this cannot be decided",
                            Evidence.of("decisionId", m.id())
                                    .and("what", Wording.of(String.join("、", unknownZh), String.join(", ", unknownEn))));
                } else {
                    out.pass(at, subject(m), Evidence.of("decisionId", m.id()).and("heldOn", h.heldOn()));
                }
            });
        });
    }

    /**
     * 重大行政决策出台前向同级党委请示报告 / Report to the Party committee before issuing (《重大行政决策程序暂行条例》（国务院令第713号）第三十一条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 31).
     */
    static Rule majPartyReport() {
        return requiresStep(RuleDescriptor.builder().id("MAJ-PARTY-REPORT").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策出台前向同级党委请示报告")
                .nameEn("Report to the Party committee before issuing")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectEn("major administrative decisions")
                .failZh("重大行政决策 {decisionId}（{title}）出台前没有向同级党委请示报告")
                .failEn("major decision {decisionId} ({title}) was issued without reporting to the same-level Party "
                        + "committee")
                .remediationZh("重大行政决策出台前，按照规定向同级党委请示报告，并记录请示报告的时间；请示报告的先后顺序由 MAJ-ORDER 检查。")
                .remediationEn("Report to the same-level Party committee before issuing the decision and record when; "
                        + "the order of the steps is checked by MAJ-ORDER.")
                .exampleZh("乡政府集体决定后直接公布，未向乡党委请示。")
                .exampleEn("The government decides and publishes without reporting to the Party committee.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十一条", "Art. 31", Confidence.A))
                .build(), DecisionStep.PARTY_REPORT, m -> step(m, DecisionStep.COLLECTIVE_DECISION).isPresent());
    }

    /**
     * 决策过程记录和材料及时完整归档 / Archive the decision's record and materials (《重大行政决策程序暂行条例》（国务院令第713号）第三十三条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 33).
     */
    static Rule majArchive() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-ARCHIVE").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("决策过程记录和材料及时完整归档")
                .nameEn("Archive the decision's record and materials")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectZh("已公布的重大行政决策")
                .subjectEn("major administrative decisions")
                .subjectEn("published major decisions")
                .failZh("重大行政决策 {decisionId}（{title}）于 {publishedOn} 公布，至 {asOf} 已逾 {days} 日仍未归档")
                .failEn("major decision {decisionId} ({title}) was published on {publishedOn} and is still not "
                        + "archived on {asOf}, over {days} days later")
                .remediationZh("建立决策过程记录和材料归档制度，将履行决策程序形成的记录、材料及时完整归档。")
                .remediationEn("Keep the records and materials of every step and archive them promptly and completely.")
                .exampleZh("决策公布半年后材料仍散在各办。")
                .exampleEn("Half a year after publication the papers are still scattered.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十三条", "Art. 33", Confidence.A))
                .addParameters(ParameterSpec.of("days", "30", "日（“及时”，未核实）", "days ('promptly', unverified)", false))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            forDecisions(r, out, m -> step(m, DecisionStep.PUBLICATION).isPresent(), (i, m) -> {
                LocalDate published = step(m, DecisionStep.PUBLICATION).get().completedOn().orElse(step(m, DecisionStep.PUBLICATION).get().startedOn());
                String at = path("majorDecisions", i, "steps");
                if (step(m, DecisionStep.ARCHIVE).isPresent()) {
                    out.pass(at, subject(m), Evidence.of("decisionId", m.id())
                            .and("archivedOn", step(m, DecisionStep.ARCHIVE).get().startedOn()));
                } else if (ctx.asOf().isAfter(published.plusDays(days))) {
                    out.fail(at, subject(m), Evidence.of("decisionId", m.id()).and("title", m.title())
                            .and("publishedOn", published).and("asOf", ctx.asOf()).and("days", days));
                } else {
                    out.pass(at, subject(m), Evidence.of("decisionId", m.id()).and("dueBy", published.plusDays(days)));
                }
            });
        });
    }

    /**
     * 重大行政决策不得随意变更或停止执行 / No arbitrary change or stop of a major decision (《重大行政决策程序暂行条例》（国务院令第713号）第三十七条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 37).
     */
    static Rule majChange() {
        RuleDescriptor d = RuleDescriptor.builder().id("MAJ-CHANGE").group(RuleGroup.MAJOR_DECISIONS)
                .nameZh("重大行政决策不得随意变更或停止执行")
                .nameEn("No arbitrary change or stop of a major decision")
                .severity(Severity.ERROR)
                .subjectZh("重大行政决策")
                .subjectZh("执行中调整的重大行政决策")
                .subjectEn("major administrative decisions")
                .subjectEn("major decisions changed in force")
                .failZh("重大行政决策 {decisionId} 于 {changedOn} {kind}，{problem}")
                .failEn("major decision {decisionId} was {kind} on {changedOn} {problem}")
                .remediationZh("依法作出的重大行政决策未经法定程序不得随意变更或停止执行；情况紧急的，行政首长可先决定中止执行；需要重大调整的，依照条例重新履行相关法定程序。")
                .remediationEn("Change or stop a decision in force only by the statutory procedure; in an emergency "
                        + "the head may first suspend it; a substantial adjustment goes through the procedure again.")
                .exampleZh("分管领导口头通知停止执行已公布的补偿方案。")
                .exampleEn("A deputy stops a published compensation plan by word of mouth.")
                .citation(LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十七条", "Art. 37", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, m -> !m.changes().isEmpty(), (i, m) -> {
            for (int j = 0; j < m.changes().size(); j++) {
                org.fazhi.governance.model.decision.DecisionChange c = m.changes().get(j);
                String at = path("majorDecisions", i, "changes", String.valueOf(j));
                Optional<Boolean> lawful;
                String problem;
                String problemEn;
                String unknownZh;
                String unknownEn;
                switch (c.kind()) {
                    case SUSPENDED:
                        lawful = c.collectivelyDecided().orElse(false) || c.emergency().orElse(false) && c.headDecided().orElse(false) ? Optional.of(true)
                                : c.collectivelyDecided().isPresent() && c.emergency().isPresent() && c.headDecided().isPresent() ? Optional.of(false)
                                : Optional.empty();
                        problem = "既非情况紧急由行政首长决定，也未经集体讨论";
                        problemEn = "neither by the head in an emergency nor by a collective decision";
                        unknownZh = "是否情况紧急、由行政首长决定或经集体讨论";
                        unknownEn = "whether it was an emergency decided by the head or a collective decision";
                        break;
                    case STOPPED:
                        lawful = c.collectivelyDecided();
                        problem = "未经决策机关集体讨论决定";
                        problemEn = "without a collective decision of the decision body";
                        unknownZh = "是否经集体讨论决定";
                        unknownEn = "whether it was decided collectively";
                        break;
                    default:
                        lawful = c.procedureRepeated();
                        problem = "未重新履行法定程序";
                        problemEn = "without going through the statutory procedure again";
                        unknownZh = "是否重新履行法定程序";
                        unknownEn = "whether the statutory procedure was gone through again";
                        break;
                }
                SubjectRef s = subject(m);
                if (lawful.isEmpty()) {
                    out.insufficient(at, s, "重大行政决策 {decisionId} 于 {changedOn} {kind}，未记录{what}，无法判断",
                            "major decision {decisionId} was {kind} on {changedOn}, but the record does not say {what}, so this cannot be decided",
                            Evidence.of("decisionId", m.id()).and("changedOn", c.changedOn())
                                    .and("kind", c.kind()).and("what", Wording.of(unknownZh, unknownEn)));
                } else if (lawful.get()) {
                    out.pass(at, s, Evidence.of("decisionId", m.id()).and("kind", c.kind().en()));
                } else {
                    out.fail(at, s, Evidence.of("decisionId", m.id()).and("changedOn", c.changedOn())
                            .and("kind", c.kind())
                            .and("problem", Wording.of(problem, problemEn)));
                }
            }
        }));
    }
}
