package org.fazhi.governance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 节假日安排通知 / One year's holiday notice of the General Office of the State Council
 * (国务院办公厅关于××年部分节假日安排的通知): the days off (放假) and the make-up working days
 * (调休上班) it sets, with the notice's title, number (文号) and date.
 *
 * <p>Hosts add a year to a {@link WorkingDayCalendar} without waiting for a release of this library:
 * write the notice in the text format below, read it with {@link #read(Path)} or {@link #read(URL)}
 * (a classpath resource), and merge it with {@link WorkingDayCalendar#withNotice}. The built-in years
 * of {@link WorkingDayCalendar#china()} are read the same way. The format, one entry a line, UTF-8,
 * {@code #} starting a comment line:
 *
 * <pre>
 * year       2018
 * title      国务院办公厅关于2018年部分节假日安排的通知
 * number     国办发明电〔2017〕12号
 * date       2017-11-30
 * source     https://… (optional: where the dates were read)
 * amended-by 国务院办公厅关于……的通知（…号，YYYY-MM-DD） (optional, repeatable: a later notice folded in)
 * holiday    2018-02-15 2018-02-21 春节
 * workday    2018-02-11 春节调休
 * </pre>
 *
 * <p>{@code year}, {@code title}, {@code date} and at least one {@code holiday} are required;
 * {@code number} is optional (leave it out rather than guess it). A {@code holiday} line gives the
 * first and last day off, inclusive, at most 31 days; a {@code workday} line gives one Saturday or
 * Sunday that is worked. Either may end with a name. Every date lies in the notice's year or in the
 * December before it (a New Year holiday can start on 30 December), no date is listed twice, and the
 * notice was issued in its year or the year before. Anything else is rejected with a
 * {@link HolidayNoticeException} that names the line. See {@code docs/calendar.md} for a worked
 * example. Immutable and thread-safe.
 *
 * @see WorkingDayCalendar#withNotice(HolidayNotice)
 */
public final class HolidayNotice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final int LONGEST_HOLIDAY_DAYS = 31;

    private final int year;
    private final String title;
    private final String number;
    private final LocalDate issuedOn;
    private final String source;
    private final List<String> amendments;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> workdays;
    private final String origin;

    private HolidayNotice(int year, String title, String number, LocalDate issuedOn, String source,
            List<String> amendments,
            SortedSet<LocalDate> holidays, SortedSet<LocalDate> workdays, String origin) {
        this.year = year;
        this.title = title;
        this.number = number;
        this.issuedOn = issuedOn;
        this.source = source;
        this.amendments = List.copyOf(amendments);
        this.holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        this.workdays = Collections.unmodifiableSortedSet(new TreeSet<>(workdays));
        this.origin = origin;
    }

    /**
     * Reads a notice from a UTF-8 file.
     *
     * @param file the file, must not be null
     * @return the notice
     * @throws HolidayNoticeException if the file is not a valid notice (the message names the line)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static HolidayNotice read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(decode(Files.readAllBytes(file), file.toString()), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a notice from a URL, typically a classpath resource:
     * {@code HolidayNotice.read(MyHost.class.getResource("/calendar/cn-2027.txt"))}.
     *
     * @param resource the resource, must not be null (a null from {@code getResource} means it was not found)
     * @return the notice
     * @throws HolidayNoticeException if the text is not a valid notice (the message names the line)
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static HolidayNotice read(URL resource) {
        Objects.requireNonNull(resource, "resource (getResource returned null: no such resource) / 找不到该资源");
        return read(resource, resource.toString());
    }

    static HolidayNotice read(URL resource, String origin) {
        try (InputStream in = resource.openStream()) {
            return parse(decode(in.readAllBytes(), origin), origin);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a notice from its text, e.g. one a host keeps in its own database.
     *
     * @param text the notice in the documented format, must not be null
     * @param origin where the text came from, used in error messages, must not be null
     * @return the notice
     * @throws HolidayNoticeException if the text is not a valid notice (the message names the line)
     */
    public static HolidayNotice parse(String text, String origin) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        return new Parser(origin).parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String decode(byte[] bytes, String origin) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new HolidayNoticeException(origin + "：不是 UTF-8 编码的文本，请另存为 UTF-8", origin
                    + ": is not UTF-8 text; save it as UTF-8");
        }
    }

    /** 年度 / The year the notice arranges. */
    public int year() {
        return year;
    }

    /** 标题 / The notice's title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
    public String title() {
        return title;
    }

    /** 文号 / The notice's number, e.g. 国办发明电〔2025〕7号, if it was given. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /** 发布日期 / The date the notice was issued. */
    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** 来源 / Where the dates were read, if given. */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }

    /** 调整通知 / Later notices folded into this year's dates (e.g. the 2020 Spring Festival extension), as written. */
    public List<String> amendments() {
        return amendments;
    }

    /** 放假日 / Every day off, ascending; weekend days included. */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /** 调休上班日 / Every make-up working day, ascending; each a Saturday or Sunday. */
    public SortedSet<LocalDate> workdays() {
        return workdays;
    }

    /** The file, resource or name the notice was read from. */
    public String origin() {
        return origin;
    }

    /**
     * 引用 / The notice as cited in messages: 《title》（number，date）.
     *
     * @return e.g. 《国务院办公厅关于2026年部分节假日安排的通知》（国办发明电〔2025〕7号，2025-11-04）
     */
    public String citation() {
        return "《" + title + "》（" + (number == null ? "" : number + "，") + issuedOn + "）";
    }

    /** True when both notices set the same days off and the same make-up working days. */
    boolean sameDays(HolidayNotice other) {
        return holidays.equals(other.holidays) && workdays.equals(other.workdays);
    }

    @Override
    public String toString() {
        return citation();
    }

    /** Reads the format line by line, keeping each date's line for the messages. */
    private static final class Parser {
        private final String origin;
        private final Map<String, Integer> headerLines = new TreeMap<>();
        private final Map<LocalDate, Integer> holidayLines = new TreeMap<>();
        private final Map<LocalDate, Integer> workdayLines = new TreeMap<>();
        private final List<String> amendments = new ArrayList<>();
        private String yearText;
        private String title;
        private String number;
        private LocalDate issuedOn;
        private String source;

        Parser(String origin) {
            this.origin = origin;
        }

        HolidayNotice parse(String text) {
            String[] lines = text.split("\r\n|\r|\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entry(i + 1, line);
                }
            }
            int year = requireYear();
            if (title == null) {
                throw whole("缺少 title 行（通知标题）", "has no 'title' line (the notice's title)");
            }
            if (issuedOn == null) {
                throw whole("缺少 date 行（通知发布日期）", "has no 'date' line (the date the notice was issued)");
            }
            if (holidayLines.isEmpty()) {
                throw whole("没有 holiday 行：一份节假日安排通知至少有一个放假日",
                        "has no 'holiday' line: a holiday notice sets at least one day off");
            }
            if (issuedOn.getYear() != year && issuedOn.getYear() != year - 1) {
                throw at(headerLines.get("date"), "发布日期 " + issuedOn + " 应在 " + (year - 1) + " 年或 " + year + " 年",
                        "the notice date " + issuedOn + " must fall in " + (year - 1) + " or " + year);
            }
            checkInYear(holidayLines, year);
            checkInYear(workdayLines, year);
            return new HolidayNotice(year, title, number, issuedOn, source, amendments,
                    new TreeSet<>(holidayLines.keySet()),
                    new TreeSet<>(workdayLines.keySet()), origin);
        }

        private void entry(int line, String text) {
            String[] kv = text.split("\\s+", 2);
            String key = kv[0];
            String rest = kv.length > 1 ? kv[1].strip() : "";
            switch (key) {
                case "year" -> yearText = header(line, key, rest);
                case "title" -> title = header(line, key, rest);
                case "number" -> number = header(line, key, rest);
                case "date" -> issuedOn = date(line, header(line, key, rest).split("\\s+")[0]);
                case "source" -> source = header(line, key, rest);
                case "amended-by" -> amendments.add(value(line, key, rest));
                case "holiday" -> holiday(line, rest);
                case "workday" -> workday(line, rest);
                default -> throw at(line, "无法识别的关键字“" + key
                        + "”（应为 year、title、number、date、source、amended-by、holiday 或 workday）",
                        "unknown keyword '" + key
                        + "' (expected year, title, number, date, source, amended-by, holiday or workday)");
            }
        }

        private String header(int line, String key, String rest) {
            Integer first = headerLines.putIfAbsent(key, line);
            if (first != null) {
                throw at(line, key + " 重复出现（第一次在第 " + first + " 行）", "'" + key + "' is given twice (first on line "
                        + first + ")");
            }
            return value(line, key, rest);
        }

        private String value(int line, String key, String rest) {
            if (rest.isEmpty()) {
                throw at(line, key + " 后面缺少内容", "'" + key + "' has no value");
            }
            return rest;
        }

        private void holiday(int line, String rest) {
            String[] p = rest.split("\\s+");
            if (p.length < 2 || !DATE.matcher(p[1]).matches()) {
                throw at(line, "holiday 行应写首日和末日，例如“holiday 2018-02-15 2018-02-21 春节”",
                        "a 'holiday' line gives the first and the last day off, e.g. 'holiday 2018-02-15 2018-02-21 "
                        + "春节'");
            }
            LocalDate from = date(line, p[0]);
            LocalDate to = date(line, p[1]);
            if (to.isBefore(from)) {
                throw at(line, "放假末日 " + to + " 早于首日 " + from, "the last day off " + to + " is before the first "
                        + from);
            }
            if (to.toEpochDay() - from.toEpochDay() >= LONGEST_HOLIDAY_DAYS) {
                throw at(line, "放假 " + from + " 至 " + to + " 超过 " + LONGEST_HOLIDAY_DAYS + " 天，应是日期写错了",
                        "the holiday from " + from + " to " + to + " is longer than " + LONGEST_HOLIDAY_DAYS
                        + " days; a date is probably mistyped");
            }
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                add(holidayLines, d, line, "放假日", "day off");
            }
        }

        private void workday(int line, String rest) {
            if (rest.isEmpty()) {
                throw at(line, "workday 行应写调休上班的日期，例如“workday 2018-02-11 春节调休”",
                        "a 'workday' line gives the make-up working day, e.g. 'workday 2018-02-11 春节调休'");
            }
            LocalDate d = date(line, rest.split("\\s+")[0]);
            DayOfWeek dow = d.getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw at(line, d + " 是" + WEEKDAY_ZH[dow.getValue() - 1] + "，本来就是工作日；调休上班日应在星期六或星期日",
                        d + " is a " + dow.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                                + ", a working day anyway; a make-up working day falls on a Saturday or Sunday");
            }
            add(workdayLines, d, line, "调休上班日", "make-up working day");
        }

        private void add(Map<LocalDate, Integer> lines, LocalDate d, int line, String whatZh, String whatEn) {
            Integer holidayLine = holidayLines.get(d);
            Integer workdayLine = workdayLines.get(d);
            Integer other = lines == holidayLines ? workdayLine : holidayLine;
            if (other != null) {
                throw at(line, d + " 在第 " + other + " 行是" + (lines == holidayLines ? "调休上班日" : "放假日") + "，这里又写成"
                        + whatZh,
                        d + " is a " + (lines == holidayLines ? "make-up working day" : "day off") + " on line "
                        + other + " and a " + whatEn + " here");
            }
            Integer first = lines.putIfAbsent(d, line);
            if (first != null) {
                throw at(line, d + " 已在第 " + first + " 行列出", d + " is already listed on line " + first);
            }
        }

        private int requireYear() {
            if (yearText == null) {
                throw whole("缺少 year 行（通知安排的年度）", "has no 'year' line (the year the notice arranges)");
            }
            if (!YEAR.matcher(yearText).matches()) {
                throw at(headerLines.get("year"), "年度“" + yearText + "”应为四位数字，例如 2027", "the year '" + yearText
                        + "' must be four digits, e.g. 2027");
            }
            return Integer.parseInt(yearText);
        }

        private void checkInYear(Map<LocalDate, Integer> lines, int year) {
            for (Map.Entry<LocalDate, Integer> e : lines.entrySet()) {
                LocalDate d = e.getKey();
                boolean previousDecember = d.getYear() == year - 1 && d.getMonthValue() == 12;
                if (d.getYear() != year && !previousDecember) {
                    throw at(e.getValue(), d + " 不在 " + year + " 年内（也不在其前一年的 12 月）",
                            d + " lies outside " + year + " (and outside the December before it)");
                }
            }
        }

        private LocalDate date(int line, String text) {
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    // falls through to the message below: the shape is right but the day does not exist
                }
            }
            throw at(line, "“" + text + "”不是有效日期（应为 YYYY-MM-DD，例如 2018-02-15）",
                    "'" + text + "' is not a valid date (expected YYYY-MM-DD, e.g. 2018-02-15)");
        }

        private HolidayNoticeException at(int line, String zh, String en) {
            return new HolidayNoticeException(origin + " 第 " + line + " 行：" + zh, origin + " line " + line + ": " + en);
        }

        private HolidayNoticeException whole(String zh, String en) {
            return new HolidayNoticeException(origin + "：" + zh, origin + ": " + en);
        }

        private static final String[] WEEKDAY_ZH = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};
    }
}
