package org.fazhi.governance.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * 工作日历 / PRC working days: Monday to Friday, less statutory holidays, plus make-up working days
 * (调休).
 *
 * <p>{@link #china()} holds the State Council's annual holiday notices for 2019–2026, one resource per
 * year. Hosts extend it with {@link #withHoliday} and {@link #withWorkday}. Deadlines in working days
 * (行政处罚法 Art. 85: 二日、三日、五日、七日; 政府信息公开条例; 国办发〔2018〕118号) use
 * {@link #addWorkingDays}; 15-, 30- and 90-day deadlines are calendar days and do not use this class.
 * Outside its covered years the calendar knows only weekends and says so through
 * {@link #covers(int)}. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2026;
    private static final WorkingDayCalendar CHINA = load();

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;
    private final Set<Integer> years;
    /** Epoch days of the holidays that fall on Monday to Friday, ascending: each one removes a working day. */
    private final long[] offWeekdays;
    /** Epoch days of the make-up working days that fall on a Saturday or Sunday, ascending: each one adds a working day. */
    private final long[] workedWeekends;

    private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workdays, Set<Integer> years) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        this.years = Set.copyOf(years);
        this.offWeekdays = this.holidays.stream().filter(WorkingDayCalendar::weekday).mapToLong(LocalDate::toEpochDay).sorted().toArray();
        this.workedWeekends = this.workdays.stream().filter(d -> !weekday(d)).mapToLong(LocalDate::toEpochDay).sorted().toArray();
    }

    /** The PRC calendar for 2019–2026 from the State Council's notices. */
    public static WorkingDayCalendar china() {
        return CHINA;
    }

    /** Monday to Friday only, with no holidays: for tests and for years no notice covers. */
    public static WorkingDayCalendar weekdaysOnly() {
        return new WorkingDayCalendar(Set.of(), Set.of(), Set.of());
    }

    /**
     * This calendar with one more holiday.
     *
     * @param date the holiday
     * @return a new calendar
     */
    public WorkingDayCalendar withHoliday(LocalDate date) {
        Set<LocalDate> h = new HashSet<>(holidays);
        h.add(date);
        Set<LocalDate> w = new HashSet<>(workdays);
        w.remove(date);
        return new WorkingDayCalendar(h, w, years);
    }

    /**
     * This calendar with one more make-up working day.
     *
     * @param date the working day (usually a weekend day)
     * @return a new calendar
     */
    public WorkingDayCalendar withWorkday(LocalDate date) {
        Set<LocalDate> w = new HashSet<>(workdays);
        w.add(date);
        Set<LocalDate> h = new HashSet<>(holidays);
        h.remove(date);
        return new WorkingDayCalendar(h, w, years);
    }

    /**
     * Whether a State Council notice for the year is loaded.
     *
     * @param year the year
     * @return true if the year's holidays are known
     */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** The years whose notices are loaded. */
    public Set<Integer> coveredYears() {
        return new TreeSet<>(years);
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

    private static WorkingDayCalendar load() {
        Set<LocalDate> h = new HashSet<>();
        Set<LocalDate> w = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            String name = "calendar/cn-" + year + ".txt";
            try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing holiday notice resource " + name);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    String[] p = line.trim().split("\\s+");
                    if (p.length < 2 || p[0].startsWith("#")) {
                        continue;
                    }
                    if (p[0].equals("holiday")) {
                        for (LocalDate d = LocalDate.parse(p[1]); !d.isAfter(LocalDate.parse(p[2])); d = d.plusDays(1)) {
                            h.add(d);
                        }
                    } else if (p[0].equals("workday")) {
                        w.add(LocalDate.parse(p[1]));
                    } else {
                        throw new IllegalStateException("bad line in " + name + ": " + line);
                    }
                }
                years.add(year);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WorkingDayCalendar(h, w, years);
    }
}
