package org.fazhi.governance.rules;

import static org.fazhi.governance.rules.RuleSupport.forCases;
import static org.fazhi.governance.rules.RuleSupport.path;
import static org.fazhi.governance.rules.RuleSupport.subject;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CoerciveExecution;
import org.fazhi.governance.model.enforcement.CoerciveMeasure;
import org.fazhi.governance.model.enforcement.CoerciveMeasureKind;
import org.fazhi.governance.model.enforcement.DecisionItem;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.EnforcementPublicity;
import org.fazhi.governance.model.enforcement.EvidencePreservation;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.OnSpotCollectionGround;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.PublicityItem;
import org.fazhi.governance.model.enforcement.RecusalApplication;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.fazhi.governance.model.figure.StandardFigures;

/**
 * ENF: the life of a penalty case under the 行政处罚法 (2021) and of a coercive measure or execution under the
 * 行政强制法 (2011): recusal, prior notice, statement and defence, hearing, the decision document, collection
 * of fines, the limitation period, summary procedure, evidence preservation, coercion, withdrawal of
 * disclosed decisions and the publicity of the enforcing agency.
 *
 * <p>The model records dated facts; these rules judge their order and deadlines. A fact a rule needs but the
 * record does not state is INSUFFICIENT_DATA. An act the record does not hold is a failure only when the case
 * says its file is complete ({@link EnforcementCase#fileComplete()}). Working-day periods (行政处罚法 Art. 85:
 * 二日、三日、五日、七日) count with the {@link WorkingDayCalendar} and say which year they lack when they run past
 * it; calendar-day periods (15 days to pay, two and five years, 30 days of seizure) do not use it.
 */
final class CaseLifecycleRules {
    private CaseLifecycleRules() {}

    static List<Rule> all() {
        return List.of(recusal(), priorNotice(), noHeavierForDefence(), hearingRight(), hearingTimeline(),
                decisionContent(),
                fineCollection(), limitation(), onSpotLimit(), evidencePreservation(), coerciveProcedure(),
                decisionDisclosure(),
                publicityBasis());
    }

    /** The penalty kinds that carry a right to a hearing whatever the amount (行政处罚法第六十三条第（三）至（五）项). */
    static final Set<PenaltyKind> HEARING_KINDS = EnumSet.of(PenaltyKind.LICENCE_SUSPENDED,
            PenaltyKind.QUALIFICATION_DOWNGRADED,
            PenaltyKind.LICENCE_REVOKED, PenaltyKind.BUSINESS_RESTRICTED, PenaltyKind.PRODUCTION_SUSPENDED,
            PenaltyKind.CLOSURE_ORDERED,
            PenaltyKind.PRACTICE_RESTRICTED);

    /**
     * The problems and unknowns of one subject, reported as one finding: FAIL if any problem, else INSUFFICIENT_DATA
     * if any unknown, else PASS.
     */
    static final class Problems {
        private final List<String> zh = new ArrayList<>();
        private final List<String> en = new ArrayList<>();
        private final List<String> unknownZh = new ArrayList<>();
        private final List<String> unknownEn = new ArrayList<>();

        void fail(String z, String e) {
            zh.add(z);
            en.add(e);
        }

        void unknown(String z, String e) {
            unknownZh.add(z);
            unknownEn.add(e);
        }

        /** An act the record does not hold: a failure when the case file is complete, else unknown. */
        void absent(EnforcementCase c, String z, String e) {
            if (c.fileComplete()) {
                fail("没有" + z, "has no " + e);
            } else {
                unknown(z, e);
            }
        }

        /** A yes/no fact: a failure when stated false, unknown when unstated. */
        void require(Optional<Boolean> fact, String failZh, String failEn, String unknownZh, String unknownEn) {
            if (fact.isEmpty()) {
                unknown(unknownZh, unknownEn);
            } else if (!fact.get()) {
                fail(failZh, failEn);
            }
        }

        boolean failed() {
            return !zh.isEmpty();
        }

        void report(FindingCollector out, String at, EnforcementCase c, Evidence passEvidence) {
            if (!zh.isEmpty()) {
                StringBuilder z = new StringBuilder(zh.get(0));
                for (String more : zh.subList(1, zh.size())) {
                    z.append('；').append(more.startsWith("的") ? more.substring(1) : more);
                }
                out.fail(at, subject(c),
                        Evidence.of("caseId", c.id()).and("problem", Wording.of(z.toString(), String.join("; ", en))));
            } else if (!unknownZh.isEmpty()) {
                out.insufficient(at, subject(c), "案件 {caseId} 未记录{what}，无法判断",
                        "case {caseId} does not record {what}, so this cannot be decided",
                        Evidence.of("caseId", c.id())
                                .and("what", Wording.of(String.join("、", unknownZh), String.join(", ", unknownEn))));
            } else {
                out.pass(at, subject(c), Evidence.of("caseId", c.id()).and(passEvidence));
            }
        }
    }


    static boolean decidedPenalty(EnforcementCase c) {
        return c.kind() == CaseKind.PENALTY && c.decidedOn().isPresent();
    }

