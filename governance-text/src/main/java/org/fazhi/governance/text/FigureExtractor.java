package org.fazhi.governance.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigurePeriod;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureSection;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.figure.PeriodKind;

/**
 * 数字提取 / Finds the declared figures of a report in its text: every number that is a figure, its
 * value, unit, qualifier, notation, period and channel, the catalog concept its wording identifies
 * through the {@link FigureLexicon}, the relations the wording states, and where it is.
 *
 * <p>Relations from wording: 其中 / 包括 (the figures after it are parts of the total before it), 分别
 * (values assigned in order to the things listed before it), a rate next to a count of its area of work
 * (受理 130 件，满意率 97.56%: the count is the rate's base, or its numerator where the catalog says so),
 * 均 / 全部 (all of a stated count: an implied figure of the same value, or 100 % for a rate), 未发生 / 无
 * (an implied zero), and the totals a lexicon entry names as usual ({@code partOf}).
 *
 * <pre>{@code
 * TextExtraction found = FigureExtractor.standard().extract(ReportText.read(Path.of("report.md")));
 * found.classified();     // figures with a catalog concept
 * found.unclassified();   // figures whose wording the lexicon does not know, with their quotes
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class FigureExtractor {
    private static final Pattern TITLE_UNIT_YEAR = Pattern.compile("([\\p{IsHan}]{2,16}?(?:街道|乡|镇|街))(20\\d{2})年");
    private static final Pattern TITLE_YEAR_UNIT = Pattern.compile("(20\\d{2})年度?([\\p{IsHan}]{2,16}?(?:街道|乡|镇|街))(?:人民政府|办事处)?(?:法治|关于|年度)");
    private static final Pattern SIGNATURE = Pattern.compile("([\\p{IsHan}]{2,16}?(?:乡|镇))人民政府|([\\p{IsHan}]{2,16}?街道)(?:办事处|党工委)");
    private static final Pattern DATE = Pattern.compile("(20\\d{2})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    private static final Pattern AS_OF = Pattern.compile("截[至止](?:(20\\d{2})年)?(\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(\\d{1,2})日|底|末)?|截[至止](?:目前|当前|今日|现在|发稿|本报告)");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("今年以来|年初以来|本年度以来|本年以来");
    private static final Pattern CHANNEL = Pattern.compile("(?<![0-9])(12345|12315|12348|12388|12319|12369|8890|96\\d{3})(?![0-9])(?=[^0-9]{0,3}(?:热线|诉求|工单|平台|便民|政务|服务|来电|转办))"
            + "|(好差评|浙里办|赣服通|粤省事|闽政通|随申办|皖事通|渝快办|苏服办)");
    private static final Pattern HEADING = Pattern.compile("^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]{1,3}[章节部分])");
    private static final Pattern ZERO = Pattern.compile("未发生|未出现|未发现|没有发生|零发生|(?<=^|[，,；;。实现做到保持全年今年年内均])无(?![论法须需意])");
    private static final Pattern ALL = Pattern.compile("^(?:且|并且|并|而且)?(均|全部|全都|全员|一律)");
    private static final Pattern TOTAL_MARK = Pattern.compile("其中|包括");
    private static final String CLAUSE_STOPS = "，,、；;。：:（(）)\n！？!?";
    private static final String BEFORE_STOPS = "，,、；;。：:\n！？!?";
    private static final String[] CONJUNCTIONS = {"以及", "及", "和", "与", "并", "且"};
    private static final int AFTER_MAX = 24;
    private static final int BEFORE_MAX = 30;

    private final FigureCatalog catalog;
    private final List<Phrase> phrases;
    private final List<Phrase> byLength;
    private final List<Implied> implied;

    /** A phrase of the lexicon with its entry and concept. */
    private record Phrase(String text, FigureLexicon.Entry entry, FigureConcept concept) {}

    /** An implied-figure pattern of the lexicon. */
    private record Implied(FigureLexicon.Entry entry, FigureConcept concept) {}

    private static final class Standard {
        static final FigureExtractor INSTANCE = new FigureExtractor(FigureCatalog.standard(), FigureLexicon.standard());
    }

    private FigureExtractor(FigureCatalog catalog, FigureLexicon lexicon) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        lexicon.requireKnown(catalog);
        List<Phrase> ps = new ArrayList<>();
        List<Implied> is = new ArrayList<>();
        for (FigureLexicon.Entry e : lexicon.entries()) {
            FigureConcept c = catalog.require(e.concept());
            e.phrases().forEach(p -> ps.add(new Phrase(p, e, c)));
            if (e.pattern().isPresent()) {
                is.add(new Implied(e, c));
            }
        }
        this.phrases = List.copyOf(ps);
        ps.sort(Comparator.comparingInt((Phrase p) -> p.text().length()).reversed());
        this.byLength = List.copyOf(ps);
        this.implied = List.copyOf(is);
    }

    /** 标准提取器 / The extractor of the standard catalog and lexicon; shared. */
    public static FigureExtractor standard() {
        return Standard.INSTANCE;
    }

    /**
     * An extractor for a host's catalog and lexicon.
     *
     * @param catalog the catalog (e.g. {@code FigureCatalog.standard().extend(...)})
     * @param lexicon the lexicon (e.g. {@code FigureLexicon.standard().extend(...)})
     * @return the extractor
     * @throws IllegalArgumentException if the lexicon names a concept the catalog lacks, with suggestions
     */
    public static FigureExtractor of(FigureCatalog catalog, FigureLexicon lexicon) {
        return new FigureExtractor(catalog, lexicon);
    }

    /** 数字目录 / The catalog concepts are taken from. */
    public FigureCatalog catalog() {
        return catalog;
    }

    /**
     * Extracts the figures of a report.
     *
     * @param report the report text
     * @return the extraction: figures in text order, the unit, year and date the text gives
     */
    public TextExtraction extract(ReportText report) {
        return new Run(report).run();
    }

    /** One sentence of the compact text. */
    private record Sentence(int index, int start, int end, int paragraph, Optional<String> heading) {}

    /** A figure being built. */
    private static final class Draft {
        int start;
        int end;
        int quoteStart;
        int quoteEnd;
        BigDecimal value;
        FigureUnit unit;
        FigureQualifier qualifier = FigureQualifier.EXACT;
        FigureNotation notation;
        FigurePeriod period = FigurePeriod.REPORT_YEAR;
        Optional<String> channel = Optional.empty();
        FigureConcept concept;
        FigureLexicon.Entry entry;
        int sentence;
        int afterEnd;
        boolean explicit = true;
        int partOf = -1;
        int base = -1;
        int numerator = -1;
        String wording;
    }

    /** The extraction of one report: per-call state. */
    private final class Run {
        private final ReportText report;
        private final Compact compact;
        private final String s;
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<Draft> drafts = new ArrayList<>();
        private Optional<LocalDate> reportDate = Optional.empty();
        private OptionalInt year = OptionalInt.empty();
        private Optional<String> unit = Optional.empty();
        private String[] windows;
        private String[] texts;

        Run(ReportText report) {
            this.report = report;
            this.compact = Compact.of(report.text(), report.hardBreaks());
            this.s = compact.string();
        }

        TextExtraction run() {
            splitSentences();
            windows = new String[sentences.size()];
            texts = new String[sentences.size()];
            findUnitYearDate();
            for (int k = 0; k < sentences.size(); k++) {
                Sentence sen = sentences.get(k);
                List<Draft> here = new ArrayList<>();
                int prevEnd = sen.start();
                for (NumberScanner.Token t : NumberScanner.scan(s, sen.start(), sen.end())) {
                    here.addAll(fromToken(t, k, sen, prevEnd));
                    prevEnd = t.end;
                }
                here.addAll(impliedIn(k, sen, here));
                here.sort(Comparator.comparingInt(d -> d.start));
                int first = drafts.size();
                drafts.addAll(here);
                relate(k, sen, first);
            }
            return build();
        }

        private void splitSentences() {
            int start = 0;
            int paragraph = 0;
            Optional<String> heading = Optional.empty();
            for (int i = 0; i <= s.length(); i++) {
                char c = i < s.length() ? s.charAt(i) : '\n';
                if ("。！？；!?;\n".indexOf(c) >= 0) {
                    if (i > start) {
                        String text = s.substring(start, i);
                        boolean isHeading = i - start <= 40 && (HEADING.matcher(text).find() || isMarkdownHeading(start))
                                && (c == '\n' || i - start <= 20);
                        if (isHeading) {
                            heading = Optional.of(text);
                        }
                        sentences.add(new Sentence(sentences.size(), start, i, paragraph, heading));
                    }
                    if (c == '\n') {
                        paragraph++;
                    }
                    start = i + 1;
                }
            }
        }

        private boolean isMarkdownHeading(int compactStart) {
            String text = report.text();
            int o = compact.origin(compactStart);
            int lineStart = text.lastIndexOf('\n', o) + 1;
            return text.startsWith("#", lineStart);
        }

        private void findUnitYearDate() {
            String head = s.substring(0, Math.min(s.length(), 400));
            Matcher m = TITLE_UNIT_YEAR.matcher(head);
            if (m.find()) {
                unit = Optional.of(trimCounty(m.group(1)));
                year = OptionalInt.of(Integer.parseInt(m.group(2)));
            } else if ((m = TITLE_YEAR_UNIT.matcher(head)).find()) {
                unit = Optional.of(trimCounty(m.group(2)));
                year = OptionalInt.of(Integer.parseInt(m.group(1)));
            }
            String tail = s.substring(Math.max(0, s.length() - 300));
            Matcher d = DATE.matcher(tail);
            while (d.find()) {
                try {
                    reportDate = Optional.of(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))));
                } catch (java.time.DateTimeException e) {
                    reportDate = Optional.empty();
                }
            }
            if (unit.isEmpty()) {
                Matcher sig = SIGNATURE.matcher(tail);
                while (sig.find()) {
                    unit = Optional.of(trimCounty(sig.group(1) != null ? sig.group(1) : sig.group(2)));
                }
            }
            if (year.isEmpty() && reportDate.isPresent()) {
                year = OptionalInt.of(reportDate.get().getYear());
            }
            if (year.isEmpty()) {
                Matcher y = YEAR.matcher(head);
                if (y.find()) {
                    year = OptionalInt.of(Integer.parseInt(y.group(1)));
                }
            }
        }

        private String trimCounty(String name) {
            int cut = Math.max(Math.max(name.lastIndexOf('县'), name.lastIndexOf('区')), Math.max(name.lastIndexOf('市'), name.lastIndexOf('省')));
            String rest = cut >= 0 ? name.substring(cut + 1) : name;
            return rest.length() >= 2 ? rest : name;
        }

        // ---------------------------------------------------------------- figures from numbers

        private List<Draft> fromToken(NumberScanner.Token t, int k, Sentence sen, int prevEnd) {
            Draft d = new Draft();
            d.start = t.start;
            d.end = t.end;
            d.value = t.value;
            d.unit = t.unit;
            d.qualifier = t.qualifier;
            d.notation = t.notation;
            d.sentence = k;
            int beforeStart = beforeStart(sen, t.start, prevEnd);
            int afterEnd = afterEnd(sen, t.end);
            d.afterEnd = afterEnd;
            d.quoteStart = beforeStart;
            d.quoteEnd = Math.max(afterEnd, t.end);
            if (d.unit == FigureUnit.COUNT && "次".equals(t.measure)) {
                String before = s.substring(sen.start(), t.start);
                if (before.matches(".*(每周|一周|周均|每星期|每一周).*")) {
                    d.unit = FigureUnit.PER_WEEK;
                } else if (before.matches(".*(每月|月均|每个月).*")) {
                    d.unit = FigureUnit.PER_MONTH;
                }
            }
            d.period = periodAt(sen, t.start, beforeStart);
            List<Draft> out = new ArrayList<>();
            if (t.figures == 2) {
                return doubleHundred(d, sen, beforeStart);
            }
            Match best = classify(sen, d.unit, beforeStart, t.start, t.end, afterEnd);
            out.add(d);
            if (best != null) {
                assign(d, best);
                if (best.after && best.concept.section() == FigureSection.UNIT_PROFILE) {
                    Match more = bestIn(sen, d.unit, best.at + best.phrase.length(), afterEnd, true, best.concept);
                    if (more != null && more.concept.section() != FigureSection.UNIT_PROFILE) {
                        Draft also = copy(d);
                        assign(also, more);
                        out.add(also);
                    }
                }
            }
            if (best == null && t.notation == FigureNotation.WORDS && t.value.compareTo(BigDecimal.ONE) == 0) {
                return List.of(); // 一个、一项 in prose ("创造一个良好的环境") state no figure unless the wording names one
            }
            channelFor(out, sen);
            return out;
        }

        private List<Draft> doubleHundred(Draft d, Sentence sen, int beforeStart) {
            int clauseStart = sen.start();
            for (int i = d.start - 1; i >= sen.start(); i--) {
                if ("，,；;：:".indexOf(s.charAt(i)) >= 0) {
                    clauseStart = i + 1;
                    break;
                }
            }
            List<Draft> out = new ArrayList<>();
            List<int[]> items = new ArrayList<>();
            int itemStart = clauseStart;
            for (int i = clauseStart; i <= d.start; i++) {
                if (i == d.start || "、和与及".indexOf(s.charAt(i)) >= 0) {
                    if (i > itemStart) {
                        items.add(new int[] {itemStart, i});
                    }
                    itemStart = i + 1;
                }
            }
            for (int n = 0; n < 2; n++) {
                Draft x = copy(d);
                x.quoteStart = clauseStart;
                int itemIndex = items.size() - 2 + n;
                if (itemIndex >= 0) {
                    int[] item = items.get(itemIndex);
                    Match m = bestIn(sen, FigureUnit.PERCENT, item[0], item[1], false, null);
                    if (m != null) {
                        assign(x, m);
                    }
                }
                out.add(x);
            }
            return out;
        }

        private Draft copy(Draft d) {
            Draft x = new Draft();
            x.start = d.start;
            x.end = d.end;
            x.quoteStart = d.quoteStart;
            x.quoteEnd = d.quoteEnd;
            x.value = d.value;
            x.unit = d.unit;
            x.qualifier = d.qualifier;
            x.notation = d.notation;
            x.period = d.period;
            x.channel = d.channel;
            x.sentence = d.sentence;
            x.afterEnd = d.afterEnd;
            x.explicit = d.explicit;
            return x;
        }

        private void assign(Draft d, Match m) {
            d.concept = m.concept;
            d.entry = m.entry;
        }

        private void channelFor(List<Draft> ds, Sentence sen) {
            Optional<String> channel = channelIn(sen);
            for (Draft d : ds) {
                if (d.concept != null && d.concept.section() == FigureSection.HOTLINE) {
                    d.channel = channel;
                }
            }
        }

        private Optional<String> channelIn(Sentence sen) {
            Matcher m = CHANNEL.matcher(s).region(sen.start(), sen.end());
            if (m.find()) {
                return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
            }
            return Optional.empty();
        }

        /** Where the words before a number start: after the last clause mark, conjunction or earlier figure. */
        private int beforeStart(Sentence sen, int at, int prevEnd) {
            int lo = Math.max(Math.max(sen.start(), prevEnd), at - BEFORE_MAX);
            int b = lo;
            for (int i = at - 1; i >= lo; i--) {
                if (BEFORE_STOPS.indexOf(s.charAt(i)) >= 0 || (s.charAt(i) == '及' && (i + 1 >= at || s.charAt(i + 1) != '时'))) {
                    b = i + 1;
                    break;
                }
            }
            for (String c : CONJUNCTIONS) {
                if (s.startsWith(c, b) && b + c.length() < at) {
                    return b + c.length();
                }
            }
            return b;
        }

        /** Where the words after a number end: the next clause mark, conjunction, number, or 均/全部/其中. */
        private int afterEnd(Sentence sen, int from) {
            int hi = Math.min(sen.end(), from + AFTER_MAX);
            for (int i = from; i < hi; i++) {
                char c = s.charAt(i);
                if (CLAUSE_STOPS.indexOf(c) >= 0 || (c >= '0' && c <= '9')) {
                    return i;
                }
                for (String stop : new String[] {"以及", "及", "和", "与", "均", "全部", "全都", "全员", "其中", "分别"}) {
                    if (s.startsWith(stop, i) && !s.startsWith("及时", i)) {
                        return i;
                    }
                }
            }
            return hi;
        }

        private FigurePeriod periodAt(Sentence sen, int at, int clauseStart) {
            Matcher m = AS_OF.matcher(s).region(sen.start(), at);
            FigurePeriod found = null;
            while (m.find()) {
                found = asOf(m);
            }
            if (found != null) {
                return found;
            }
            if (s.substring(clauseStart, at).contains("累计")) {
                return FigurePeriod.builder().kind(PeriodKind.CUMULATIVE).build();
            }
            for (int k = sen.index(); k >= 0 && sentences.get(k).paragraph() == sen.paragraph(); k--) {
                Sentence x = sentences.get(k);
                Matcher y = YEAR_TO_DATE.matcher(s).region(x.start(), x == sen ? at : x.end());
                if (y.find()) {
                    return FigurePeriod.builder().kind(PeriodKind.YEAR_TO_DATE).build();
                }
            }
            return FigurePeriod.REPORT_YEAR;
        }

        private FigurePeriod asOf(Matcher m) {
            if (m.group(2) == null) {
                return reportDate.map(FigurePeriod::asOf).orElseGet(() -> FigurePeriod.builder().kind(PeriodKind.YEAR_TO_DATE).build());
            }
            String monthText = m.group(2);
            int month = Character.isDigit(monthText.charAt(0)) ? Integer.parseInt(monthText)
                    : (int) ChineseNumbers.parse(monthText).orElse(0);
            int y = m.group(1) != null ? Integer.parseInt(m.group(1)) : year.orElse(reportDate.map(LocalDate::getYear).orElse(0));
            if (month < 1 || month > 12 || y < 2000 || y > 2100) {
                return FigurePeriod.builder().kind(PeriodKind.YEAR_TO_DATE).build();
            }
            YearMonth ym = YearMonth.of(y, month);
            int day = m.group(3) != null ? Math.min(Integer.parseInt(m.group(3)), ym.lengthOfMonth()) : ym.lengthOfMonth();
            return FigurePeriod.asOf(ym.atDay(Math.max(1, day)));
        }

        // ---------------------------------------------------------------- classification

        private Match classify(Sentence sen, FigureUnit unit, int beforeStart, int numStart, int numEnd, int afterEnd) {
            Match after = bestIn(sen, unit, numEnd, afterEnd, true, null);
            Match before = bestIn(sen, unit, beforeStart, numStart, false, null);
            if (unit == FigureUnit.PERCENT) {
                return before != null ? before : after;
            }
            if (after != null && after.at - numEnd <= 1) {
                return after;
            }
            if (before != null && numStart - (before.at + before.phrase.length()) <= 3) {
                return before;
            }
            return after != null ? after : before;
        }

        /**
         * The best phrase in a range: after a number, the earliest then longest; before it, the closest
         * then longest. Only entries whose unit fits, whose context the sentence (or the one before) holds,
         * and whose excluded words it does not.
         */
        private Match bestIn(Sentence sen, FigureUnit unit, int from, int to, boolean after, FigureConcept other) {
            if (to <= from) {
                return null;
            }
            Match best = null;
            String seg = s.substring(from, to);
            for (Phrase p : phrases) {
                if (p.concept().equals(other) || !fits(p.concept(), unit)) {
                    continue;
                }
                int rel = after ? seg.indexOf(p.text()) : seg.lastIndexOf(p.text());
                if (rel < 0) {
                    continue;
                }
                int at = from + rel;
                if (!contextHolds(p.entry(), sen)) {
                    continue;
                }
                Match m = new Match(p.text(), p.entry(), p.concept(), at, after);
                if (best == null || m.betterThan(best, to)) {
                    best = m;
                }
            }
            return best;
        }

        private boolean fits(FigureConcept c, FigureUnit unit) {
            return unit == null || c.unit().isCompatibleWith(unit);
        }

        private boolean contextHolds(FigureLexicon.Entry e, Sentence sen) {
            if (e.context().isEmpty() && e.not().isEmpty()) {
                return true;
            }
            int k = sen.index();
            if (windows[k] == null) {
                int from = k > 0 && sentences.get(k - 1).paragraph() == sen.paragraph() ? sentences.get(k - 1).start() : sen.start();
                windows[k] = s.substring(from, sen.end());
                texts[k] = s.substring(sen.start(), sen.end());
            }
            String window = windows[k];
            for (String no : e.not()) {
                if (texts[k].contains(no)) {
                    return false;
                }
            }
            if (e.context().isEmpty()) {
                return true;
            }
            for (String c : e.context()) {
                if (window.contains(c)) {
                    return true;
                }
            }
            return false;
        }

        // ---------------------------------------------------------------- implied figures

        private List<Draft> impliedIn(int k, Sentence sen, List<Draft> explicit) {
            List<Draft> out = new ArrayList<>();
            for (Implied im : implied) {
                Matcher m = im.entry().pattern().get().matcher(s).region(sen.start(), sen.end());
                if (m.find() && contextHolds(im.entry(), sen) && explicit.stream().noneMatch(d -> im.concept().equals(d.concept))) {
                    Draft d = impliedDraft(k, sen, m.start(), m.end(), im.entry().value().get(), im.concept());
                    d.entry = im.entry();
                    d.wording = s.substring(m.start(), m.end());
                    out.add(d);
                }
            }
            Matcher z = ZERO.matcher(s).region(sen.start(), sen.end());
            z.useTransparentBounds(true);
            while (z.find()) {
                int regionEnd = z.end();
                while (regionEnd < sen.end() && "，,；;".indexOf(s.charAt(regionEnd)) < 0) {
                    regionEnd++;
                }
                List<FigureConcept> seen = new ArrayList<>();
                String region = s.substring(z.end(), regionEnd);
                boolean[] covered = new boolean[region.length()];
                for (Phrase p : byLength) {
                    if (!p.concept().unit().isWhole() || p.concept().isRate() || seen.contains(p.concept())) {
                        continue;
                    }
                    int rel = region.indexOf(p.text());
                    int at = z.end() + rel;
                    if (rel >= 0 && covered(covered, rel, p.text().length())) {
                        continue;
                    }
                    if (rel >= 0 && contextHolds(p.entry(), sen)
                            && explicit.stream().noneMatch(d -> p.concept().equals(d.concept))
                            && out.stream().noneMatch(d -> p.concept().equals(d.concept))) {
                        Draft d = impliedDraft(k, sen, z.start(), at + p.text().length(), BigDecimal.ZERO, p.concept());
                        d.entry = p.entry();
                        d.wording = z.group();
                        d.quoteEnd = regionEnd;
                        out.add(d);
                        seen.add(p.concept());
                        java.util.Arrays.fill(covered, rel, rel + p.text().length(), true);
                    }
                }
            }
            return out;
        }

        private boolean covered(boolean[] covered, int from, int length) {
            for (int i = from; i < from + length; i++) {
                if (covered[i]) {
                    return true;
                }
            }
            return false;
        }

        private Draft impliedDraft(int k, Sentence sen, int start, int end, BigDecimal value, FigureConcept concept) {
            Draft d = new Draft();
            d.start = start;
            d.end = end;
            d.quoteStart = beforeStart(sen, start, sen.start());
            d.quoteEnd = end;
            d.value = concept.isRate() && value.signum() > 0 ? BigDecimal.valueOf(100) : value;
            d.unit = concept.unit();
            d.notation = FigureNotation.IMPLIED;
            d.sentence = k;
            d.explicit = false;
            d.concept = concept;
            d.period = periodAt(sen, start, d.quoteStart);
            d.afterEnd = end;
            if (concept.section() == FigureSection.HOTLINE) {
                d.channel = channelIn(sen);
            }
            return d;
        }

        // ---------------------------------------------------------------- relations

        private void relate(int k, Sentence sen, int first) {
            allOf(k, sen, first);
            for (Matcher m = TOTAL_MARK.matcher(s).region(sen.start(), sen.end()); m.find();) {
                int mark = m.start();
                int total = lastCount(first, mark, k);
                if (total < 0 || !partFollows(first, m.end(), sen)) {
                    continue;
                }
                for (int i = first; i < drafts.size(); i++) {
                    Draft p = drafts.get(i);
                    if (p.start > mark && p.explicit && i != total && p.partOf < 0 && p.unit.isCompatibleWith(drafts.get(total).unit)
                            && !Objects.equals(p.concept, drafts.get(total).concept)) {
                        p.partOf = total;
                        p.wording = m.group();
                    }
                }
            }
            respectively(sen, first);
            for (int i = first; i < drafts.size(); i++) {
                Draft r = drafts.get(i);
                if (r.unit == FigureUnit.PERCENT && r.concept != null && r.explicit) {
                    rateOver(r, first, i);
                }
                if (r.concept != null && r.partOf < 0 && r.entry != null && !r.entry.partOf().isEmpty()) {
                    for (int j = i - 1; j >= first; j--) {
                        Draft t = drafts.get(j);
                        if (t.concept != null && r.entry.partOf().contains(t.concept.id())) {
                            r.partOf = j;
                            break;
                        }
                    }
                }
            }
        }

        /** Whether the first figure after a 其中 or 包括 is in the same clause (其中行政许可4项, not 包括南斗片区，…58 个). */
        private boolean partFollows(int first, int from, Sentence sen) {
            for (int i = first; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.explicit && d.start >= from) {
                    for (int j = from; j < d.start; j++) {
                        if ("，,；;。".indexOf(s.charAt(j)) >= 0) {
                            return false;
                        }
                    }
                    return true;
                }
            }
            return false;
        }

        /** The last explicit count before a position in this sentence, else the last of the sentence before. */
        private int lastCount(int first, int before, int k) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                boolean sameSentence = i >= first && d.start < before;
                boolean previousSentence = i < first && d.sentence == k - 1;
                if ((sameSentence || previousSentence) && d.explicit && d.concept != null && !d.concept.isRate() && d.unit.isWhole()) {
                    return i;
                }
                if (i < first && d.sentence < k - 1) {
                    break;
                }
            }
            return -1;
        }

        /** 均 / 全部: all of a stated count did what follows: an implied figure per concept named there. */
        private void allOf(int k, Sentence sen, int first) {
            int end = drafts.size();
            for (int i = first; i < end; i++) {
                Draft t = drafts.get(i);
                if (!t.explicit || t.unit == FigureUnit.PERCENT || !t.unit.isWhole()) {
                    continue;
                }
                int from = t.afterEnd;
                if (from < sen.end() && "，,".indexOf(s.charAt(from)) >= 0) {
                    from++;
                }
                Matcher m = ALL.matcher(s).region(from, sen.end());
                m.useAnchoringBounds(true);
                if (!m.lookingAt() || nextFigureBetween(first, i, from)) {
                    continue;
                }
                int predEnd = m.end();
                while (predEnd < sen.end() && "，,；;".indexOf(s.charAt(predEnd)) < 0) {
                    predEnd++;
                }
                List<FigureConcept> seen = new ArrayList<>();
                int pos = m.end();
                int total = i; // 均已审结并胜诉: those won are part of those decided, which are part of the count
                while (pos < predEnd) {
                    Match best = null;
                    String pred = s.substring(pos, predEnd);
                    for (Phrase p : phrases) {
                        if (p.concept().equals(t.concept) || seen.contains(p.concept())) {
                            continue;
                        }
                        int rel = pred.indexOf(p.text());
                        int at = pos + rel;
                        if (rel >= 0 && contextHolds(p.entry(), sen)
                                && (p.concept().isRate() || p.concept().unit().isCompatibleWith(t.unit))) {
                            Match mm = new Match(p.text(), p.entry(), p.concept(), at, true);
                            if (best == null || mm.betterThan(best, predEnd)) {
                                best = mm;
                            }
                        }
                    }
                    if (best == null) {
                        break;
                    }
                    Draft d = impliedDraft(k, sen, m.start(), best.at + best.phrase.length(), t.value, best.concept);
                    d.entry = best.entry;
                    d.qualifier = best.concept.isRate() ? FigureQualifier.EXACT : t.qualifier;
                    d.wording = m.group(1);
                    d.quoteStart = t.quoteStart;
                    if (t.concept != null) {
                        if (best.concept.isRate()) {
                            d.base = i;
                        } else {
                            d.partOf = total;
                        }
                    }
                    drafts.add(d);
                    if (!best.concept.isRate()) {
                        total = drafts.size() - 1;
                    }
                    seen.add(best.concept);
                    pos = best.at + best.phrase.length();
                }
            }
        }

        private boolean nextFigureBetween(int first, int i, int pos) {
            for (int j = first; j < drafts.size(); j++) {
                Draft d = drafts.get(j);
                if (j != i && d.explicit && d.start >= drafts.get(i).end && d.start < pos) {
                    return true;
                }
            }
            return false;
        }

        /** 分别: the figures after it take, in order, the concepts of the things listed before it. */
        private void respectively(Sentence sen, int first) {
            int rel = s.substring(sen.start(), sen.end()).indexOf("分别");
            if (rel < 0) {
                return;
            }
            int mark = sen.start() + rel;
            List<Integer> after = new ArrayList<>();
            for (int i = first; i < drafts.size(); i++) {
                if (drafts.get(i).explicit && drafts.get(i).start > mark) {
                    after.add(i);
                }
            }
            int clauseStart = sen.start();
            for (int i = mark - 1; i >= sen.start(); i--) {
                if ("，,；;：:".indexOf(s.charAt(i)) >= 0) {
                    clauseStart = i + 1;
                    break;
                }
            }
            List<Match> items = new ArrayList<>();
            int itemStart = clauseStart;
            for (int i = clauseStart; i <= mark; i++) {
                if (i == mark || "、和与及".indexOf(s.charAt(i)) >= 0) {
                    if (i > itemStart) {
                        Match m = bestIn(sen, null, itemStart, i, false, null);
                        items.add(m);
                    }
                    itemStart = i + 1;
                }
            }
            if (items.size() < 2 || items.size() != after.size()) {
                return;
            }
            int total = -1;
            for (int i = first; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.explicit && d.end <= clauseStart && d.concept != null && !d.concept.isRate()) {
                    total = i;
                }
            }
            for (int n = 0; n < items.size(); n++) {
                Draft d = drafts.get(after.get(n));
                Match m = items.get(n);
                if (m != null && fits(m.concept, d.unit)) {
                    assign(d, m);
                }
                d.wording = "分别";
                if (total >= 0 && d.unit.isCompatibleWith(drafts.get(total).unit)) {
                    d.partOf = total;
                }
            }
        }

        /** A rate next to a count of its area of work: the count is its numerator (if the catalog says so) or its base. */
        private void rateOver(Draft r, int first, int i) {
            if (r.entry != null && !r.entry.base().isEmpty()) {
                for (int j = i - 1; j >= first; j--) {
                    Draft c = drafts.get(j);
                    if (c.explicit && c.concept != null && r.entry.base().contains(c.concept.id())) {
                        r.base = j;
                        return;
                    }
                }
            }
            for (int j = i - 1; j >= first; j--) {
                Draft c = drafts.get(j);
                if (!c.explicit || c.concept == null || c.concept.isRate() || !c.unit.isWhole() || c.start >= r.start) {
                    continue;
                }
                boolean named = r.concept.numerator().filter(c.concept.id()::equals).isPresent() || r.concept.base().filter(c.concept.id()::equals).isPresent();
                if (!named && c.concept.section() != r.concept.section()) {
                    continue;
                }
                if (r.concept.numerator().filter(c.concept.id()::equals).isPresent()) {
                    if (r.numerator < 0) {
                        r.numerator = j;
                    }
                    continue;
                }
                if (r.base < 0) {
                    r.base = j;
                }
                break;
            }
        }

        // ---------------------------------------------------------------- result

        private TextExtraction build() {
            List<ExtractedFigure> out = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                Sentence sen = sentences.get(d.sentence);
                TextSpan span = locate(d.start, d.end);
                TextSpan sentence = locate(sen.start(), sen.end());
                String written = original(d.start, d.end);
                String quote = original(Math.min(d.quoteStart, d.start), Math.max(d.quoteEnd, d.end));
                String sentenceText = original(sen.start(), sen.end());
                int prefix = d.start > sen.start() ? original(sen.start(), d.start).length() : 0;
                int in = sentenceText.indexOf(written, Math.max(0, prefix - 2));
                out.add(new ExtractedFigure(i, d.value, d.unit, d.qualifier, d.notation, d.period, d.channel, Optional.ofNullable(d.concept),
                        written, quote, sen.heading(), span, sentence, sentenceText, in < 0 ? Math.min(prefix, sentenceText.length()) : in,
                        index(d.partOf), index(d.base), index(d.numerator),
                        Optional.ofNullable(d.wording)));
            }
            return new TextExtraction(report, out, unit, year, reportDate);
        }

        private OptionalInt index(int i) {
            return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
        }

        private TextSpan locate(int start, int end) {
            int a = compact.origin(start);
            int b = compact.originEnd(end);
            return report.locate(a, Math.max(a, b));
        }

        private String original(int start, int end) {
            int a = compact.origin(start);
            int b = compact.originEnd(end);
            String raw = report.text().substring(a, Math.max(a, b));
            return raw.replaceAll("[\\s\\u3000]+", " ").replace("**", "").strip();
        }
    }

    /** A phrase found near a number. */
    private static final class Match {
        final String phrase;
        final FigureLexicon.Entry entry;
        final FigureConcept concept;
        final int at;
        final boolean after;

        Match(String phrase, FigureLexicon.Entry entry, FigureConcept concept, int at, boolean after) {
            this.phrase = phrase;
            this.entry = entry;
            this.concept = concept;
            this.at = at;
            this.after = after;
        }

        /** After a number: earlier, then longer; before it: ending closer to the number, then longer; then with context. */
        boolean betterThan(Match o, int to) {
            if (after) {
                if (at != o.at) {
                    return at < o.at;
                }
            } else {
                int gap = to - (at + phrase.length());
                int otherGap = to - (o.at + o.phrase.length());
                if (gap != otherGap) {
                    return gap < otherGap;
                }
            }
            if (phrase.length() != o.phrase.length()) {
                return phrase.length() > o.phrase.length();
            }
            return !entry.context().isEmpty() && o.entry.context().isEmpty();
        }
    }
}
