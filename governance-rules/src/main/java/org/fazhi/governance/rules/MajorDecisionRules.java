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
        return List.of(majCatalogue(), majParticipation(), majComment30(), majExpert(), majRisk(), majLegalityFirst(),
                majLegality7(), majCollective(), majPublish(), majOrder(), majHearing(), majPartyReport(),
                majArchive(), majChange());
    }

    /** 重大行政决策法定程序顺序 / The statutory order of a major decision (ZDJC chapters 2–3). */
    static final ProcedureGraph<DecisionStep> DECISION_ORDER = ProcedureGraph.builder(DecisionStep.class)
            .chain(DecisionStep.LAUNCH, DecisionStep.DRAFTING, DecisionStep.PUBLIC_PARTICIPATION,
            DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.HEARING, DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.EXPERT_ASSESSMENT, DecisionStep.LEGALITY_REVIEW)
            .chain(DecisionStep.DRAFTING, DecisionStep.RISK_ASSESSMENT, DecisionStep.LEGALITY_REVIEW)
            .mustStrictlyPrecede(DecisionStep.LEGALITY_REVIEW, DecisionStep.COLLECTIVE_DECISION)
            .chain(DecisionStep.LEGALITY_REVIEW, DecisionStep.PARTY_REPORT, DecisionStep.PUBLICATION)
            .chain(DecisionStep.COLLECTIVE_DECISION, DecisionStep.PUBLICATION, DecisionStep.ARCHIVE,
            DecisionStep.POST_DECISION_EVALUATION)
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
        RuleDescriptor d = RuleTexts.describe("MAJ-SCOPE-CATALOGUE", RuleGroup.MAJOR_DECISIONS, Severity.INFO,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三条", "Art. 3", Confidence.A));
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
        return requiresStep(RuleTexts.describe("MAJ-PUBLIC-PARTICIPATION", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十四条、第十八条", "Arts. 14, 18", Confidence.A)),
                DecisionStep.PUBLIC_PARTICIPATION, m -> !m.confidential());
    }

    /**
     * 公开征求意见期限一般不少于30日 / Public comment period of at least 30 days (《重大行政决策程序暂行条例》（国务院令第713号）第十五条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 15).
     */
    static Rule majComment30() {
        RuleDescriptor d = RuleTexts.describe("MAJ-COMMENT-30D", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十五条", "Art. 15", Confidence.A),
                ParameterSpec.of("minDays", "30", "日（自然日）", "calendar days", true));
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
        return requiresStep(RuleTexts.describe("MAJ-EXPERT", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十九条", "Art. 19", Confidence.A)),
                DecisionStep.EXPERT_ASSESSMENT, MajorAdministrativeDecision::technical);
    }

    /**
     * 可能影响社会稳定的决策须风险评估 / Risky decisions need a risk assessment (《重大行政决策程序暂行条例》（国务院令第713号）第二十二条至第二十四条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Arts. 22-24).
     */
    static Rule majRisk() {
        return requiresStep(RuleTexts.describe("MAJ-RISK", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十二条至第二十四条", "Arts. 22-24", Confidence.A)),
                DecisionStep.RISK_ASSESSMENT, MajorAdministrativeDecision::riskPresent);
    }

    /**
     * 合法性审查在集体讨论之前且结论合法 / Legality review passed before collective discussion (《重大行政决策程序暂行条例》（国务院令第713号）第二十五条 /
     * Interim Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 25).
     */
    static Rule majLegalityFirst() {
        RuleDescriptor d = RuleTexts.describe("MAJ-LEGALITY-FIRST", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十五条", "Art. 25", Confidence.A));
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
        RuleDescriptor d = RuleTexts.describe("MAJ-LEGALITY-7WD", RuleGroup.MAJOR_DECISIONS, Severity.WARNING,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二十六条", "Art. 26", Confidence.A),
                ParameterSpec.of("minWorkingDays", "7", "个工作日", "working days", true));
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
        RuleDescriptor d = RuleTexts.describe("MAJ-COLLECTIVE", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十条", "Art. 30", Confidence.A));
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
        return requiresStep(RuleTexts.describe("MAJ-PUBLISH", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十二条", "Art. 32", Confidence.A)),
                DecisionStep.PUBLICATION,
                m -> step(m, DecisionStep.COLLECTIVE_DECISION).isPresent() && !m.confidential());
    }

    /**
     * 重大行政决策法定程序顺序 / Statutory order of decision steps (《重大行政决策程序暂行条例》（国务院令第713号）第二章、第三章（第十条至第三十三条） / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Chapters 2-3 (Arts. 10-33)).
     */
    static Rule majOrder() {
        RuleDescriptor d = RuleTexts.describe("MAJ-ORDER", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第二章、第三章（第十条至第三十三条）",
                        "Chapters 2-3 (Arts. 10-33)", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forDecisions(r, out, m -> true, (i, m) -> {
            List<ProcedureGraph.OrderViolation<DecisionStep>> v = DECISION_ORDER.violations(s -> step(m, s)
                    .map(DecisionStepRecord::startedOn),
                    s -> step(m, s).flatMap(DecisionStepRecord::completedOn));
            if (v.isEmpty()) {
                out.pass(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
                        .and("steps", m.steps().size()));
            } else {
                out.fail(path("majorDecisions", i, "steps"), subject(m), Evidence.of("decisionId", m.id())
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
     * 决策听证会提前公布并送达材料 / Decision hearings announced, participants published, materials sent 7 days ahead
     * (《重大行政决策程序暂行条例》（国务院令第713号）第十六条、第十七条 / Interim Regulations on Major Administrative Decision Procedures (applied
     * by reference to townships, Art. 42) (国务院令第713号), Arts. 16-17).
     */
    static Rule majHearing() {
        RuleDescriptor d = RuleTexts.describe("MAJ-HEARING", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第十六条、第十七条", "Arts. 16-17", Confidence.A),
                ParameterSpec.of("materialsDays", "7", "日", "days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "materialsDays").intValueExact();
            forDecisions(r, out, m -> m.hearing().isPresent() || step(m, DecisionStep.HEARING).isPresent(), (i, m) -> {
                String at = path("majorDecisions", i, "hearing");
                if (m.hearing().isEmpty()) {
                    out.insufficient(at, subject(m), "重大行政决策 {decisionId} 记录了听证会环节，但没有听证会的公布、名单、材料送达和笔录情况",
                            "major decision {decisionId} records a hearing step but not its announcement, "
                            + "participants, materials or record",
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
                    en.add("had its materials delivered only on " + h.materialsDeliveredOn().get() + ", less than "
                            + days + " days before");
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
                            "the hearing on major decision {decisionId} does not record {what}, so this cannot be "
                            + "decided",
                            Evidence.of("decisionId", m.id())
                                    .and("what", Wording.of(String.join("、", unknownZh), String.join(", ",
                                    unknownEn))));
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
        return requiresStep(RuleTexts.describe("MAJ-PARTY-REPORT", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十一条", "Art. 31", Confidence.A)),
                DecisionStep.PARTY_REPORT, m -> step(m, DecisionStep.COLLECTIVE_DECISION).isPresent());
    }

    /**
     * 决策过程记录和材料及时完整归档 / Archive the decision's record and materials (《重大行政决策程序暂行条例》（国务院令第713号）第三十三条 / Interim
     * Regulations on Major Administrative Decision Procedures (applied by reference to townships, Art. 42)
     * (国务院令第713号), Art. 33).
     */
    static Rule majArchive() {
        RuleDescriptor d = RuleTexts.describe("MAJ-ARCHIVE", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十三条", "Art. 33", Confidence.A),
                ParameterSpec.of("days", "30", "日（“及时”，未核实）", "days ('promptly', unverified)", false));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            forDecisions(r, out, m -> step(m, DecisionStep.PUBLICATION).isPresent(), (i, m) -> {
                LocalDate published = step(m, DecisionStep.PUBLICATION).get().completedOn().orElse(step(m,
                        DecisionStep.PUBLICATION).get().startedOn());
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
        RuleDescriptor d = RuleTexts.describe("MAJ-CHANGE", RuleGroup.MAJOR_DECISIONS, Severity.ERROR,
                LegalSources.MAJOR_DECISION_REGULATIONS.cite("第三十七条", "Art. 37", Confidence.A));
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
                        lawful = c.collectivelyDecided().orElse(false) || c.emergency().orElse(false)
                                && c.headDecided().orElse(false) ? Optional.of(true)
                                : c.collectivelyDecided().isPresent() && c.emergency().isPresent() && c.headDecided()
                                .isPresent() ? Optional.of(false)
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
                            "major decision {decisionId} was {kind} on {changedOn}, but the record does not say "
                            + "{what}, so this cannot be decided",
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
