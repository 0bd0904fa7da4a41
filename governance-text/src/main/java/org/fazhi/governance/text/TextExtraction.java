package org.fazhi.governance.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;

/**
 * 提取结果 / What a report's text declares: every figure found, in text order, with the unit, year and
 * date the text gives, and the record those figures make.
 *
 * <p>{@link #toRecord()} turns the classified figures into the declared figures of a {@link RuleOfLawRecord}
 * (with their relations), so that the declared-figure audit runs on them; unclassified figures stay here
 * with their quotes. A figure the record cannot hold (the same concept and context stated again, a rate
 * over 100 %) stays out of it and is listed by {@link #notInRecord()} with the reason. Immutable.
 */
public final class TextExtraction {
    private final ReportText report;
    private final List<ExtractedFigure> figures;
    private final Optional<String> unitName;
    private final OptionalInt year;
    private final Optional<LocalDate> reportDate;

    TextExtraction(ReportText report, List<ExtractedFigure> figures, Optional<String> unitName, OptionalInt year, Optional<LocalDate> reportDate) {
        this.report = Objects.requireNonNull(report, "report");
        this.figures = List.copyOf(figures);
        this.unitName = unitName;
        this.year = year;
        this.reportDate = reportDate;
    }

    /** 原文 / The report read. */
    public ReportText report() {
        return report;
    }

    /** 全部数字 / Every figure found, in text order. */
    public List<ExtractedFigure> figures() {
        return figures;
    }

    /** 已归类 / The figures whose wording identified a catalog concept. */
    public List<ExtractedFigure> classified() {
        return figures.stream().filter(ExtractedFigure::classified).collect(Collectors.toUnmodifiableList());
    }

    /** 未归类 / The figures the lexicon could not place, with their quotes. */
    public List<ExtractedFigure> unclassified() {
        return figures.stream().filter(f -> !f.classified()).collect(Collectors.toUnmodifiableList());
    }

    /** 单位名称 / The unit the title or signature names (e.g. 国宝乡), if found. */
    public Optional<String> unitName() {
        return unitName;
    }

    /** 年度 / The report year the title gives (else the signing date's), if found. */
    public OptionalInt year() {
        return year;
    }

    /** 落款日期 / The date the report is signed, from its last lines, if found. */
    public Optional<LocalDate> reportDate() {
        return reportDate;
    }

    /**
     * 层级 / The unit's level from its name: 乡 township, 镇 town, 街道 subdistrict.
     *
     * @param name a unit name
     * @return the level; a township when the name does not say
     */
    static UnitLevel levelOf(String name) {
        if (name.endsWith("镇")) {
            return UnitLevel.TOWN;
        }
        if (name.endsWith("街道") || name.endsWith("街") || name.endsWith("办事处")) {
            return UnitLevel.SUBDISTRICT;
        }
        return UnitLevel.TOWNSHIP;
    }

    /**
     * The record of the classified figures, for the unit and year the text gives.
     *
     * @return the record
     * @throws IllegalStateException if the text names no unit or year, naming the file, in English and Chinese
     */
    public RuleOfLawRecord toRecord() {
        String name = unitName.orElseThrow(() -> new IllegalStateException(report.name() + ": the text names no township, town or subdistrict; give it"
                + " / " + report.name() + "：原文未写明乡镇（街道）名称，请指定"));
        if (year.isEmpty()) {
            throw new IllegalStateException(report.name() + ": the text gives no report year; give it / " + report.name() + "：原文未写明报告年度，请指定");
        }
        return toRecord(name, year.getAsInt());
    }

    /**
     * The record of the classified figures for a given unit and year.
     *
     * @param unit the unit's name, e.g. 国宝乡
     * @param reportYear the report year
     * @return the record; {@link #recordIndex} maps its declared figures back here
     */
    public RuleOfLawRecord toRecord(String unit, int reportYear) {
        return assemble(unit, reportYear).record;
    }

