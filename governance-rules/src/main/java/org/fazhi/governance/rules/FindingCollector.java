package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.fazhi.governance.model.base.PersonalData;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 发现收集器 / Where a {@link RuleLogic} reports its findings; fills in the rule id, severity,
 * citation, messages and remediation from the rule's descriptor.
 *
 * <p>Evidence is given as an {@link Evidence} value ({@code Evidence.of("caseId", "c1").and("officers", 1)}); the
 * failure template's {@code {name}} placeholders are filled from it. Evidence values and messages that look
 * like a resident identity number or a phone number are masked ({@link PersonalData#mask(String)}), so that
 * an id a host filled with personal data never reaches a report; the {@link SubjectRef} keeps the raw id,
 * since waivers match on it. Not thread-safe: one per check.
 */
public final class FindingCollector {
    private final RuleDescriptor rule;
    private final CheckContext context;
    private final RuleOfLawRecord record;
    private final List<Finding> findings = new ArrayList<>();
    /** Where findings go when streamed; null when they are listed. */
    private final FindingSink sink;
    /** Whether anything was reported to the sink, built or only counted. */
    private boolean reported;

    FindingCollector(RuleDescriptor rule, CheckContext context, RuleOfLawRecord record) {
        this(rule, context, record, null);
    }

    FindingCollector(RuleDescriptor rule, CheckContext context, RuleOfLawRecord record, FindingSink sink) {
        this.rule = rule;
        this.context = context;
        this.record = record;
        this.sink = sink;
    }

    /**
     * For a rule on a streamed entity, before it makes a pass's path, subject and evidence: true, after
     * counting the pass, when the findings go to a sink that only counts passes, so the rule has nothing more
     * to make; false when the pass is to be reported with {@link #pass}.
     */
    boolean passOnlyCounted() {
        return onlyCounted(Outcome.PASS);
    }

    /** True, after counting it, when the sink only counts this outcome: the finding is then not built at all. */
    private boolean onlyCounted(Outcome outcome) {
        if (sink != null && !sink.wants(outcome)) {
            sink.count(outcome);
            reported = true;
            return true;
        }
        return false;
    }

    /** The rule being checked. */
    public RuleDescriptor rule() {
        return rule;
    }

    /** The subject reference of the whole record. */
    public SubjectRef recordSubject() {
        return SubjectRef.record(record.unit().name(), record.year());
    }

    /**
     * Reports that a subject meets the rule.
     *
     * @param path JSON Pointer of the subject
     * @param subject the subject
     * @param evidence the evidence
     */
    public void pass(String path, SubjectRef subject, Evidence evidence) {
        if (onlyCounted(Outcome.PASS)) {
            return;
        }
        add(Outcome.PASS, path, subject, evidence.toMap(), rule.passZh(), rule.passEn());
    }

    /**
     * Reports that a subject breaks the rule; the message is the rule's failure template.
     *
     * @param path JSON Pointer of the subject or the offending field
     * @param subject the subject
     * @param evidence the evidence, filling the template
     */
    public void fail(String path, SubjectRef subject, Evidence evidence) {
        if (onlyCounted(Outcome.FAIL)) {
            return;
        }
        add(Outcome.FAIL, path, subject, evidence.toMap(), evidence.fill(rule.failZh(), Locale.SIMPLIFIED_CHINESE),
                evidence.fill(rule.failEn(), Locale.ENGLISH));
    }

    /**
     * Reports that the data cannot decide the rule for a subject.
     *
     * @param path JSON Pointer
     * @param subject the subject
     * @param whyZh what is missing, in Chinese
     * @param whyEn what is missing, in English
     * @param evidence the evidence
     */
    public void insufficient(String path, SubjectRef subject, String whyZh, String whyEn, Evidence evidence) {
        if (onlyCounted(Outcome.INSUFFICIENT_DATA)) {
            return;
        }
        add(Outcome.INSUFFICIENT_DATA, path, subject, evidence.toMap(), "数据不足：" + evidence.fill(whyZh,
                Locale.SIMPLIFIED_CHINESE),
                "Insufficient data: " + evidence.fill(whyEn, Locale.ENGLISH));
    }

    /**
     * Reports INSUFFICIENT_DATA for an act whose working-day deadline runs into a year whose holiday
     * notice the calendar does not hold ({@link Timeliness#UNDECIDED}): names the uncovered years, the
     * earliest possible deadline and how to add a year.
     *
     * @param path JSON Pointer of the act's date
     * @param subject the subject
     * @param deadline the inexact deadline
     * @param doneOn the day the act was done, if it was
     * @param evidence the evidence
     */
    void undecided(String path, SubjectRef subject, Deadline deadline, Optional<LocalDate> doneOn, Evidence evidence) {
        if (onlyCounted(Outcome.INSUFFICIENT_DATA)) {
            return;
        }
        WorkingDayCalendar calendar = context.calendar();
        LocalDate upTo = doneOn.orElse(context.asOf());
        List<YearRange> years = calendar.uncoveredYears(deadline.start().plusDays(1).getYear(), upTo.getYear());
        List<YearRange> covered = calendar.coveredRanges();
        String zh = "自 " + deadline.start() + " 起 " + deadline.workingDays() + " 个工作日的期限跨入 " + YearRange.zh(years)
                + "，工作日历未载入其国务院节假日安排（已载入：" + YearRange.zh(covered) + "），期限最早于 " + deadline.date() + " 届满；"
                + (doneOn.isPresent() ? doneOn.get() + " 才办理，是否逾期无法判断。" : "至 " + upTo + " 仍未办理，是否已逾期无法判断。")
                + WorkingDayCalendar.HOW_TO_ADD_A_YEAR_ZH;
        String en = "the " + deadline.workingDays() + "-working-day period from " + deadline.start() + " runs into "
                + YearRange.en(years)
                + ", whose State Council holiday notice the working-day calendar does not hold (it holds "
                + YearRange.en(covered)
                + "); the period ends on " + deadline.date() + " at the earliest, "
                + (doneOn.isPresent() ? "so whether the act on " + doneOn.get() + " was late cannot be decided. "
                        : "so whether the act, still not done on " + upTo + ", is overdue cannot be decided. ")
                + WorkingDayCalendar.HOW_TO_ADD_A_YEAR_EN;
        insufficient(path, subject, zh, en, evidence.and("uncoveredYears", YearRange.en(years))
                .and("earliestDeadline", deadline.date()));
    }

    /**
     * Reports INSUFFICIENT_DATA for a count of working days that runs through a year whose holiday notice
     * the calendar does not hold, when its bounds do not decide the rule: names the uncovered years, the
     * bounds and how to add a year.
     *
     * @param path JSON Pointer of the period
     * @param subject the subject
     * @param count the inexact count
     * @param evidence the evidence
     */
    void undecided(String path, SubjectRef subject, WorkingDayCount count, Evidence evidence) {
        if (onlyCounted(Outcome.INSUFFICIENT_DATA)) {
            return;
        }
        List<YearRange> covered = context.calendar().coveredRanges();
        String zh = count.from() + " 至 " + count.to() + " 的工作日数取决于 " + YearRange.zh(count.uncovered())
                + "的国务院节假日安排，工作日历未载入（已载入："
                + YearRange.zh(covered) + "）；已知至少 " + count.low() + " 个、至多 " + count.high() + " 个工作日，不足以判断。"
                + WorkingDayCalendar.HOW_TO_ADD_A_YEAR_ZH;
        String en = "the working days from " + count.from() + " to " + count.to()
                + " depend on the State Council holiday notice for "
                + YearRange.en(count.uncovered()) + ", which the working-day calendar does not hold (it holds "
                + YearRange.en(covered)
                + "); there are at least " + count.low() + " and at most " + count.high()
                + ", which does not decide the rule. "
                + WorkingDayCalendar.HOW_TO_ADD_A_YEAR_EN;
        insufficient(path, subject, zh, en, evidence.and("uncoveredYears", YearRange.en(count.uncovered()))
                .and("workingDays", count));
    }

    /**
     * Reports that a fact this rule would also judge is reported by another rule, so it is not reported
     * twice (one fact, one finding): NOT_APPLICABLE here, citing the rule that owns the fact.
     *
     * @param path JSON Pointer of the fact
     * @param subject the subject
     * @param ownerRuleId the rule that reports the fact, e.g. {@code TRS-POST-7WD}
     * @param whyZh why that rule owns it, in Chinese
     * @param whyEn why that rule owns it, in English
     */
    void reportedBy(String path, SubjectRef subject, String ownerRuleId, String whyZh, String whyEn) {
        Map<String, String> ev = new LinkedHashMap<>();
        ev.put("reportedBy", ownerRuleId);
        add(Outcome.NOT_APPLICABLE, path, subject, ev, "不重复报告：此事实由 " + ownerRuleId + " 报告（" + whyZh + "）",
                "Not repeated: " + ownerRuleId + " reports this fact (" + whyEn + ")");
    }

    /**
     * Reports that the record has nothing the rule applies to.
     *
     * @param path JSON Pointer of the empty list
     */
    public void notApplicable(String path) {
        if (onlyCounted(Outcome.NOT_APPLICABLE)) {
            return;
        }
        add(Outcome.NOT_APPLICABLE, path, recordSubject(), Map.of("checked", "0"),
                "不适用：检查了 0 个" + rule.subjectZh(), "Not applicable: checked 0 " + rule.subjectEn());
    }

    /**
     * Checks each element of one of the record's lists that the rule applies to, giving the check the
     * element's index for its field path; when no element applies, reports NOT_APPLICABLE at the list.
     *
     * @param list JSON Pointer of the list, such as {@code "/majorDecisions"}
     */
    <T> void each(String list, List<T> items, Predicate<? super T> applies, ElementCheck<? super T> check) {
        if (!eachApplicable(items, applies, check)) {
            notApplicable(list);
        }
    }

    /** Checks every element of one of the record's lists; NOT_APPLICABLE at the list when it is empty. */
    <T> void each(String list, List<T> items, ElementCheck<? super T> check) {
        each(list, items, x -> true, check);
    }

    /**
     * As {@link #each(String, List, Predicate, ElementCheck)}, leaving the case of no applicable element to the
     * caller; returns whether any applied.
     */
    <T> boolean eachApplicable(List<T> items, Predicate<? super T> applies, ElementCheck<? super T> check) {
        boolean any = false;
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (applies.test(item)) {
                any = true;
                check.check(i, item);
            }
        }
        return any;
    }

    /** A check of one list element, told its index so that findings can name its {@link RuleSupport#path}. */
    @FunctionalInterface
    public interface ElementCheck<T> {
        /**
         * Checks one element.
         *
         * @param index its index in the list
         * @param element the element
         */
        void check(int index, T element);
    }

    /** The findings so far; a rule that reported nothing yields one NOT_APPLICABLE finding. */
    List<Finding> findings() {
        if (findings.isEmpty()) {
            notApplicable("");
        }
        return List.copyOf(findings);
    }

    /** When streaming: a rule that reported nothing yields one NOT_APPLICABLE finding, as {@link #findings()} does. */
    void finish() {
        if (!reported) {
            notApplicable("");
        }
    }

    private void add(Outcome outcome, String path, SubjectRef subject, Map<String, String> ev, String zh, String en) {
        Finding f = Finding.builder().ruleId(rule.id()).severity(rule.severity()).outcome(outcome).path(path)
                .subject(subject).evidence(ev).messageZh(PersonalData.mask(zh)).messageEn(PersonalData.mask(en))
                .remediationZh(rule.remediationZh()).remediationEn(rule.remediationEn()).citation(rule.citation())
                .build();
        if (sink != null) {
            reported = true;
            // a finding the sink only counts (a not-applicable note that another rule reports the fact, say) is counted
            if (sink.wants(outcome)) {
                sink.accept(f);
            } else {
                sink.count(outcome);
            }
        } else {
            findings.add(f);
        }
    }
}