    static String yuan(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    /** 处罚描述 / A penalty in words: 罚款 5000 元、警告. */
    static String describeZh(Penalty p) {
        return p.kinds().stream()
                .map(k -> amount(p, k).map(yuan -> (k == PenaltyKind.FINE ? "罚款" : k.zh()) + " " + yuan + " 元")
                        .orElse(k.zh()))
                .collect(Collectors.joining("、"));
    }

    static String describeEn(Penalty p) {
        return p.kinds().stream()
                .map(k -> amount(p, k).map(yuan -> (k == PenaltyKind.FINE ? "a fine" : k.en()) + " of " + yuan
                        + " yuan").orElse(k.en()))
                .collect(Collectors.joining(", "));
    }

    /** The amount written for a fine or a confiscation, if the decision states it. */
    private static Optional<String> amount(Penalty p, PenaltyKind k) {
        if (k == PenaltyKind.FINE) {
            return p.fineYuan().map(CaseLifecycleRules::yuan);
        }
        boolean confiscation = k == PenaltyKind.CONFISCATION_OF_ILLEGAL_INCOME
                || k == PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY;
        return confiscation ? p.confiscationYuan().map(CaseLifecycleRules::yuan) : Optional.empty();
    }

    private static boolean confiscates(Penalty p) {
        return p.kinds().contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_INCOME)
                || p.kinds().contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY);
    }

    /**
     * Whether {@code decided} is heavier than {@code proposed}: a heavier item of Art. 9 at the top, a kind added at
     * the same top item, or a larger fine or confiscation; empty when an amount needed for the comparison is unstated.
     */
    static Optional<Boolean> heavier(Penalty decided, Penalty proposed) {
        if (decided.highestRank() != proposed.highestRank()) {
            return Optional.of(decided.highestRank() > proposed.highestRank());
        }
        if (!proposed.kinds().containsAll(decided.kinds())) {
            return Optional.of(true);
        }
        boolean unknown = false;
        if (decided.kinds().contains(PenaltyKind.FINE)) {
            if (decided.fineYuan().isEmpty() || proposed.fineYuan().isEmpty()) {
                unknown = true;
            } else if (decided.fineYuan().get().compareTo(proposed.fineYuan().get()) > 0) {
                return Optional.of(true);
            }
        }
        if (confiscates(decided)) {
            if (decided.confiscationYuan().isEmpty() || proposed.confiscationYuan().isEmpty()) {
                unknown = true;
            } else if (decided.confiscationYuan().get().compareTo(proposed.confiscationYuan().get()) > 0) {
                return Optional.of(true);
            }
        }
        return unknown ? Optional.empty() : Optional.of(false);
    }

    // ---------------------------------------------------------------------------------------------- ENF-RECUSAL

    static Rule recusal() {
        RuleDescriptor d = RuleTexts.describe("ENF-RECUSAL", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十三条", "Art. 43", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, EnumSet.of(CaseKind.PENALTY), (i, c) -> {
            Problems p = new Problems();
            List<String> unchecked = new ArrayList<>();
            for (OfficerPresence o : c.officers()) {
                if (o.directInterest().isEmpty()) {
                    unchecked.add(o.officerId());
                } else if (o.directInterest().get()) {
                    p.fail("的执法人员 " + o.officerId() + " 与案件有直接利害关系却未回避", "had officer " + o.officerId()
                            + " act despite a direct interest in the case");
                }
            }
            if (!unchecked.isEmpty()) {
                p.unknown("执法人员 " + String.join("、", unchecked) + " 是否与案件有直接利害关系",
                        "whether officer(s) " + String.join(", ", unchecked) + " have a direct interest in the case");
            }
            Set<String> acting = c.officers().stream().map(OfficerPresence::officerId).collect(Collectors.toSet());
            for (RecusalApplication a : c.recusalApplications()) {
                if (a.decidedOn().isEmpty()) {
                    if (c.decidedOn().isPresent()) {
                        p.absent(c, "对 " + a.officerId() + " 回避申请（" + a.appliedOn() + "）的决定",
                                "decision on the recusal application against " + a.officerId()
                                + " (" + a.appliedOn() + ")");
                    }
                } else if (c.decidedOn().isPresent() && a.decidedOn().get().isAfter(c.decidedOn().get())) {
                    p.fail("对 " + a.officerId() + " 的回避申请于 " + a.decidedOn().get() + " 才决定，晚于处罚决定（" + c.decidedOn()
                            .get() + "）",
                            "decided the recusal application against " + a.officerId() + " on " + a.decidedOn().get()
                            + ", after the penalty decision ("
                                    + c.decidedOn().get() + ")");
                } else if (a.granted().orElse(false) && acting.contains(a.officerId())) {
                    p.fail("准予回避的执法人员 " + a.officerId() + " 仍参与办案", "still had officer " + a.officerId()
                            + " act after granting the recusal");
                }
            }
            p.report(out, path("enforcementCases", i, "officers"), c, Evidence.of("officers", c.officers().size())
                    .and("applications", c.recusalApplications().size()));
        }));
    }

    // ---------------------------------------------------------------------------------------------- ENF-PRIOR-NOTICE

    static final Set<NoticeItem> NOTICE_ITEMS = EnumSet.of(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS,
            NoticeItem.REASONS, NoticeItem.BASIS,
            NoticeItem.RIGHT_TO_STATE_AND_DEFEND);

    /**
     * 作出处罚决定前事先告知 / Notice before the penalty decision (《中华人民共和国行政处罚法》第四十四条、第六十二条 / Administrative Penalty Law of the
     * PRC (2021 revision), Arts. 44, 62).
     */
    static Rule priorNotice() {
        RuleDescriptor d = RuleTexts.describe("ENF-PRIOR-NOTICE", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十四条、第六十二条", "Arts. 44, 62", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, CaseLifecycleRules::decidedPenalty, (i, c) -> {
            Problems p = new Problems();
            LocalDate decided = c.decidedOn().get();
            boolean waived = c.statementAndDefence().map(StatementAndDefence::waived).orElse(false);
            if (c.priorNotice().isEmpty()) {
                if (!waived) {
                    p.absent(c, "事先告知", "prior notice");
                }
            } else {
                PriorNotice n = c.priorNotice().get();
                boolean summary = c.procedure().map(x -> x == PenaltyProcedure.SUMMARY).orElse(false);
                if (n.servedOn().isAfter(decided) || !summary && n.servedOn().isEqual(decided)) {
                    p.fail("的事先告知（" + n.servedOn() + "）" + (summary ? "晚于" : "未早于") + "处罚决定（" + decided + "）",
                            "was given notice (" + n.servedOn() + ") " + (summary ? "after" : "no earlier than")
                            + " the decision (" + decided + ")");
                }
                List<NoticeItem> missing = NOTICE_ITEMS.stream().filter(x -> !n.items().contains(x))
                        .collect(Collectors.toList());
                if (!missing.isEmpty()) {
                    p.fail("的事先告知未载明" + missing.stream().map(NoticeItem::zh).collect(Collectors.joining("、")),
                            "had a notice that does not state " + missing.stream().map(NoticeItem::en)
                            .collect(Collectors.joining(", ")));
                }
            }
            p.report(out, path("enforcementCases", i, "priorNotice"), c, Evidence.of("waived", waived));
        }));
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-NO-HEAVIER-FOR-DEFENCE

    static Rule noHeavierForDefence() {
        RuleDescriptor d = RuleTexts.describe("ENF-NO-HEAVIER-FOR-DEFENCE", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十五条", "Art. 45", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, c -> decidedPenalty(c) && defended(c).orElse(true), (i,
                c) -> {
            String at = path("enforcementCases", i, "statementAndDefence");
            Problems p = new Problems();
            if (defended(c).isEmpty()) {
                p.unknown("当事人是否陈述申辩", "whether the party stated its case or defended itself");
                p.report(out, at, c, Evidence.none());
                return;
            }
            StatementAndDefence s = c.statementAndDefence().get();
            p.require(s.factsRechecked(), "未对当事人提出的事实、理由和证据进行复核",
                    "did not re-check the facts, reasons and evidence the party raised",
                    "是否复核当事人提出的事实、理由和证据", "whether the party's facts, reasons and evidence were re-checked");
            if (s.handling().isEmpty()) {
                p.unknown("对陈述申辩的处理结果", "what was done with the statement and defence");
            }
            Optional<Penalty> proposed = c.priorNotice().flatMap(PriorNotice::proposedPenalty);
            if (c.penalty().isEmpty()) {
                p.absent(c, "处罚决定内容", "decided penalty");
            } else if (proposed.isEmpty()) {
                if (c.priorNotice().isEmpty() && c.fileComplete()) {
                    out.reportedBy(at, subject(c), "ENF-PRIOR-NOTICE", "没有事先告知，也就没有拟作出的处罚可比",
                            "there was no prior notice, so no proposed penalty to compare");
                    return;
                }
                p.absent(c, "事先告知中拟作出的处罚", "penalty proposed in the prior notice");
            } else {
                Optional<Boolean> h = heavier(c.penalty().get(), proposed.get());
                if (h.isEmpty()) {
                    p.unknown("拟作出和最终处罚的金额", "the amounts of the proposed and the decided penalty");
                } else if (h.get()) {
                    p.fail("当事人陈述申辩后，处罚（" + describeZh(c.penalty().get()) + "）重于事先告知拟作出的处罚（"
                            + describeZh(proposed.get()) + "）",
                            "was given a heavier penalty (" + describeEn(c.penalty().get())
                            + ") than the notice proposed (" + describeEn(proposed.get())
                                    + ") after the party defended itself");
                }
            }
            p.report(out, at, c, Evidence.of("submittedOn", s.submittedOn().get()));
        }));
    }

    /**
     * Whether the party stated its case or defended itself: yes with a date, no if it waived or the complete file
     * holds none, else unknown.
     */
    static Optional<Boolean> defended(EnforcementCase c) {
        Optional<StatementAndDefence> s = c.statementAndDefence();
        if (s.isPresent() && s.get().submittedOn().isPresent()) {
            return Optional.of(true);
        }
        if (s.map(StatementAndDefence::waived).orElse(false) || c.fileComplete()) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- ENF-HEARING-RIGHT

    /**
     * Whether the hearing right applies to a penalty: yes, no, or empty when an amount or the party's kind is
     * unstated.
     */
    static Optional<Boolean> hearingRightApplies(Penalty p, Optional<PartyKind> party, BigDecimal citizen,
            BigDecimal organisation) {
        if (p.kinds().stream().anyMatch(HEARING_KINDS::contains)) {
            return Optional.of(true);
        }
        List<Optional<BigDecimal>> amounts = new ArrayList<>();
        if (p.kinds().contains(PenaltyKind.FINE)) {
            amounts.add(p.fineYuan());
        }
        if (confiscates(p)) {
            amounts.add(p.confiscationYuan());
        }
        boolean unknown = false;
        BigDecimal low = citizen.min(organisation);
        BigDecimal high = citizen.max(organisation);
        for (Optional<BigDecimal> a : amounts) {
            if (a.isEmpty()) {
                unknown = true;
                continue;
            }
            BigDecimal threshold = party.map(k -> k == PartyKind.NATURAL_PERSON ? citizen : organisation).orElse(null);
            if (threshold != null ? a.get().compareTo(threshold) >= 0 : a.get().compareTo(high) >= 0) {
                return Optional.of(true);
            }
            if (threshold == null && a.get().compareTo(low) >= 0) {
                unknown = true;
            }
        }
        return unknown ? Optional.empty() : Optional.of(false);
    }

    /**
     * 较重处罚前告知听证权 / Tell the party of its right to a hearing
     * (《中华人民共和国行政处罚法》第六十三条（“较大数额”由省级或部门规定；默认取全国性规定中最低的公安机关标准：个人二千元、单位一万元，未核实） / Administrative Penalty Law of the PRC
     * (2021 revision), Art. 63 (the 'large amount' is set by provinces or ministries; default: the lowest national
     * threshold, public security's 2,000 yuan for a person and 10,000 for an organisation, unverified)).
     */
    static Rule hearingRight() {
        RuleDescriptor d = RuleTexts.describe("ENF-HEARING-RIGHT", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十三条（“较大数额”由省级或部门规定；默认取全国性规定中最低的公安机关标准：个人二千元、单位一万元，未核实）",
                        "Art. 63 (the 'large amount' is set by provinces or ministries; default: the lowest "
                        + "national threshold, public security's 2,000 yuan for a person and 10,000 for an "
                        + "organisation, unverified)",
                Confidence.A),
                ParameterSpec.of("largeFineCitizen", "2000", "元（公民）", "yuan (citizen)", false),
                ParameterSpec.of("largeFineOrganisation", "10000", "元（法人或者其他组织）", "yuan (organisation)", false));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal citizen = ctx.parameter(d, "largeFineCitizen");
            BigDecimal organisation = ctx.parameter(d, "largeFineOrganisation");
            forCases(r, out, c -> decidedPenalty(c) && c.procedure().map(x -> x != PenaltyProcedure.SUMMARY)
                    .orElse(true)
                    && (c.priorNotice().flatMap(PriorNotice::proposedPenalty).or(c::penalty).map(x ->
                    hearingRightApplies(x, c.partyKind(), citizen, organisation)
                            .orElse(true)).orElse(true)), (i, c) -> {
                String at = path("enforcementCases", i, "priorNotice");
                Optional<Penalty> penalty = c.priorNotice().flatMap(PriorNotice::proposedPenalty).or(c::penalty);
                Problems p = new Problems();
                Optional<Boolean> applies = penalty.flatMap(x -> hearingRightApplies(x, c.partyKind(), citizen,
                        organisation));
                if (penalty.isEmpty()) {
                    p.unknown("处罚内容", "the penalty");
                } else if (applies.isEmpty()) {
                    p.unknown("当事人类别或处罚金额", "the party's kind or the penalty's amount");
                } else if (c.priorNotice().isEmpty()) {
                    if (c.fileComplete() && !c.statementAndDefence().map(StatementAndDefence::waived).orElse(false)) {
                        out.reportedBy(at, subject(c), "ENF-PRIOR-NOTICE", "没有事先告知，听证权也未告知",
                                "there was no prior notice, so the hearing right was not told either");
                        return;
                    }
                    p.absent(c, "事先告知", "prior notice");
                } else if (!c.priorNotice().get().items().contains(NoticeItem.RIGHT_TO_HEARING)) {
                    p.fail("拟作出" + describeZh(penalty.get()) + "，事先告知未告知当事人有要求听证的权利",
                            "faced " + describeEn(penalty.get())
                            + " but the notice did not tell the party of its right to a hearing");
                }
                p.report(out, at, c, Evidence.of("penalty", penalty.map(CaseLifecycleRules::describeEn).orElse("-")));
            });
        });
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-HEARING-TIMELINE

    static Rule hearingTimeline() {
        RuleDescriptor d = RuleTexts.describe("ENF-HEARING-TIMELINE", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十四条、第六十五条、第八十五条", "Arts. 64, 65, 85", Confidence.A),
                ParameterSpec.of("requestWorkingDays", "5", "个工作日", "working days", true),
                ParameterSpec.of("noticeWorkingDays", "7", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int requestDays = ctx.parameter(d, "requestWorkingDays").intValueExact();
            int noticeDays = ctx.parameter(d, "noticeWorkingDays").intValueExact();
            Map<String, EnforcementOfficer> officers = r.enforcementOfficers().stream()
                    .collect(Collectors.toMap(EnforcementOfficer::id, Function.identity()));
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && c.hearing().map(h -> h.requestedOn().isPresent()
                    || h.heldOn().isPresent()).orElse(false),
                    (i, c) -> {
                Hearing h = c.hearing().get();
                String at = path("enforcementCases", i, "hearing");
                Problems p = new Problems();
                boolean due = h.heldOn().isPresent();
                if (h.requestedOn().isPresent() && !h.waived() && h.heldOn().isEmpty()) {
                    if (c.priorNotice().isEmpty()) {
                        p.unknown("事先告知日期（申请是否在五个工作日内）",
                                "the date of the prior notice (whether the request came within 5 working days)");
                    } else {
                        Deadline deadline = ctx.calendar().deadline(c.priorNotice().get().servedOn(), requestDays);
                        Timeliness t = Timeliness.of(h.requestedOn(), deadline, ctx.asOf());
                        if (t == Timeliness.UNDECIDED) {
                            out.undecided(at + "/requestedOn", subject(c), deadline, h.requestedOn(),
                                    Evidence.of("caseId", c.id()));
                            return;
                        }
                        due = t == Timeliness.ON_TIME;
                        if (due && c.decidedOn().isPresent()) {
                            p.absent(c, "听证（当事人于 " + h.requestedOn().get() + " 按期申请）",
                                    "hearing (the party asked in time on " + h.requestedOn().get() + ")");
                        }
                    }
                }
                if (h.heldOn().isPresent()) {
                    LocalDate held = h.heldOn().get();
                    if (c.decidedOn().isPresent() && c.decidedOn().get().isBefore(held)) {
                        p.fail("在听证（" + held + "）之前即作出处罚决定（" + c.decidedOn().get() + "）",
                                "was decided (" + c.decidedOn().get() + ") before the hearing (" + held + ")");
                    }
                    if (h.noticeOn().isEmpty()) {
                        p.absent(c, "听证通知日期", "date of the hearing notice");
                    } else {
                        WorkingDayCount wd = ctx.calendar().count(h.noticeOn().get(), held);
                        if (wd.high() < noticeDays) {
                            p.fail("的听证通知（" + h.noticeOn().get() + "）距听证（" + held + "）只有 " + wd + " 个工作日，少于 "
                                    + noticeDays + " 个",
                                    "gave notice of the hearing (" + h.noticeOn().get() + ") only " + wd
                                    + " working days before it (" + held + "), fewer than "
                                            + noticeDays);
                        } else if (wd.low() < noticeDays) {
                            out.undecided(at + "/noticeOn", subject(c), wd, Evidence.of("caseId", c.id())
                                    .and("min", noticeDays));
                            return;
                        }
                    }
                    if (h.publicHearing().isEmpty()) {
                        p.unknown("听证是否公开", "whether the hearing was public");
                    } else if (!h.publicHearing().get() && h.nonPublicReason().isEmpty()) {
                        p.fail("不公开举行听证，未说明涉及国家秘密、商业秘密或者个人隐私",
                                "held the hearing in private without a reason of secrecy or privacy");
                    }
                    if (h.chairPersonId().isEmpty()) {
                        p.unknown("听证主持人", "who chaired the hearing");
                    } else {
                        c.officers().stream().map(o -> officers.get(o.officerId())).filter(o -> o != null
                                && o.personId().equals(h.chairPersonId().get()))
                                .findFirst().ifPresent(o -> p.fail("的听证由本案调查人员 " + o.id() + " 主持",
                                "had its hearing chaired by " + o.id()
                                        + ", who investigated the case"));
                    }
                    p.require(h.recordSigned(), "的听证笔录未经当事人核对签字",
                            "had a hearing record the party did not check and sign",
                            "听证笔录是否经当事人核对签字", "whether the party signed the hearing record");
                }
                p.report(out, at, c, Evidence.of("hearingDue", due));
            });
        });
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-DECISION-CONTENT

    static final Set<DecisionItem> ORDINARY_ITEMS = EnumSet.of(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
            DecisionItem.PENALTY_AND_BASIS,
            DecisionItem.PERFORMANCE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE, DecisionItem.SEAL);
    static final Set<DecisionItem> SUMMARY_ITEMS = EnumSet.of(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
            DecisionItem.PENALTY_AND_BASIS,
            DecisionItem.TIME_AND_PLACE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE,
            DecisionItem.OFFICER_SIGNATURE);

    /**
     * 处罚决定书载明法定事项并加盖印章 / The decision document states what the law requires (《中华人民共和国行政处罚法》第五十二条、第五十九条 /
     * Administrative Penalty Law of the PRC (2021 revision), Arts. 52, 59).
     */
    static Rule decisionContent() {
        RuleDescriptor d = RuleTexts.describe("ENF-DECISION-CONTENT", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十二条、第五十九条", "Arts. 52, 59", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> forCases(r, out, CaseLifecycleRules::decidedPenalty, (i, c) -> {
            Problems p = new Problems();
            boolean summary = c.procedure().map(x -> x == PenaltyProcedure.SUMMARY).orElse(false);
            if (c.decisionDocument().isEmpty()) {
                p.absent(c, "处罚决定书", "decision document");
            } else {
                Set<DecisionItem> required = summary ? SUMMARY_ITEMS : ORDINARY_ITEMS;
                List<DecisionItem> missing = required.stream().filter(x -> !c.decisionDocument().get().items()
                        .contains(x)).collect(Collectors.toList());
                if (!missing.isEmpty()) {
                    p.fail("的处罚决定书未载明：" + missing.stream().map(DecisionItem::zh).collect(Collectors.joining("、")),
                            "has a decision document that lacks " + missing.stream().map(DecisionItem::en)
                            .collect(Collectors.joining(", ")));
                }
            }
            p.report(out, path("enforcementCases", i, "decisionDocument"), c,
                    Evidence.of("procedure", summary ? "summary" : "ordinary"));
        }));
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-FINE-COLLECTION

    static Rule fineCollection() {
        RuleDescriptor d = RuleTexts.describe("ENF-FINE-COLLECTION", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第六十七条至第七十二条、第八十五条", "Arts. 67-72, 85", Confidence.A),
                ParameterSpec.of("remitWorkingDays", "2", "个工作日", "working days", true),
                ParameterSpec.of("payDays", "15", "日", "days", true),
                ParameterSpec.of("onSpotMaxYuan", "100", "元", "yuan", true),
                ParameterSpec.of("dailySurchargePercent", "3", "%", "%", true));
        return Rule.of(d, (r, ctx, out) -> {
            int remit = ctx.parameter(d, "remitWorkingDays").intValueExact();
            int payDays = ctx.parameter(d, "payDays").intValueExact();
            BigDecimal onSpotMax = ctx.parameter(d, "onSpotMaxYuan");
            BigDecimal rate = ctx.parameter(d, "dailySurchargePercent");
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && !c.payments().isEmpty(), (i, c) -> {
                boolean summary = c.procedure().map(x -> x == PenaltyProcedure.SUMMARY).orElse(false);
                Optional<BigDecimal> fine = c.penalty().flatMap(Penalty::fineYuan);
                for (int j = 0; j < c.payments().size(); j++) {
                    FinePayment pay = c.payments().get(j);
                    String at = path("enforcementCases", i, "payments", String.valueOf(j));
                    Problems p = new Problems();
                    if (pay.channel() == PaymentChannel.AGENCY_ITSELF) {
                        p.fail("的罚款由作出决定的行政机关自行收缴", "had its fine collected by the deciding agency itself");
                    } else if (pay.channel() == PaymentChannel.COLLECTED_ON_THE_SPOT) {
                        if (pay.onSpotGround().isEmpty()) {
                            p.unknown("当场收缴罚款的法定情形", "the statutory ground for collecting on the spot");
                        } else if (pay.onSpotGround().get() != OnSpotCollectionGround.REMOTE_AREA && !summary) {
                            p.fail("未适用简易程序当场处罚，却以“" + pay.onSpotGround().get().zh() + "”为由当场收缴罚款",
                                    "was not decided on the spot but its fine was collected on the spot as '"
                                    + pay.onSpotGround().get().en() + "'");
                        } else if (pay.onSpotGround().get() == OnSpotCollectionGround.UP_TO_100_YUAN) {
                            if (fine.isEmpty()) {
                                p.unknown("罚款金额", "the fine's amount");
                            } else if (fine.get().compareTo(onSpotMax) > 0) {
                                p.fail("罚款 " + yuan(fine.get()) + " 元超过 " + yuan(onSpotMax) + " 元，却以一百元以下为由当场收缴",
                                        "was fined " + yuan(fine.get()) + " yuan, above " + yuan(onSpotMax)
                                        + ", yet collected on the spot as a small fine");
                            }
                        }
                        if (pay.paidOn().isPresent()) {
                            Deadline deadline = ctx.calendar().deadline(pay.paidOn().get(), remit);
                            Timeliness t = pay.remittedOn().isEmpty() && !c.fileComplete() ? null
                                    : Timeliness.of(pay.remittedOn(), deadline, ctx.asOf());
                            if (t == null) {
                                p.unknown("当场收缴的罚款交至行政机关的日期", "when the cash collected on the spot reached the agency");
                            } else if (t == Timeliness.LATE || t == Timeliness.OVERDUE) {
                                p.fail("当场收缴的罚款（" + pay.paidOn().get() + "）" + pay.remittedOn().map(x -> "于 " + x
                                        + " 才").orElse("至今未") + "交至行政机关，超过 "
                                        + remit + " 个工作日（截止 " + deadline + "）", "handed the cash collected on "
                                        + pay.paidOn().get() + " to the agency "
                                        + pay.remittedOn().map(x -> "only on " + x).orElse("never") + ", beyond "
                                        + remit + " working days (" + deadline + ")");
                            } else if (t == Timeliness.UNDECIDED) {
                                out.undecided(at + "/remittedOn", subject(c), deadline, pay.remittedOn(),
                                        Evidence.of("caseId", c.id()));
                                continue;
                            }
                        } else {
                            p.unknown("当场收缴日期", "the day of the on-the-spot collection");
                        }
                    }
                    if (pay.lateFeeYuan().map(x -> x.signum() > 0).orElse(false)) {
                        BigDecimal fee = pay.lateFeeYuan().get();
                        if (fine.isEmpty() || c.servedOn().isEmpty() || pay.paidOn().isEmpty()) {
                            p.unknown("罚款金额、送达日期或缴纳日期（加处罚款）",
                                    "the fine, the service date or the payment date (surcharge)");
                        } else {
                            LocalDate due = c.servedOn().get().plusDays(payDays);
                            long daysLate = java.time.temporal.ChronoUnit.DAYS.between(due, pay.paidOn().get());
                            BigDecimal allowed = fine.get().multiply(rate).multiply(BigDecimal.valueOf(Math.max(0,
                                    daysLate))).movePointLeft(2).min(fine.get());
                            if (daysLate <= 0) {
                                p.fail("在 " + payDays + " 日缴纳期限内（" + pay.paidOn().get() + "）缴款，却被加处罚款 " + yuan(fee)
                                        + " 元",
                                        "was surcharged " + yuan(fee) + " yuan although paid within " + payDays
                                        + " days (" + pay.paidOn().get() + ")");
                            } else if (fee.compareTo(allowed) > 0) {
                                p.fail("加处罚款 " + yuan(fee) + " 元，超过按日 " + rate.toPlainString() + "% 计算且不超过罚款数额的上限 "
                                        + yuan(allowed) + " 元",
                                        "was surcharged " + yuan(fee) + " yuan, more than the " + rate.toPlainString()
                                        + "%-a-day amount capped at the fine ("
                                                + yuan(allowed) + " yuan)");
                            }
                        }
                    }
                    p.report(out, at, c, Evidence.of("channel", pay.channel().en()));
                }
            });
        });
    }

    // ---------------------------------------------------------------------------------------------- ENF-LIMITATION

    static Rule limitation() {
        RuleDescriptor d = RuleTexts.describe("ENF-LIMITATION", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第三十六条", "Art. 36", Confidence.A),
                ParameterSpec.of("years", "2", "年", "years", true),
                ParameterSpec.of("extendedYears", "5", "年", "years", true));
        return Rule.of(d, (r, ctx, out) -> {
            int years = ctx.parameter(d, "years").intValueExact();
            int extended = ctx.parameter(d, "extendedYears").intValueExact();
            forCases(r, out, CaseLifecycleRules::decidedPenalty, (i, c) -> {
                String at = path("enforcementCases", i, "discoveredOn");
                Problems p = new Problems();
                if (c.violationOn().isEmpty()) {
                    p.unknown("违法行为发生日期", "the date of the violation");
                    p.report(out, at, c, Evidence.none());
                    return;
                }
                boolean ongoing = c.continuingViolation().orElse(false) && c.violationEndedOn().isEmpty();
                LocalDate from = c.violationEndedOn().orElse(c.violationOn().get());
                LocalDate found = c.discoveredOn().orElse(c.filedOn());
                boolean exactEnd = c.violationEndedOn().isPresent() || c.continuingViolation().isPresent();
                if (ongoing || !found.isAfter(from.plusYears(years))) {
                    p.report(out, at, c, Evidence.of("from", from).and("discoveredBy", found).and("ongoing", ongoing));
                    return;
                }
                if (c.discoveredOn().isEmpty()) {
                    p.unknown("发现日期（立案已超过 " + years + " 年）", "the discovery date (filed more than " + years
                            + " years on)");
                } else if (!exactEnd) {
                    p.unknown("违法行为是否处于连续或继续状态", "whether the violation was continuing");
                } else if (found.isAfter(from.plusYears(extended))) {
                    p.fail("的违法行为自 " + from + " 起至 " + found + " 才被发现，超过 " + extended + " 年追责时效",
                            "concerns a violation from " + from
                            + " discovered only on " + found + ", beyond the " + extended + "-year limitation");
                } else if (c.lifeHealthOrFinanceHarm().isEmpty()) {
                    p.unknown("是否涉及生命健康安全、金融安全且有危害后果（超过 " + years + " 年）",
                            "whether life, health or financial safety was harmed (more than "
                            + years + " years)");
                } else if (!c.lifeHealthOrFinanceHarm().get()) {
                    p.fail("的违法行为自 " + from + " 起至 " + found + " 才被发现，超过 " + years + " 年追责时效",
                            "concerns a violation from " + from
                            + " discovered only on " + found + ", beyond the " + years + "-year limitation");
                }
                p.report(out, at, c, Evidence.of("from", from).and("discoveredBy", found).and("extended", true));
            });
        });
    }

    // ---------------------------------------------------------------------------------------------- ENF-ON-SPOT-LIMIT

    static Rule onSpotLimit() {
        RuleDescriptor d = RuleTexts.describe("ENF-ON-SPOT-LIMIT", RuleGroup.ENFORCEMENT, RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十一条", "Art. 51", Confidence.A),
                ParameterSpec.of("maxFineCitizen", "200", "元（公民）", "yuan (citizen)", true),
                ParameterSpec.of("maxFineOrganisation", "3000", "元（法人或者其他组织）", "yuan (organisation)", true));
        return Rule.of(d, (r, ctx, out) -> {
            BigDecimal citizen = ctx.parameter(d, "maxFineCitizen");
            BigDecimal organisation = ctx.parameter(d, "maxFineOrganisation");
            forCases(r, out, c -> decidedPenalty(c) && c.procedure().map(x -> x == PenaltyProcedure.SUMMARY)
                    .orElse(false), (i, c) -> {
                String at = path("enforcementCases", i, "penalty");
                Problems p = new Problems();
                if (c.penalty().isEmpty()) {
                    p.absent(c, "处罚内容", "penalty");
                    p.report(out, at, c, Evidence.none());
                    return;
                }
                Penalty pen = c.penalty().get();
                List<PenaltyKind> other = pen.kinds().stream().filter(k -> k != PenaltyKind.WARNING
                        && k != PenaltyKind.FINE).collect(Collectors.toList());
                if (!other.isEmpty()) {
                    p.fail("当场作出" + other.stream().map(PenaltyKind::zh).collect(Collectors.joining("、"))
                            + "的处罚，简易程序只能给予警告或罚款",
                            "imposed on the spot what summary procedure does not allow (" + other.stream()
                            .map(PenaltyKind::en).collect(Collectors.joining(", "))
                                    + "); only a warning or a fine may be");
                }
                if (pen.kinds().contains(PenaltyKind.FINE)) {
                    BigDecimal max = c.partyKind().map(k -> k == PartyKind.NATURAL_PERSON ? citizen : organisation)
                            .orElse(null);
                    if (pen.fineYuan().isEmpty()) {
                        p.unknown("罚款金额", "the fine's amount");
                    } else if (max == null) {
                        if (pen.fineYuan().get().compareTo(citizen.max(organisation)) > 0) {
                            p.fail("当场罚款 " + yuan(pen.fineYuan().get()) + " 元，超过简易程序上限", "was fined "
                                    + yuan(pen.fineYuan().get())
                                    + " yuan on the spot, above any summary-procedure limit");
                        } else if (pen.fineYuan().get().compareTo(citizen.min(organisation)) > 0) {
                            p.unknown("当事人类别（罚款 " + yuan(pen.fineYuan().get()) + " 元）", "the party's kind (fine of "
                                    + yuan(pen.fineYuan().get()) + " yuan)");
                        }
                    } else if (pen.fineYuan().get().compareTo(max) > 0) {
                        p.fail("当场对" + c.partyKind().get().zh() + "罚款 " + yuan(pen.fineYuan().get()) + " 元，超过 "
                                + yuan(max) + " 元",
                                "fined a " + c.partyKind().get().en() + " " + yuan(pen.fineYuan().get())
                                + " yuan on the spot, above " + yuan(max));
                    }
                }
                p.report(out, at, c, Evidence.of("penalty", describeEn(pen)));
            });
        });
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-EVIDENCE-PRESERVE-7D

    static Rule evidencePreservation() {
        RuleDescriptor d = RuleTexts.describe("ENF-EVIDENCE-PRESERVE-7D", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE, Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第五十六条、第八十五条", "Arts. 56, 85", Confidence.A),
                ParameterSpec.of("workingDays", "7", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int n = ctx.parameter(d, "workingDays").intValueExact();
            forCases(r, out, c -> !c.evidencePreservations().isEmpty(), (i, c) -> {
                for (int j = 0; j < c.evidencePreservations().size(); j++) {
                    EvidencePreservation e = c.evidencePreservations().get(j);
                    String at = path("enforcementCases", i, "evidencePreservations", String.valueOf(j));
                    Problems p = new Problems();
                    p.require(e.approvedByHead(), "先行登记保存证据（" + e.preservedOn() + "）未经行政机关负责人批准",
                            "preserved evidence (" + e.preservedOn()
                            + ") without the head's approval", "先行登记保存是否经负责人批准",
                            "whether the head approved the preservation");
                    Deadline deadline = ctx.calendar().deadline(e.preservedOn(), n);
                    if (e.handledOn().isEmpty() && !c.fileComplete()) {
                        if (ctx.asOf().isAfter(deadline.date())) {
                            p.unknown("先行登记保存的处理决定日期", "the date of the handling decision on the preserved evidence");
                        }
                    } else {
                        Timeliness t = Timeliness.of(e.handledOn(), deadline, ctx.asOf());
                        if (t == Timeliness.UNDECIDED) {
                            out.undecided(at + "/handledOn", subject(c), deadline, e.handledOn(),
                                    Evidence.of("caseId", c.id()));
                            continue;
                        }
                        if (t == Timeliness.LATE || t == Timeliness.OVERDUE) {
                            p.fail("先行登记保存（" + e.preservedOn() + "）" + e.handledOn().map(x -> "于 " + x + " 才")
                                    .orElse("至 " + ctx.asOf() + " 仍未")
                                    + "作出处理决定，超过 " + n + " 个工作日（截止 " + deadline + "）",
                                    "had no handling decision on the evidence preserved on "
                                    + e.preservedOn() + e.handledOn().map(x -> " until " + x).orElse(" by "
                                    + ctx.asOf()) + ", beyond " + n + " working days ("
                                    + deadline + ")");
                        }
                    }
                    p.report(out, at, c, Evidence.of("preservedOn", e.preservedOn()).and("deadline", deadline));
                }
            });
        });
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-COERCIVE-PROCEDURE

    static Rule coerciveProcedure() {
        RuleDescriptor d = RuleTexts.describe("ENF-COERCIVE-PROCEDURE", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE, Severity.ERROR,
                LegalSources.ADMINISTRATIVE_COMPULSION_LAW.cite("第十八条、第十九条、第二十五条、第三十二条、第三十五条至第三十七条、第四十三条",
                        "Arts. 18-19, 25, 32, 35-37, 43", Confidence.A),
                ParameterSpec.of("days", "30", "日", "days", true),
                ParameterSpec.of("maxExtensionDays", "30", "日", "days", true),
                ParameterSpec.of("reportHours", "24", "小时", "hours", true));
        return Rule.of(d, (r, ctx, out) -> {
            int days = ctx.parameter(d, "days").intValueExact();
            int maxExt = ctx.parameter(d, "maxExtensionDays").intValueExact();
            int hours = ctx.parameter(d, "reportHours").intValueExact();
            forCases(r, out, EnumSet.of(CaseKind.COERCIVE_MEASURE, CaseKind.COERCIVE_EXECUTION), (i, c) -> {
                Problems p = new Problems();
                String at;
                if (c.kind() == CaseKind.COERCIVE_MEASURE) {
                    at = path("enforcementCases", i, "coerciveMeasure");
                    if (c.coerciveMeasure().isEmpty()) {
                        p.absent(c, "行政强制措施的实施记录", "record of the coercive measure");
                    } else {
                        measure(c.coerciveMeasure().get(), c, ctx, p, days, maxExt, hours);
                    }
                } else {
                    at = path("enforcementCases", i, "coerciveExecution");
                    if (c.coerciveExecution().isEmpty()) {
                        p.absent(c, "行政强制执行的实施记录", "record of the coercive execution");
                    } else {
                        execution(c.coerciveExecution().get(), c, p);
                    }
                }
                p.report(out, at, c, Evidence.of("kind", c.kind().en()));
            });
        });
    }

    private static void measure(CoerciveMeasure m, EnforcementCase c, CheckContext ctx, Problems p, int days,
            int maxExt, int hours) {
        if (!m.emergency()) {
            if (m.approvedOn().isEmpty()) {
                p.absent(c, "负责人批准", "approval by the head");
            } else if (m.approvedOn().get().isAfter(m.takenOn())) {
                p.fail("的强制措施（" + m.takenOn() + "）实施后才经负责人批准（" + m.approvedOn().get() + "），且未作为紧急情况报告",
                        "took the measure (" + m.takenOn() + ") before the head approved it (" + m.approvedOn().get()
                        + ") without an emergency report");
            }
        } else {
            if (m.reportedToHeadAt().isEmpty()) {
                p.absent(c, "紧急实施后向负责人报告的时间", "time of the emergency report to the head");
            } else if (m.takenAt().isPresent()) {
                Duration gap = Duration.between(m.takenAt().get(), m.reportedToHeadAt().get());
                if (gap.compareTo(Duration.ofHours(hours)) > 0) {
                    p.fail("紧急实施强制措施（" + m.takenAt().get() + "）后 " + gap.toHours() + " 小时才向负责人报告，超过 " + hours + " 小时",
                            "reported the emergency measure (" + m.takenAt().get() + ") to the head " + gap.toHours()
                            + " hours later, beyond " + hours);
                }
            } else {
                LocalDate reported = m.reportedToHeadAt().get().toLocalDate();
                if (reported.isAfter(m.takenOn().plusDays(1))) {
                    p.fail("紧急实施强制措施（" + m.takenOn() + "）后于 " + reported + " 才向负责人报告，超过 " + hours + " 小时",
                            "reported the emergency measure (" + m.takenOn() + ") to the head only on " + reported
                            + ", beyond " + hours + " hours");
                } else if (reported.isAfter(m.takenOn())) {
                    p.unknown("实施时间（次日报告是否在 " + hours + " 小时内）",
                            "the time taken (whether the next-day report came within " + hours + " hours)");
                }
            }
            if (m.approvedOn().isEmpty()) {
                p.absent(c, "补办的负责人批准", "approval obtained afterwards");
            }
        }
        if (m.partyPresent().isEmpty()) {
            p.unknown("当事人是否到场", "whether the party was present");
        } else if (!m.partyPresent().get()) {
            p.require(m.witnessPresent(), "当事人不到场，也没有见证人到场",
                    "took the measure with neither the party nor a witness present",
                    "当事人不到场时是否有见证人到场", "whether a witness was present in the party's absence");
        }
        p.require(m.reasonsAndRightsTold(), "未当场告知采取强制措施的理由、依据以及当事人的权利和救济途径",
                "did not tell the reasons, basis, rights and remedies on the spot",
                "是否当场告知理由、依据和权利", "whether the reasons, basis and rights were told on the spot");
        p.require(m.partyHeard(), "未听取当事人的陈述和申辩", "did not hear the party", "是否听取当事人的陈述和申辩",
                "whether the party was heard");
        p.require(m.onSiteRecordSigned(), "没有制作并签名的现场笔录", "made no signed on-site record", "是否制作并签名现场笔录",
                "whether a signed on-site record was made");
        if (EnumSet.of(CoerciveMeasureKind.SEAL_UP, CoerciveMeasureKind.SEIZE, CoerciveMeasureKind.FREEZE)
                .contains(m.kind())) {
            if (m.extendedDays() > maxExt) {
                p.fail(m.kind().zh() + "期限延长 " + m.extendedDays() + " 日，超过 " + maxExt + " 日", "extended the "
                        + m.kind().en() + " by " + m.extendedDays()
                        + " days, more than " + maxExt);
            } else {
                LocalDate limit = m.takenOn().plusDays(days + (long) m.extendedDays());
                if (m.endedOn().isEmpty() && !c.fileComplete() && ctx.asOf().isAfter(limit)) {
                    p.unknown("强制措施解除或处理日期（期限 " + limit + "）", "when the measure was lifted or decided on (limit "
                            + limit + ")");
                } else {
                    Timeliness t = Timeliness.of(m.endedOn(), limit, ctx.asOf());
                    if (t == Timeliness.LATE || t == Timeliness.OVERDUE) {
                        p.fail(m.kind().zh() + "自 " + m.takenOn() + " 起" + m.endedOn().map(x -> "至 " + x + " 才")
                                .orElse("至 " + ctx.asOf() + " 仍未")
                                + "解除或作出处理决定，超过 " + (days + m.extendedDays()) + " 日（截止 " + limit + "）", "kept the "
                                + m.kind().en() + " from "
                                + m.takenOn() + m.endedOn().map(x -> " until " + x).orElse(" past " + ctx.asOf())
                                + ", beyond " + (days + m.extendedDays())
                                + " days (" + limit + ")");
                    }
                }
            }
        }
    }

    private static void execution(CoerciveExecution x, EnforcementCase c, Problems p) {
        if (x.demandServedOn().isEmpty()) {
            p.absent(c, "书面催告", "written demand");
        } else if (x.decidedOn().isPresent()) {
            if (x.performanceDueOn().isEmpty()) {
                p.unknown("催告的履行期限", "the deadline the demand set");
            } else if (!x.decidedOn().get().isAfter(x.performanceDueOn().get()) && !x.emergency()) {
                p.fail("在催告期限（" + x.performanceDueOn().get() + "）届满前即作出强制执行决定（" + x.decidedOn().get() + "）",
                        "decided execution (" + x.decidedOn().get() + ") before the demand's deadline ("
                        + x.performanceDueOn().get() + ") passed");
            }
        }
        if (x.atNightOrOnHoliday().isPresent() && x.atNightOrOnHoliday().get() && !x.emergency()) {
            p.fail("在夜间或法定节假日实施强制执行", "executed at night or on a statutory holiday");
        } else if (x.atNightOrOnHoliday().isEmpty() && x.executedOn().isPresent()) {
            p.unknown("是否在夜间或法定节假日实施", "whether it was carried out at night or on a holiday");
        }
        if (x.utilitiesCut().isPresent() && x.utilitiesCut().get()) {
            p.fail("以停止供水、供电、供热、供燃气等方式迫使当事人履行", "cut water, power, heating or gas to force performance");
        } else if (x.utilitiesCut().isEmpty() && x.executedOn().isPresent()) {
            p.unknown("是否以停水停电等方式迫使履行", "whether utilities were cut to force performance");
        }
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-DECISION-DISCLOSURE

    static Rule decisionDisclosure() {
        RuleDescriptor d = RuleTexts.describe("ENF-DECISION-DISCLOSURE", RuleGroup.ENFORCEMENT,
                RuleScope.ENFORCEMENT_CASE,
                Severity.ERROR, LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第四十八条、第八十五条（公开的期限见 TRS-POST-7WD）",
                        "Arts. 48, 85 (the publication deadline: TRS-POST-7WD)", Confidence.A),
                ParameterSpec.of("workingDays", "3", "个工作日", "working days", true));
        return Rule.of(d, (r, ctx, out) -> {
            int n = ctx.parameter(d, "workingDays").intValueExact();
            forCases(r, out, c -> c.kind() == CaseKind.PENALTY && correction(c).isPresent() && disclosedBefore(c,
                    correction(c).get()).isPresent(), (i, c) -> {
                LocalDate corrected = correction(c).get();
                int j = disclosedBefore(c, corrected).get();
                DisclosureRecord rec = c.disclosures().get(j);
                String at = path("enforcementCases", i, "disclosures", String.valueOf(j));
                Deadline deadline = ctx.calendar().deadline(corrected, n);
                Problems p = new Problems();
                if (rec.withdrawnOn().isEmpty() && !c.fileComplete()) {
                    p.unknown("已公开决定的撤回日期", "when the published decision was withdrawn");
                } else {
                    Timeliness t = Timeliness.of(rec.withdrawnOn(), deadline, ctx.asOf());
                    if (t == Timeliness.UNDECIDED) {
                        out.undecided(at + "/withdrawnOn", subject(c), deadline, rec.withdrawnOn(),
                                Evidence.of("caseId", c.id()));
                        return;
                    }
                    if (t == Timeliness.LATE || t == Timeliness.OVERDUE) {
                        p.fail("的处罚决定于 " + corrected + " 被纠正，公开的决定信息" + rec.withdrawnOn().map(x -> "于 " + x + " 才")
                                .orElse("至 " + ctx.asOf() + " 仍未")
                                + "撤回，超过 " + n + " 个工作日（截止 " + deadline + "）", "had its decision corrected on "
                                + corrected + " but the published decision was "
                                + rec.withdrawnOn().map(x -> "withdrawn only on " + x)
                                .orElse("still not withdrawn on " + ctx.asOf()) + ", beyond " + n
                                + " working days (" + deadline + ")");
                    }
                    if (rec.withdrawnOn().isPresent()) {
                        p.require(rec.withdrawalExplained(), "撤回处罚决定信息时未公开说明理由",
                                "withdrew the decision without explaining why in public",
                                "撤回时是否公开说明理由", "whether the withdrawal was explained in public");
                    }
                }
                p.report(out, at, c, Evidence.of("correctedOn", corrected).and("deadline", deadline));
            });
        });
    }

    /** The first day the case's decision was changed, revoked, or found unlawful or void. */
    static Optional<LocalDate> correction(EnforcementCase c) {
        return c.remedies().stream().filter(x -> x.outcome().map(o -> o.corrects()).orElse(false) && x.decidedOn()
                .isPresent())
                .map(x -> x.decidedOn().get()).min(LocalDate::compareTo);
    }

    /** The index of the first post-decision disclosure published on or before a date. */
    static Optional<Integer> disclosedBefore(EnforcementCase c, LocalDate date) {
        for (int j = 0; j < c.disclosures().size(); j++) {
            DisclosureRecord x = c.disclosures().get(j);
            if (x.stage() == DisclosureStage.POST_ACTION && !x.publishedOn().isAfter(date)) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    // ----------------------------------------------------------------------------------------------
    // ENF-PUBLICITY-BASIS

    static final Set<PublicityItem> BASIC_PUBLICITY = EnumSet.of(PublicityItem.ENFORCING_AGENCY,
            PublicityItem.FILING_BASIS, PublicityItem.PROCEDURE,
            PublicityItem.REMEDIES);

    /**
     * 公示处罚实施机关、立案依据、程序和救济渠道 / Publish the agency, filing grounds, procedure and remedies
     * (《中华人民共和国行政处罚法》第三十四条、第三十九条、第四十一条 / Administrative Penalty Law of the PRC (2021 revision), Arts. 34, 39, 41).
     */
    static Rule publicityBasis() {
        RuleDescriptor d = RuleTexts.describe("ENF-PUBLICITY-BASIS", RuleGroup.ENFORCEMENT, Severity.ERROR,
                LegalSources.ADMINISTRATIVE_PENALTY_LAW.cite("第三十四条、第三十九条、第四十一条", "Arts. 34, 39, 41", Confidence.A));
        return Rule.of(d, (r, ctx, out) -> {
            boolean enforces = !r.enforcementCases().isEmpty() || !r.enforcementOfficers().isEmpty()
                    || RuleSupport.declared(r, StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS).map(v ->
                    v.signum() > 0).orElse(false);
            if (!enforces) {
                out.notApplicable("/enforcementPublicity");
                return;
            }
            if (r.enforcementPublicity().isEmpty()) {
                out.insufficient("/enforcementPublicity", out.recordSubject(),
                        "{unit} 有执法职能，但没有执法公示（实施机关、立案依据、实施程序、救济渠道）的记录",
                        "{unit} enforces laws but the record holds no enforcement publicity (agency, filing "
                        + "grounds, procedure, remedies)",
                        Evidence.of("unit", r.unit().name()));
                return;
            }
            EnforcementPublicity pub = r.enforcementPublicity().get();
            List<PublicityItem> missing = BASIC_PUBLICITY.stream().filter(x -> !pub.published().contains(x))
                    .collect(Collectors.toCollection(ArrayList::new));
            List<String> unknownZh = new ArrayList<>();
            List<String> unknownEn = new ArrayList<>();
            boolean benchmarks = pub.discretionBenchmarksAdopted().orElse(false)
                    || RuleSupport.declared(r, StandardFigures.ENFORCEMENT_DISCRETION_BENCHMARKS).map(v ->
                    v.signum() > 0).orElse(false);
            if (!pub.published().contains(PublicityItem.DISCRETION_BENCHMARKS)) {
                if (benchmarks) {
                    missing.add(PublicityItem.DISCRETION_BENCHMARKS);
                } else if (pub.discretionBenchmarksAdopted().isEmpty()) {
                    unknownZh.add("是否制定裁量基准");
                    unknownEn.add("whether discretion benchmarks were adopted");
                }
            }
            if (!pub.published().contains(PublicityItem.MONITORING_LOCATIONS)) {
                if (pub.electronicMonitoringUsed().orElse(false)) {
                    missing.add(PublicityItem.MONITORING_LOCATIONS);
                } else if (pub.electronicMonitoringUsed().isEmpty()) {
                    unknownZh.add("是否使用电子技术监控设备");
                    unknownEn.add("whether electronic monitoring equipment is used");
                }
            }
            if (!missing.isEmpty()) {
                out.fail("/enforcementPublicity/published", out.recordSubject(), Evidence.of("unit", r.unit().name())
                        .and("missing", Wording.list(missing, ", ")));
            } else if (!unknownZh.isEmpty()) {
                out.insufficient("/enforcementPublicity", out.recordSubject(), "记录未说明{what}，无法判断是否还需公示",
                        "the record does not say {what}, so whether more must be published cannot be decided",
                        Evidence.of("what", Wording.of(String.join("、", unknownZh), String.join(" or ", unknownEn))));
            } else {
                out.pass("/enforcementPublicity/published", out.recordSubject(),
                        Evidence.of("published", pub.published().size()));
            }
        });
    }
}
