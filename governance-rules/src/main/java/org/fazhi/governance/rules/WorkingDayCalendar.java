package org.fazhi.governance.rules;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 工作日历 / PRC working days: Monday to Friday, less statutory holidays, plus make-up working days
 * (调休).
 *
 * <p>{@link #china()} holds the State Council General Office's holiday notices
 * (国务院办公厅关于××年部分节假日安排的通知) for 2019–2026, one resource per year. Hosts add a year as
 * soon as its notice is published, without waiting for a release: write it in the format of
 * {@link HolidayNotice}, read it and merge it with {@link #withNotice} (see {@code docs/calendar.md}).
 * A year is covered ({@link #covers(int)}) when its notice is loaded; outside the covered years the
 * calendar knows only weekends, and the rules that count working days report such a count as
 * insufficient data instead of guessing. {@link #withHoliday} and {@link #withWorkday} override single
 * days deliberately (a local holiday, say) without covering a year.
 *
 * <p>Deadlines in working days (行政处罚法 Art. 85: 二日、三日、五日、七日; 政府信息公开条例;
 * 国办发〔2018〕118号) use {@link #addWorkingDays}; 15-, 30- and 90-day deadlines are calendar days and
 * do not use this class. Counting is arithmetic: weekdays in a span are computed, then corrected by the
 * holidays and make-up days in it, so no count walks the span day by day. Immutable and thread-safe.
 */
public final class WorkingDayCalendar implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final int FIRST_BUILT_IN_YEAR = 2019;
    private static final int LAST_BUILT_IN_YEAR = 2026;
    private static final WorkingDayCalendar WEEKDAYS_ONLY = new WorkingDayCalendar(Map.of(), Set.of(), Set.of());
    private static final WorkingDayCalendar CHINA = builtIn();

    /** The loaded notices by year: the covered years. */
    private final SortedMap<Integer, HolidayNotice> notices;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    /** Epoch days of the holidays that fall on Monday to Friday, ascending: each one removes a working day. */
    private final long[] offWeekdays;
    /**
     * Epoch days of the make-up working days that fall on a Saturday or Sunday, ascending: each one adds a working
     * day.
     */
    private final long[] workedWeekends;

    private WorkingDayCalendar(Map<Integer, HolidayNotice> notices, Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.notices = Collections.unmodifiableSortedMap(new TreeMap<>(notices));
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.offWeekdays = this.holidays.stream().filter(WorkingDayCalendar::weekday).mapToLong(LocalDate::toEpochDay)
                .sorted().toArray();
        this.workedWeekends = this.workdays.stream().filter(d -> !weekday(d)).mapToLong(LocalDate::toEpochDay)
                .sorted().toArray();
    }

    /** The PRC calendar for 2019–2026 from the State Council General Office's notices. */
    public static WorkingDayCalendar china() {
        return CHINA;
    }

    /**
     * Monday to Friday only, with no holidays and no covered year: every working-day rule then reports insufficient
     * data.
     */
    public static WorkingDayCalendar weekdaysOnly() {
        return WEEKDAYS_ONLY;
    }

    /**
     * This calendar with one more holiday, overriding whatever the notices say of that day; it covers no
     * new year. For a local holiday, or a day a notice got wrong.
     *
     * @param date the holiday
     * @return a new calendar
     */
    public WorkingDayCalendar withHoliday(LocalDate date) {
        Set<LocalDate> h = new HashSet<>(holidays);
        h.add(Objects.requireNonNull(date, "date"));
        Set<LocalDate> w = new HashSet<>(workdays);
        w.remove(date);
        return new WorkingDayCalendar(notices, h, w);
    }

    /**
     * This calendar with one more make-up working day, overriding whatever the notices say of that day;
     * it covers no new year.
     *
     * @param date the working day (usually a weekend day)
     * @return a new calendar
     */
    public WorkingDayCalendar withWorkday(LocalDate date) {
        Set<LocalDate> w = new HashSet<>(workdays);
        w.add(Objects.requireNonNull(date, "date"));
        Set<LocalDate> h = new HashSet<>(holidays);
        h.remove(date);
        return new WorkingDayCalendar(notices, h, w);
    }

    /**
     * 载入节假日安排 / This calendar with a year's notice merged in: the year becomes covered.
     *
     * <p>Merging never overrides. Loading a notice whose year is already covered with the same days
     * changes nothing; with different days it is an error, as is a day off that this calendar has as a
     * make-up working day or the reverse. Use {@link #withHoliday} or {@link #withWorkday} to override a
     * day on purpose.
     *
     * @param notice the notice, e.g. from {@link HolidayNotice#read(java.nio.file.Path)}
     * @return a new calendar that covers the notice's year
     * @throws HolidayNoticeException if the notice contradicts this calendar; the message names the day and both
     * sources
     */
    public WorkingDayCalendar withNotice(HolidayNotice notice) {
        Objects.requireNonNull(notice, "notice");
        HolidayNotice loaded = notices.get(notice.year());
        if (loaded != null) {
            if (loaded.sameDays(notice)) {
                return this;
            }
            LocalDate d = firstDifference(loaded, notice);
            throw new HolidayNoticeException(
                    notice.year() + " 年的节假日安排已由" + loaded.citation() + "（" + loaded.origin() + "）载入，"
                    + notice.origin() + " 与其不一致：" + d
                            + " 在前者中" + dayZh(loaded, d) + "，在后者中" + dayZh(notice, d) + "。请核对通知原文后只保留一份",
                    "the holidays of " + notice.year() + " are already loaded from " + loaded.citation() + " ("
                    + loaded.origin() + "), and "
                            + notice.origin() + " differs on " + d + ": " + dayEn(loaded, d) + " in the first, "
                            + dayEn(notice, d)
                            + " in the second. Check the notice's text and keep one of them");
        }
        for (LocalDate d : notice.holidays()) {
            if (workdays.contains(d)) {
                throw conflict(d, notice, "放假日", "a day off", "调休上班日", "a make-up working day", "withWorkday");
            }
        }
        for (LocalDate d : notice.workdays()) {
            if (holidays.contains(d)) {
                throw conflict(d, notice, "调休上班日", "a make-up working day", "放假日", "a day off", "withHoliday");
            }
        }
        Map<Integer, HolidayNotice> n = new TreeMap<>(notices);
        n.put(notice.year(), notice);
        Set<LocalDate> h = new HashSet<>(holidays);
        h.addAll(notice.holidays());
        Set<LocalDate> w = new HashSet<>(workdays);
        w.addAll(notice.workdays());
        return new WorkingDayCalendar(n, h, w);
    }

    private HolidayNoticeException conflict(LocalDate d, HolidayNotice notice, String newZh, String newEn,
            String oldZh, String oldEn, String override) {
        String whereZh = notices.values().stream().filter(x -> x.holidays().contains(d) || x.workdays().contains(d))
                .findFirst()
                .map(x -> x.citation() + "（" + x.origin() + "）").orElse(override + " 的设置");
        String whereEn = notices.values().stream().filter(x -> x.holidays().contains(d) || x.workdays().contains(d))
                .findFirst()
                .map(x -> x.citation() + " (" + x.origin() + ")").orElse("a day set with " + override);
        return new HolidayNoticeException(
                notice.origin() + " 把 " + d + " 列为" + newZh + "，而工作日历中它是" + oldZh + "（来自" + whereZh
                + "）。请核对通知原文后删去其一，或用 withHoliday/withWorkday 明确覆盖",
                notice.origin() + " lists " + d + " as " + newEn + ", but the calendar has it as " + oldEn + " (from "
                + whereEn
                        + "). Check the notice's text and remove one of them, or override the day on purpose with "
                        + "withHoliday/withWorkday");
    }

    private static LocalDate firstDifference(HolidayNotice a, HolidayNotice b) {
        SortedSet<LocalDate> all = new TreeSet<>();
        all.addAll(a.holidays());
        all.addAll(a.workdays());
        all.addAll(b.holidays());
        all.addAll(b.workdays());
        return all.stream().filter(d -> a.holidays().contains(d) != b.holidays().contains(d) || a.workdays()
                .contains(d) != b.workdays().contains(d))
                .findFirst().orElseThrow();
    }

    private static String dayZh(HolidayNotice n, LocalDate d) {
        return n.holidays().contains(d) ? "是放假日" : n.workdays().contains(d) ? "是调休上班日" : "未列出";
    }

    private static String dayEn(HolidayNotice n, LocalDate d) {
        return n.holidays().contains(d) ? "a day off" : n.workdays().contains(d) ? "a make-up working day"
                : "not listed";
    }

    /**
     * Whether the year's notice is loaded.
     *
     * @param year the year
     * @return true if the year's holidays are known
     */
    public boolean covers(int year) {
        return notices.containsKey(year);
    }

    /** The years whose notices are loaded, ascending. */
    public SortedSet<Integer> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(notices.keySet()));
    }

    /**
     * The notice loaded for a year.
     *
     * @param year the year
     * @return the notice, if the year is covered
     */
    public Optional<HolidayNotice> notice(int year) {
        return Optional.ofNullable(notices.get(year));
    }

    /** The loaded notices, by year. */
    public List<HolidayNotice> notices() {
        return List.copyOf(notices.values());
    }

    /**
     * Whether a date is a working day.
     *
     * @param date the date
     * @return true on a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        if (workdays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        return weekday(date);
    }

    /**
     * The date {@code n} working days after {@code start}, counting from the next day (the start day
     * itself does not count). Takes time in the logarithm of the span and of the number of holidays,
     * never a walk day by day.
     *
     * @param start the starting date
     * @param n how many working days, at least 0
     * @return the last day of the period: {@code start} when {@code n} is 0, else a working day
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws java.time.DateTimeException if the period ends after {@link LocalDate#MAX}
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n + " / 工作日数不能为负，实为 " + n);
        }
        if (n == 0) {
            return start;
        }
        long s = start.toEpochDay();
        // Seven consecutive days hold five weekdays, and at most every later weekday holiday takes one away,
        // so the n-th working day lies within 7 * ceil((n + those holidays) / 5) days: search there for the
        // first day whose count reaches n (the count only grows, by one on each working day).
        long holidaysAfter = offWeekdays.length - atOrBefore(offWeekdays, s);
        long lo = s + 1;
        long hi = s + 7 * ((n + holidaysAfter + 4) / 5);
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (count(s, mid) >= n) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(lo);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative if {@code to} is earlier.
     * Weekdays in the span are counted arithmetically, then corrected by the holidays and make-up
     * working days that fall in it, so any span, even {@link LocalDate#MIN} to {@link LocalDate#MAX},
     * takes the same few steps.
     *
     * @param from the start (not counted)
     * @param to the end (counted)
     * @return the number of working days
     */
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        return b < a ? -count(b, a) : count(a, b);
    }

    /**
     * 期限 / The deadline {@code n} working days after {@code start}, exact when every day the count runs
     * through lies in a covered year; otherwise the earliest day it can be (see {@link Deadline}).
     *
     * @param start the starting date (not counted)
     * @param n how many working days, at least 0
     * @return the deadline
     */
    Deadline deadline(LocalDate start, int n) {
        LocalDate known = addWorkingDays(start, n);
        if (n == 0) {
            return new Deadline(start, 0, start, true);
        }
        LocalDate next = start.plusDays(1);
        int year = next.getYear();
        while (covers(year)) {
            year++;
        }
        LocalDate uncoveredFrom = year == next.getYear() ? next : LocalDate.of(year, 1, 1);
        if (known.isBefore(uncoveredFrom)) {
            return new Deadline(start, n, known, true);
        }
        // fewer than n working days before the first uncovered day; every later day counts at most once
        long before = count(start.toEpochDay(), uncoveredFrom.toEpochDay() - 1);
        return new Deadline(start, n, uncoveredFrom.plusDays(n - before - 1), false);
    }

    /**
     * 确定的期限 / The last day of {@code n} working days after {@code start}, when every day the count runs through
     * lies in a covered year; empty when it runs into a year whose holiday notice is not loaded (indicators then
     * leave the act out rather than guess).
     *
     * @param start the starting date (not counted)
     * @param n how many working days, at least 0
     * @return the deadline, or empty if the loaded notices do not settle it
     */
    public Optional<LocalDate> exactDeadline(LocalDate start, int n) {
        Deadline d = deadline(start, n);
        return d.exact() ? Optional.of(d.date()) : Optional.empty();
    }

    /**
     * Equal when both cover the same years and have the same holidays and make-up working days, so they count alike.
     */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof WorkingDayCalendar)) {
            return false;
        }
        WorkingDayCalendar c = (WorkingDayCalendar) o;
        return c.notices.keySet().equals(notices.keySet()) && c.holidays.equals(holidays)
                && c.workdays.equals(workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(notices.keySet(), holidays, workdays);
    }

    /**
     * 工作日数 / The working days in ({@code from}, {@code to}], exact over the covered years and bounded
     * over the others (see {@link WorkingDayCount}). Takes a few steps per covered year, whatever the span.
     *
     * @param from the start (not counted)
     * @param to the end (counted); if earlier than {@code from}, the bounds are negative
     * @return the count
     */
    WorkingDayCount count(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            WorkingDayCount c = count(to, from);
            return new WorkingDayCount(from, to, -c.high(), -c.low(), c.uncovered());
        }
        if (to.equals(from)) {
            return new WorkingDayCount(from, to, 0, 0, List.of());
        }
        int first = from.plusDays(1).getYear();
        int last = to.getYear();
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        long low = 0;
        long coveredDays = 0;
        for (int year : notices.subMap(first, last + 1).keySet()) {
            long segFrom = Math.max(a, LocalDate.of(year, 1, 1).toEpochDay() - 1);
            long segTo = Math.min(b, LocalDate.of(year, 12, 31).toEpochDay());
            low += count(segFrom, segTo);
            coveredDays += segTo - segFrom;
        }
        long uncoveredDays = b - a - coveredDays;
        return new WorkingDayCount(from, to, low, low + uncoveredDays, uncoveredDays == 0 ? List.of()
                : uncoveredYears(first, last));
    }

    /** The years from {@code first} to {@code last} whose notice is not loaded, as ranges. */
    List<YearRange> uncoveredYears(int first, int last) {
        List<YearRange> out = new ArrayList<>();
        int next = first;
        for (int year : notices.subMap(first, last + 1).keySet()) {
            if (year > next) {
                out.add(new YearRange(next, year - 1));
            }
            next = year + 1;
        }
        if (next <= last) {
            out.add(new YearRange(next, last));
        }
        return out;
    }

    /** The covered years as ranges, e.g. 2019–2026. */
    List<YearRange> coveredRanges() {
        return YearRange.of(notices.keySet());
    }

    /** How to add a year, for messages about uncovered years. */
    static final String HOW_TO_ADD_A_YEAR_ZH = "取得该年度的国务院办公厅节假日安排通知后，按 docs/calendar.md 的格式写成文件，"
            + "用 HolidayNotice.read 读取、WorkingDayCalendar.withNotice 载入，再重新检查";
    static final String HOW_TO_ADD_A_YEAR_EN = "Take that year's holiday notice of the General Office of the State "
            + "Council, write it in the format "
            + "of docs/calendar.md, read it with HolidayNotice.read, load it with WorkingDayCalendar.withNotice and "
            + "check again";

    /** Working days among the epoch days in (a, b], a &lt;= b. */
    private long count(long a, long b) {
        return weekdays(a, b) - (atOrBefore(offWeekdays, b) - atOrBefore(offWeekdays, a))
                + (atOrBefore(workedWeekends, b) - atOrBefore(workedWeekends, a));
    }

    /** Monday to Friday among the epoch days in (a, b], a &lt;= b. */
    static long weekdays(long a, long b) {
        return weekdaysBefore(b + 1) - weekdaysBefore(a + 1);
    }

    /** Weekdays from Monday 1969-12-29 (epoch day -3) up to, not including, epoch day e; negative before it. */
    private static long weekdaysBefore(long e) {
        long k = e + 3;
        return 5 * Math.floorDiv(k, 7) + Math.min(Math.floorMod(k, 7), 5);
    }

    /** How many of the ascending, distinct values are at most x. */
    private static int atOrBefore(long[] ascending, long x) {
        int i = Arrays.binarySearch(ascending, x);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private static boolean weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    private static WorkingDayCalendar builtIn() {
        WorkingDayCalendar c = WEEKDAYS_ONLY;
        for (int year = FIRST_BUILT_IN_YEAR; year <= LAST_BUILT_IN_YEAR; year++) {
            String name = "calendar/cn-" + year + ".txt";
            URL url = WorkingDayCalendar.class.getResource(name);
            if (url == null) {
                throw new IllegalStateException("missing built-in holiday notice " + name + " / 缺少内置节假日安排 " + name);
            }
            c = c.withNotice(HolidayNotice.read(url, name));
        }
        return c;
    }
}
