package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 检查报告 / The findings of a rule set on a record (or several records merged), with tallies.
 *
 * <p>{@link #isPassing()} is true when no ERROR-severity failure remains unwaived. {@link #toString()}
 * is what a host developer reads when a test fails: a header and one line per failure with rule, path,
 * message and fix, in the report's language. Immutable and thread-safe.
 */
public final class CheckReport {
    private final String title;
    private final LocalDate asOf;
    private final Locale locale;
    private final List<Finding> findings;
    private final List<Waiver> staleWaivers;
    private final List<Waiver> expiredWaivers;
    private final SortedSet<Integer> calendarYears;

    CheckReport(String title, LocalDate asOf, Locale locale, List<Finding> findings, List<Waiver> staleWaivers,
            List<Waiver> expiredWaivers, Set<Integer> calendarYears) {
        this.title = Objects.requireNonNull(title);
        this.asOf = Objects.requireNonNull(asOf);
        this.locale = Objects.requireNonNull(locale);
        this.findings = List.copyOf(findings);
        this.staleWaivers = List.copyOf(staleWaivers);
        this.expiredWaivers = List.copyOf(expiredWaivers);
        this.calendarYears = Collections.unmodifiableSortedSet(new TreeSet<>(calendarYears));
    }

    /** What was checked, e.g. {@code 国宝乡 2023}. */
    public String title() {
        return title;
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return asOf;
    }

    /** 工作日历年度 / The years whose holiday notices the working-day calendar of the check held, ascending. */
    public SortedSet<Integer> calendarYears() {
        return calendarYears;
    }

    /**
     * 截至日超出工作日历 / Whether the as-of date lies past the last year the working-day calendar covers
     * (or the calendar covers none): working-day deadlines running into later years are then reported
     * as insufficient data.
     *
     * @return true when the as-of year is later than every covered year
     */
    public boolean asOfPastCalendar() {
        return calendarYears.isEmpty() || asOf.getYear() > calendarYears.last();
    }

    /**
     * 工作日历提示 / The header's note when the as-of date's year is not covered by the working-day
     * calendar: past its last year, or in a year it lacks. Empty when the year is covered.
     *
     * @param l the language
     * @return the note, e.g. that the calendar holds notices up to 2026 and the as-of date is in 2027
     */
    public Optional<String> calendarNote(Locale l) {
        int year = asOf.getYear();
        if (calendarYears.contains(year)) {
            return Optional.empty();
        }
        List<YearRange> ranges = YearRange.of(calendarYears);
        boolean zh = Bilingual.isChinese(l);
        if (!calendarYears.isEmpty() && year > calendarYears.last()) {
            return Optional.of(zh
                    ? "注意：工作日历只载入到 " + calendarYears.last() + " 年的国务院节假日安排（" + YearRange.zh(ranges) + "），截至日 " + asOf
                            + " 已超出；跨入未载入年度的工作日期限无法判定，相关检查记为数据不足。载入 " + year + " 年的通知见 docs/calendar.md。"
                    : "Note: the working-day calendar holds the State Council holiday notices up to "
                    + calendarYears.last() + " ("
                            + YearRange.en(ranges) + ") and the as-of date " + asOf
                            + " lies past them; working-day deadlines that run into an "
                            + "uncovered year cannot be decided and are reported as insufficient data. To load the "
                            + year
                            + " notice, see docs/calendar.md.");
        }
        return Optional.of(zh
                ? "注意：工作日历未载入截至日 " + asOf + " 所在的 " + year + " 年的国务院节假日安排（已载入：" + YearRange.zh(ranges)
                        + "）；跨入未载入年度的工作日期限无法判定，相关检查记为数据不足。载入方法见 docs/calendar.md。"
                : "Note: the working-day calendar holds no State Council holiday notice for " + year
                + ", the year of the as-of date " + asOf
                        + " (it holds " + YearRange.en(ranges)
                        + "); working-day deadlines that run into an uncovered year cannot be decided "
                        + "and are reported as insufficient data. To load a year, see docs/calendar.md.");
    }

    /** Every finding, in rule order then record order. */
    public List<Finding> findings() {
        return findings;
    }

    /** Unwaived failures of any severity. */
    public List<Finding> failures() {
        return findings.stream().filter(Finding::isFailure).collect(Collectors.toList());
    }

    /** 规则执行异常 / The findings of rules that threw instead of checking: defects to report, never data problems. */
    public List<Finding> ruleErrors() {
        return findings.stream().filter(Finding::isRuleError).collect(Collectors.toList());
    }

    /** Failures covered by an active waiver. */
    public List<Finding> waived() {
        return findings.stream().filter(f -> f.waiver().isPresent()).collect(Collectors.toList());
    }

    /** Waivers that matched no failure: the failure was fixed, so the baseline can shrink. */
    public List<Waiver> staleWaivers() {
        return staleWaivers;
    }

    /** Waivers past their expiry: their failures count again. */
    public List<Waiver> expiredWaivers() {
        return expiredWaivers;
    }

    /**
     * Findings with an outcome (waived failures count as FAIL here).
     *
     * @param outcome the outcome
     * @return how many
     */
    public int count(Outcome outcome) {
        return (int) findings.stream().filter(f -> f.outcome() == outcome).count();
    }

    /** Unwaived failures by severity. */
    public Map<Severity, Integer> failuresBySeverity() {
        Map<Severity, Integer> m = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            m.put(s, 0);
        }
        failures().forEach(f -> m.merge(f.severity(), 1, Integer::sum));
        return m;
    }

    /** Findings by outcome. */
    public Map<Outcome, Integer> countsByOutcome() {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, count(o));
        }
        return m;
    }

    /** True when no ERROR-severity failure is left unwaived: {@code isPassing(Severity.ERROR)}. */
    public boolean isPassing() {
        return isPassing(Severity.ERROR);
    }

    /**
     * True when no failure of a severity or a graver one is left unwaived.
     *
     * @param failAt the least grave severity that fails: ERROR, WARNING (warnings and errors) or INFO (any failure)
     * @return whether the report passes at that threshold
     */
    public boolean isPassing(Severity failAt) {
        return failures().stream().noneMatch(f -> f.severity().compareTo(failAt) <= 0);
    }

    /**
     * The findings of one rule.
     *
     * @param ruleId the rule: one of the standard catalog or one whose findings this report holds
     * @return a report with only those findings
     * @throws IllegalArgumentException if no such rule exists, naming the nearest ids (a misspelt id would
     *     otherwise give an empty report, and an assertion on it could never fail)
     */
    public CheckReport ofRule(String ruleId) {
        Set<String> known = new java.util.LinkedHashSet<>();
        findings.forEach(f -> known.add(f.ruleId()));
        GovernanceRules.all().rules().forEach(r -> known.add(r.id()));
        if (!known.contains(ruleId)) {
            throw RuleSet.unknownRule(ruleId, known);
        }
        return filter(f -> f.ruleId().equals(ruleId));
    }

    /**
     * The findings that satisfy a predicate.
     *
     * @param predicate which findings to keep
     * @return a filtered report
     */
    public CheckReport filter(Predicate<Finding> predicate) {
        return new CheckReport(title, asOf, locale, findings.stream().filter(predicate).collect(Collectors.toList()),
                staleWaivers, expiredWaivers, calendarYears);
    }

    /**
     * This report and another together, e.g. the villages or townships of a county. The merged report's
     * calendar years are those both calendars covered.
     *
     * @param other another report with the same as-of date
     * @return the merged report
     */
    public CheckReport merge(CheckReport other) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        List<Waiver> stale = new ArrayList<>(staleWaivers);
        stale.addAll(other.staleWaivers);
        List<Waiver> expired = new ArrayList<>(expiredWaivers);
        expired.addAll(other.expiredWaivers);
        Set<Integer> years = new TreeSet<>(calendarYears);
        years.retainAll(other.calendarYears);
        return new CheckReport(title + " + " + other.title, asOf, locale, all, stale, expired, years);
    }

    /**
     * The same report with its text in another language.
     *
     * @param l the locale
     * @return the report
     */
    public CheckReport inLocale(Locale l) {
        return new CheckReport(title, asOf, l, findings, staleWaivers, expiredWaivers, calendarYears);
    }

    /**
     * A header line, the {@link #calendarNote calendar note} when the as-of date's year is not covered, and
     * one line per failure (and per stale or expired waiver).
     *
     * @param l the language
     * @return the text
     */
    public String describe(Locale l) {
        boolean zh = Bilingual.isChinese(l);
        Map<Severity, Integer> bySeverity = failuresBySeverity();
        int failures = failures().size();
        StringBuilder sb = new StringBuilder();
        if (zh) {
            sb.append("法治规则检查 ").append(title).append("（截至 ").append(asOf).append("）：")
                    .append(isPassing() ? "通过" : "未通过").append(" —— ")
                    .append(failures).append(" 项不符合（错误 ").append(bySeverity.get(Severity.ERROR))
                    .append("，警告 ").append(bySeverity.get(Severity.WARNING)).append("，提示 ")
                    .append(bySeverity.get(Severity.INFO))
                    .append("），通过 ").append(count(Outcome.PASS)).append("，不适用 ").append(count(Outcome.NOT_APPLICABLE))
                    .append("，数据不足 ").append(count(Outcome.INSUFFICIENT_DATA)).append("，已豁免 ").append(waived().size());
        } else {
            sb.append("Fazhi rule check of ").append(title).append(" as of ").append(asOf).append(": ")
                    .append(isPassing() ? "PASSED" : "FAILED").append(" - ")
                    .append(failures).append(" failure(s) (").append(bySeverity.get(Severity.ERROR)).append(" error, ")
                    .append(bySeverity.get(Severity.WARNING)).append(" warning, ").append(bySeverity.get(Severity.INFO))
                    .append(" info), ").append(count(Outcome.PASS)).append(" pass, ")
                    .append(count(Outcome.NOT_APPLICABLE))
                    .append(" not applicable, ").append(count(Outcome.INSUFFICIENT_DATA)).append(" insufficient data, ")
                    .append(waived().size()).append(" waived");
        }
        calendarNote(l).ifPresent(note -> sb.append('\n').append("  ").append(note));
        for (Finding f : failures()) {
            sb.append('\n').append("  ").append(f.line(l));
        }
        for (Waiver w : expiredWaivers) {
            sb.append('\n').append("  ").append(zh ? "豁免已过期：" : "expired waiver: ").append(w.ruleId()).append(' ')
                    .append(w.subject()).append(zh ? "（到期 " : " (expired ").append(w.expires()).append(zh ? "）" : ")");
        }
        for (Waiver w : staleWaivers) {
            sb.append('\n').append("  ").append(zh ? "豁免已无对应问题，可删除：" : "stale waiver, remove it: ").append(w.ruleId())
                    .append(' ').append(w.subject());
        }
        return sb.toString();
    }

    /** {@link #describe(Locale)} in the report's language. */
    @Override
    public String toString() {
        return describe(locale);
    }
}
