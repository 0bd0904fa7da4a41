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

    static final Set<CaseKind> PENALTY_AND_COERCION = EnumSet.of(CaseKind.PENALTY, CaseKind.COERCIVE_MEASURE, CaseKind.COERCIVE_EXECUTION);

    /**
     * 执法行为 / The acts that certified officers carry out in pairs: penalties, coercion and inspections
     * (行政检查 is an enforcement act too: 行政处罚法 Art. 55 names 调查或者进行检查, 国办发〔2018〕118号 covers
     * 监督检查).
     */
    static final Set<CaseKind> OFFICER_ACTS = EnumSet.of(CaseKind.PENALTY, CaseKind.COERCIVE_MEASURE, CaseKind.COERCIVE_EXECUTION,
            CaseKind.INSPECTION);

    static List<Rule> all() {
        List<Rule> rules = new ArrayList<>(List.of(delegation(), qualifiedOfficer(), twoOfficers(), showCertificate(), fullRecord(), case90Days(),
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-TOWNSHIP-DELEGATION").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("乡镇承接行政处罚权须有公布的清单依据")
                .nameEn("Township penalties need a published delegated power")
                .severity(Severity.ERROR)
                .subjectZh("行政处罚案件")
                .subjectEn("penalty cases")
                .failZh("案件 {caseId} 行使的权责清单事项 {powerItemId} {problem}")
                .failEn("case {caseId} exercises power-list item {powerItemId}, which {problem}")
                .remediationZh("只在已公布的权责清单（承接事项目录）范围内实施行政处罚；补充公布该事项及其下放决定，或将案件移交有权机关。")
                .remediationEn("Impose penalties only within the published power list (delegation catalogue); publish "
                        + "the item and its delegation decision, or transfer the case to the competent authority.")
                .exampleZh("权责清单事项“违法建设处罚”类别为行政检查或未公布，却据此作出罚款。")
                .exampleEn("A fine is imposed under a power-list item that is an inspection item or was never "
                        + "published.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第二十四条", "Art. 24", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            Map<String, PowerListItem> powers = r.powerList().stream().collect(Collectors.toMap(PowerListItem::id, Function.identity()));
            forCases(r, out, EnumSet.of(CaseKind.PENALTY), (i, c) -> {
                PowerListItem p = powers.get(c.powerItemId());
                if (p.category() != PowerCategory.PENALTY) {
                    out.fail(path("enforcementCases", i, "powerItemId"), subject(c), Evidence.of("caseId", c.id())
                            .and("powerItemId", c.powerItemId())
                            .and("problem", Wording.of("不是行政处罚事项（类别：" + p.category().zh() + "）", "is not a penalty item (category " + p.category().en() + ")")));
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-QUALIFIED-OFFICER").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("持证上岗：执法人员须持有效执法证件")
                .nameEn("Certified on duty: officers hold a valid certificate")
                .severity(Severity.ERROR)
                .subjectZh("行政处罚、行政强制和行政检查中的出场执法人员")
                .subjectEn("officers present at penalties, coercion and inspections")
                .failZh("案件 {caseId} 的执法人员 {officerId} 在 {date} 没有有效的行政执法证件")
                .failEn("officer {officerId} of case {caseId} held no valid enforcement certificate on {date}")
                .remediationZh("只安排持有效执法证件的人员执法；为该人员办理或恢复执法证件，并复查其参与的案件。")
                .remediationEn("Assign only officers with a valid certificate; obtain or restore the officer's "
                        + "certificate and review the cases the officer took part in.")
                .exampleZh("执法证 2023-03-31 到期，2023-05-10 仍参与查处。")
                .exampleEn("A certificate expired on 2023-03-31; the officer still acted on 2023-05-10.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十二条第一款、第五十五条、第七十六条第（五）项；《行政强制法》第十七条第三款；国办发〔2018〕118号 二（一）",
                        "Arts. 42 ¶1, 55, 76(5); Compulsion Law Art. 17 ¶3; SC Gen. Office 2018 No. 118 §2(1)", Confidence.A))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-TWO-OFFICERS").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("执法人员不得少于两人")
                .nameEn("At least two officers")
                .severity(Severity.ERROR)
                .subjectZh("行政处罚、行政强制和行政检查案件")
                .subjectEn("penalty, coercion and inspection cases")
                .failZh("案件 {caseId} 只有 {officers} 名执法人员出场，少于 {min} 名，且未载明法律另有规定的依据")
                .failEn("case {caseId} had {officers} officer(s) present, fewer than {min}, and names no legal "
                        + "exception")
                .remediationZh("每次执法安排至少两名持证执法人员；确有法律另有规定的，在案卷中载明依据。")
                .remediationEn("Send at least two certified officers; where a law allows fewer, record that legal "
                        + "basis in the case file.")
                .exampleZh("一名执法人员单独作出罚款决定。")
                .exampleEn("A single officer decides a fine alone.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十二条第一款、第五十五条；《行政强制法》第十八条第（二）项；国办发〔2018〕118号 二（一）",
                        "Arts. 42 ¶1, 55; Compulsion Law Art. 18(2); SC Gen. Office 2018 No. 118 §2(1)", Confidence.A))
                .addParameters(ParameterSpec.of("minOfficers", "2", "人", "officers", true))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-SHOW-CERT").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("亮证执法：主动出示执法证件")
                .nameEn("Show the enforcement certificate")
                .severity(Severity.ERROR)
                .subjectZh("执法案件中的出场执法人员")
                .subjectEn("officers present at enforcement actions")
                .failZh("案件 {caseId} 的执法人员 {officerId} 未出示执法证件")
                .failEn("officer {officerId} did not show the certificate in case {caseId}")
                .remediationZh("调查、检查和当场处罚时主动出示执法证件并记入笔录或音像记录；当事人有权拒绝未亮证的调查。")
                .remediationEn("Show the certificate during investigation, inspection and on-the-spot decisions and "
                        + "record it; a party may refuse an officer who does not.")
                .exampleZh("现场检查笔录未记载出示证件。")
                .exampleEn("The inspection record does not note that the certificate was shown.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十二条、第五十五条；《行政强制法》第十八条第（三）项；国办发〔2018〕118号 二（一）",
                        "Arts. 52, 55; Compulsion Law Art. 18(3); SC Gen. Office 2018 No. 118 §2(1)", Confidence.A))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-FULL-RECORD").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("执法全过程记录并归档")
                .nameEn("Whole-process recording and archiving")
                .severity(Severity.ERROR)
                .subjectZh("行政处罚和行政强制案件")
                .subjectEn("penalty and coercion cases")
                .failZh("案件 {caseId} 缺少全过程记录：{missing}")
                .failEn("case {caseId} lacks whole-process records: {missing}")
                .remediationZh("对启动、调查取证、审核、决定、送达、执行各环节以文字或音像形式记录，结案后及时归档。")
                .remediationEn("Record initiation, investigation, review, decision, service and execution in writing "
                        + "or on audio/video, and archive the file when the case closes.")
                .exampleZh("已送达的处罚案件没有送达环节的记录。")
                .exampleEn("A served penalty has no record of the service step.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十七条；国办发〔2018〕118号 三", "Art. 47; SC Gen. Office 2018 No. 118 §3", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, PENALTY_AND_COERCION, (i, c) -> {
            Set<CaseStep> recorded = c.recordings().stream().filter(x -> x.written() || x.audioVideo())
                    .map(ProcessRecording::step).collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStep.class)));
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (CaseStep s : c.stepsReached()) {
                if (!recorded.contains(s)) {
                    zh.add(s.zh());
                    en.add(s.en());
                }
            }
            if (c.closedOn().isPresent() && !c.archived()) {
                zh.add("结案归档");
                en.add("archiving of the closed case");
            }
            if (zh.isEmpty()) {
                out.pass(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id()));
            } else {
                out.fail(path("enforcementCases", i, "recordings"), subject(c), Evidence.of("caseId", c.id())
                        .and("missing", Wording.of(String.join("、", zh), String.join(", ", en))));
            }
        }));
    }

    /**
     * 立案之日起九十日内作出处罚决定 / Decide within 90 days of filing (《中华人民共和国行政处罚法》第六十条 / Administrative Penalty Law of the PRC
     * (2021 revision), Art. 60).
     */
    static Rule case90Days() {
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-CASE-90D").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("立案之日起九十日内作出处罚决定")
                .nameEn("Decide within 90 days of filing")
                .severity(Severity.ERROR)
                .subjectZh("行政处罚案件")
                .subjectEn("penalty cases")
                .failZh("案件 {caseId} 于 {filedOn} 立案，{state}，超过 {days} 日期限（截止 {deadline}）")
                .failEn("case {caseId} was filed on {filedOn} and {state}, beyond the {days}-day limit ({deadline})")
                .remediationZh("在立案后九十日内作出决定；法律、法规、规章另有规定的，在案卷中载明依据。")
                .remediationEn("Decide within 90 calendar days of filing; where a law or rule sets another limit, "
                        + "record it in the file.")
                .exampleZh("2023-01-05 立案，2023-05-20 才作出决定。")
                .exampleEn("Filed 2023-01-05, decided 2023-05-20.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十条", "Art. 60", Confidence.A))
                .addParameters(ParameterSpec.of("days", "90", "日（自然日）", "calendar days", true))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-SERVICE-7D").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("处罚决定书七个工作日内送达")
                .nameEn("Serve the decision within 7 working days")
                .severity(Severity.ERROR)
                .subjectZh("已作出决定的行政处罚案件")
                .subjectEn("decided penalty cases")
                .failZh("案件 {caseId} 于 {decidedOn} 作出决定，{state}，超过 {workingDays} 个工作日（截止 {deadline}）")
                .failEn("case {caseId} was decided on {decidedOn} and {state}, beyond {workingDays} working days "
                        + "({deadline})")
                .remediationZh("当事人不在场的，决定作出后七个工作日内依照民事诉讼法送达；记录送达日期和方式。")
                .remediationEn("If the party is absent, serve the decision under the Civil Procedure Law within 7 "
                        + "working days and record the date and method.")
                .exampleZh("2023-09-28 决定，国庆假期后 2023-10-20 才送达。")
                .exampleEn("Decided 2023-09-28, served 2023-10-20 after the National Day holiday.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十一条、第八十五条", "Arts. 61, 85", Confidence.A))
                .addParameters(ParameterSpec.of("workingDays", "7", "个工作日", "working days", true))
                .build();
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-COLLECTIVE-DISCUSSION").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("情节复杂或重大违法案件须负责人集体讨论")
                .nameEn("Complex or serious cases are decided collectively")
                .severity(Severity.ERROR)
                .subjectZh("情节复杂或重大违法的处罚案件")
                .subjectEn("complex or serious penalty cases")
                .failZh("情节复杂或重大违法的案件 {caseId} {problem}")
                .failEn("complex or serious case {caseId} {problem}")
                .remediationZh("对情节复杂或者重大违法行为给予处罚，须在决定前由行政机关负责人集体讨论决定，并留存纪要。")
                .remediationEn("Have the agency's leaders discuss and decide collectively before deciding the "
                        + "penalty, and keep the minutes.")
                .exampleZh("重大违法案件由分管领导一人签批。")
                .exampleEn("A serious case is signed off by one deputy alone.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十七条第二款", "Art. 57 ¶2", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && c.complexOrSerious(), (i, c) -> {
                String at = path("enforcementCases", i, "collectiveDiscussion");
                if (c.collectiveDiscussion().isEmpty()) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("problem", Problem.NO_COLLECTIVE_DISCUSSION_RECORD));
                } else if (c.decidedOn().isPresent() && c.collectiveDiscussion().get().heldOn().isAfter(c.decidedOn().get())) {
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-LEGAL-REVIEW").scope(RuleScope.ENFORCEMENT_CASE)
                .group(RuleGroup.ENFORCEMENT)
                .nameZh("重大执法决定须经法制审核后作出")
                .nameEn("Major decisions need legal review first")
                .severity(Severity.ERROR)
                .subjectZh("需要法制审核的执法决定")
                .subjectEn("decisions needing legal review")
                .failZh("案件 {caseId}（审核情形：{triggers}）{problem}")
                .failEn("case {caseId} (review needed: {triggers}) {problem}")
                .remediationZh("在负责人作出决定前由法制审核人员审核；未经审核或审核未通过的，不得作出决定。")
                .remediationEn("Have a legal reviewer review the draft before the head decides; without a passed "
                        + "review no decision may be made.")
                .exampleZh("涉及重大公共利益的处罚没有法制审核意见即作出决定。")
                .exampleEn("A penalty affecting major public interest is decided without a legal review.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十八条第一款", "Art. 58 ¶1", Confidence.A))
                .build();
        return Rule.of(d, (r, ctx, out) -> {
            forCases(r, out, c -> !c.reviewTriggers().isEmpty() && c.decidedOn().isPresent(), (i, c) -> {
                String triggers = c.reviewTriggers().stream().map(t -> t.zh()).collect(Collectors.joining("、"));
                String triggersEn = c.reviewTriggers().stream().map(t -> t.en()).collect(Collectors.joining(", "));
                String at = path("enforcementCases", i, "legalReview");
                if (c.legalReview().isEmpty()) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", Wording.of(triggers, triggersEn))
                            .and("problem", Problem.DECIDED_WITHOUT_LEGAL_REVIEW));
                } else if (c.legalReview().get().result() != ReviewResult.PASSED) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", Wording.of(triggers, triggersEn))
                            .and("problem", Problem.DECIDED_ALTHOUGH_REVIEW_FAILED));
                } else if (c.legalReview().get().reviewedOn().isAfter(c.decidedOn().get())) {
                    out.fail(at, subject(c),
                            Evidence.of("caseId", c.id()).and("triggers", Wording.of(triggers, triggersEn))
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
        RuleDescriptor d = RuleDescriptor.builder().id("ENF-REVIEWER-QUALIFICATION").group(RuleGroup.ENFORCEMENT)
                .nameZh("初次从事法制审核人员须取得法律职业资格")
                .nameEn("New legal reviewers hold the legal professional qualification")
                .severity(Severity.ERROR)
                .subjectZh("法制审核人员")
                .subjectEn("legal reviewers")
                .failZh("法制审核人员 {reviewerId} 于 {firstAssignedOn} 初次从事法制审核，但未取得法律职业资格")
                .failEn("legal reviewer {reviewerId} first reviewed on {firstAssignedOn} without the legal "
                        + "professional qualification")
                .remediationZh("安排已通过国家统一法律职业资格考试的人员从事法制审核，或由法律顾问、公职律师协助审核。")
                .remediationEn("Assign reviewers who passed the national legal professional qualification exam, or "
                        + "pool legal advisers and public-sector lawyers.")
                .exampleZh("2022 年新任法制审核员未取得法律职业资格。")
                .exampleEn("A reviewer first assigned in 2022 lacks the qualification.")
                .citation(LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十八条第二款", "Art. 58 ¶2", Confidence.A))
                .build();
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
                            "reviewer {reviewerId} lacks the qualification and has no first-assignment date, so whether the 2021-07-15 rule applies is unknown",
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
                Optional<java.math.BigDecimal> declared = r.declaredFigure(StandardFigures.ENFORCEMENT_LEGAL_REVIEWERS).map(f -> f.value());
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