    /**
     * For each declared figure of {@link #toRecord()} (by its index there), the extracted figure it came from.
     *
     * @param record a record made by {@link #toRecord(String, int)} of this extraction
     * @return the figures, in the record's order
     */
    public List<ExtractedFigure> recordFigures(RuleOfLawRecord record) {
        Assembly a = assemble(record.unit().name(), record.year());
        return a.sources.stream().map(figures::get).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The classified figures the record leaves out, each with the reason in English and Chinese.
     *
     * @return figure → reason, in text order
     */
    public Map<ExtractedFigure, String> notInRecord() {
        Assembly a = assemble(unitName.orElse(report.name()), year.orElse(2000));
        Map<ExtractedFigure, String> out = new java.util.LinkedHashMap<>();
        a.left.forEach((i, why) -> out.put(figures.get(i), why));
        return out;
    }

    /**
     * The index in the record of an extracted figure.
     *
     * @param record a record made from this extraction
     * @param figure an extracted figure
     * @return its index among the record's declared figures, or empty if it is not there
     */
    public OptionalInt recordIndex(RuleOfLawRecord record, ExtractedFigure figure) {
        List<Integer> sources = assemble(record.unit().name(), record.year()).sources;
        int i = sources.indexOf(figure.index());
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    private static final class Assembly {
        RuleOfLawRecord record;
        final List<Integer> sources = new ArrayList<>();
        final Map<Integer, String> left = new java.util.LinkedHashMap<>();
    }

    private Assembly cached;

    private synchronized Assembly assemble(String unit, int reportYear) {
        if (cached != null && cached.record.unit().name().equals(unit) && cached.record.year() == reportYear) {
            return cached;
        }
        Assembly a = new Assembly();
        List<DeclaredFigure> declared = new ArrayList<>();
        Map<Integer, Integer> toRecord = new HashMap<>();
        Map<List<Object>, Integer> contexts = new HashMap<>();
        for (ExtractedFigure f : figures) {
            if (f.concept().isEmpty()) {
                continue;
            }
            List<Object> context = List.of(f.concept().get().id(), f.period(), f.channel(), Optional.empty());
            Integer first = contexts.get(context);
            if (first != null) {
                a.left.put(f.index(), "states " + f.key() + " again (first at " + figures.get(a.sources.get(first)).span().lineColumn()
                        + ") / 再次声明 " + f.key() + "（首次在 " + figures.get(a.sources.get(first)).span().lineColumn() + "）");
                continue;
            }
            Optional<String> problem = problem(f);
            if (problem.isPresent()) {
                a.left.put(f.index(), problem.get());
                continue;
            }
            DeclaredFigure d = declared(f, null);
            contexts.put(context, declared.size());
            toRecord.put(f.index(), declared.size());
            a.sources.add(f.index());
            declared.add(d);
        }
        // relations, only to figures the record holds and finds again (same context, or the only one of its concept)
        List<DeclaredFigure> plain = List.copyOf(declared);
        for (int i = 0; i < declared.size(); i++) {
            ExtractedFigure f = figures.get(a.sources.get(i));
            DeclaredFigure from = plain.get(i);
            declared.set(i, declared(f, (ExtractedFigure other) -> toRecord.containsKey(other.index()) && !other.concept().equals(f.concept())
                    && findable(plain, from, plain.get(toRecord.get(other.index())))));
        }
        GovernmentUnit gu = GovernmentUnit.builder().name(unit).level(levelOf(unit)).build();
        a.record = RuleOfLawRecord.builder().unit(gu).year(reportYear).source(report.name()).declaredFigures(declared).build();
        cached = a;
        return a;
    }

    /**
     * Why a record cannot hold a figure (the invariants of {@link DeclaredFigure}, checked here directly
     * rather than by Bean Validation figure by figure, which would dominate the audit's time).
     */
    static Optional<String> problem(ExtractedFigure f) {
        BigDecimal v = f.value();
        if (f.unit() == org.fazhi.governance.model.figure.FigureUnit.PERCENT && v.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.of("a percentage over 100 (" + v.toPlainString() + "%) / 百分比超过 100（" + v.toPlainString() + "%）");
        }
        if (v.scale() > DeclaredFigure.MAX_DECIMALS || v.compareTo(DeclaredFigure.MAX_VALUE) > 0) {
            return Optional.of("out of range: " + v.toPlainString() + " / 数值超出范围：" + v.toPlainString());
        }
        if (f.unit().isWhole() && v.stripTrailingZeros().scale() > 0) {
            return Optional.of("a count that is not whole: " + v.toPlainString() + " / 数量不是整数：" + v.toPlainString());
        }
        if (!f.unit().isCompatibleWith(f.concept().get().unit())) {
            return Optional.of("unit " + f.unit().en() + " does not fit " + f.key() + " / 单位" + f.unit().zh() + "与 " + f.key() + " 不符");
        }
        return Optional.empty();
    }

    private static boolean findable(List<DeclaredFigure> all, DeclaredFigure from, DeclaredFigure target) {
        if (target.sameContextAs(from)) {
            return true;
        }
        long same = all.stream().filter(x -> x.concept().id().equals(target.concept().id())).count();
        boolean anySameContext = all.stream().anyMatch(x -> x.concept().id().equals(target.concept().id()) && x.sameContextAs(from));
        return same == 1 && !anySameContext;
    }

    private DeclaredFigure declared(ExtractedFigure f, java.util.function.Predicate<ExtractedFigure> keep) {
        DeclaredFigure.Builder b = DeclaredFigure.builder();
        b.concept(f.concept().get()).value(normalized(f)).unit(f.unit()).qualifier(f.qualifier()).notation(f.notation()).period(f.period())
                .quote(f.quote().length() > 2000 ? f.quote().substring(0, 2000) : f.quote());
        f.channel().ifPresent(b::channel);
        f.heading().filter(h -> h.length() <= 200).ifPresent(b::heading);
        if (keep != null) {
            related(f.partOf(), keep).ifPresent(b::partOf);
            if (f.unit() == org.fazhi.governance.model.figure.FigureUnit.PERCENT) {
                related(f.base(), keep).ifPresent(b::base);
                related(f.numerator(), keep).ifPresent(b::numerator);
            }
        }
        return b.build();
    }

    private Optional<FigureConcept> related(OptionalInt index, java.util.function.Predicate<ExtractedFigure> keep) {
        if (index.isEmpty()) {
            return Optional.empty();
        }
        ExtractedFigure other = figures.get(index.getAsInt());
        return keep.test(other) ? other.concept() : Optional.empty();
    }

    private static BigDecimal normalized(ExtractedFigure f) {
        return f.value();
    }

    @Override
    public String toString() {
        return "TextExtraction[" + report.name() + ": " + figures.size() + " figures, " + classified().size() + " classified]";
    }
}
