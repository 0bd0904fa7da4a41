package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigurePeriod;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;

/**
 * FIG: the audit of the figures a report declares (XBRL's calculation check). It runs over every
 * relation a record holds, not a fixed list: the catalog's (a total that is the sum of named parts, a
 * rate over a numerator and a base) and the record's own (a figure that is part of a total, 其中 …; a
 * rate over a stated count), each decided at the precision the figure was written with.
 */
final class FigureRules {
    /** 统计法第七条：统计资料真实、准确、完整 / Statistics Law Art. 7, which the FIG rules on written figures rest on. */
    private static final LegalCitation STATISTICS_ACCURACY = LegalSources.STATISTICS_LAW.cite(
            "第七条（统计资料真实、准确、完整）", "Art. 7 (true, accurate, complete statistics)", Confidence.C);

    private FigureRules() {}

    /**
     * A qualifier written next to a number: before it (约, 近, 超, 逾 …) or right after it (余, 多), or
     * after its unit word (以上, 左右, 以下, 以内). Words elsewhere in the quote (村规民约, 多元化解,
     * 百万元以上合同) are not the number's own.
     */
    private static final String BEFORE = "(将近|接近|约|近|超过|超|逾|不超过|不到|多达)?";
    private static final String AFTER = "(余|多)?\\s*(?:[\\p{IsHan}]{0,3}?(以上|左右|以下|以内))?";

    static List<Rule> all() {
        return List.of(percentDenominator(), partTotal(), approximate(), zeroBase(), unsupportedRate(), reconcile());
    }

    static SubjectRef subject(DeclaredFigure f) {
        FigurePeriod p = f.period();
        String period = p.equals(FigurePeriod.REPORT_YEAR) ? ""
                : "~" + p.kind() + p.from().map(d -> ":" + d).orElse("") + p.to().map(d -> ":" + d).orElse("");
        return SubjectRef.of(DeclaredFigure.class, f.concept().id() + f.channel().map(c -> "@" + c).orElse("")
                + f.scope().map(s -> "#" + s).orElse("") + period);
    }

    private static String at(int index) {
        return "/declaredFigures/" + index;
    }

    /** The base a rate is over: the one the record names, else the catalog's, in the same context. */
    private static Optional<DeclaredFigure> baseOf(RuleOfLawRecord r, DeclaredFigure rate) {
        return rate.base().map(FigureConcept::id).or(() -> rate.concept().base()).flatMap(id -> r.related(rate, id));
    }

    private static Optional<DeclaredFigure> numeratorOf(RuleOfLawRecord r, DeclaredFigure rate) {
        return rate.numerator().map(FigureConcept::id).or(() -> rate.concept().numerator()).flatMap(id ->
                r.related(rate, id));
    }

    private static boolean exactWholeCount(DeclaredFigure f) {
        return f.unit().isWhole() && !f.approximate();
    }

    /** A qualifier's meaning without the words that express it: 不少于, not 不少于（余、多、超、以上）. */
    private static String meaning(FigureQualifier q) {
        return q.zh().replaceFirst("（.*$", "");
    }

    /**
     * 声明的百分比须能由整数件数得到 / A declared rate must be a whole count over its base (《中华人民共和国统计法》第七条（统计资料真实、准确、完整） /
     * Statistics Law of the PRC, Art. 7 (true, accurate, complete statistics)).
     */
    static Rule percentDenominator() {
        RuleDescriptor d = RuleTexts.describe("FIG-PERCENT-DENOMINATOR", RuleGroup.DECLARED_FIGURES, Severity.WARNING,
                STATISTICS_ACCURACY);
        return Rule.of(d, (r, ctx, out) -> {
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure rate = r.declaredFigures().get(i);
                Optional<DeclaredFigure> base = baseOf(r, rate);
                if (rate.unit() != FigureUnit.PERCENT || rate.approximate() || base.isEmpty() || !base.get().unit()
                        .isWhole()
                        || base.get().value().signum() == 0) {
                    continue;
                }
                any = true;
                BigDecimal percent = rate.value();
                long n = base.get().value().longValueExact();
                Optional<DeclaredFigure> numerator = numeratorOf(r, rate).filter(FigureRules::exactWholeCount);
                if (base.get().approximate()) {
                    out.pass(at(i), subject(rate), Evidence.of("rate", percent.toPlainString() + "%").and("base", n)
                            .and("numerator", "approximate base"));
                } else if (!PercentAudit.fits(percent, n)) {
                    String near = PercentAudit.nearest(percent, n).stream().map(x -> x.numerator() + "/"
                            + x.denominator() + " = " + x.format())
                            .collect(Collectors.joining(", "));
                    List<Long> fits = PercentAudit.fittingDenominators(percent, n);
                    String fitsText = fits.isEmpty() ? "（无）" : fits.stream().map(String::valueOf)
                            .collect(Collectors.joining(", "));
                    String fitsEn = fits.isEmpty() ? "(none)" : fitsText;
                    out.fail(at(i), subject(rate), Evidence.of("rateQuote", rate.quote())
                            .and("percent", percent.toPlainString()).and("count", n).and("near", near)
                            .and("problem", Wording.of(percent.toPlainString() + "% 不可能是 " + n + " 中的整数占比（" + near
                            + "）；不超过 " + n + " 且能得到 "
                                    + percent.toPlainString() + "% 的分母只有 " + fitsText + "，因此该比率不是以“" + base.get()
                                    .quote() + "”为分母计算的", percent.toPlainString()
                                    + "% cannot be a whole number out of " + n + " (" + near
                                    + "); the denominators up to "
                                    + n + " that give " + percent.toPlainString() + "% are " + fitsEn
                                    + ", so the rate is not over the " + n + " of '"
                                    + base.get().quote() + "'")));
                } else if (numerator.isPresent() && !agreesAtPrecision(numerator.get().value().longValueExact(), n,
                        percent)) {
                    long k = numerator.get().value().longValueExact();
                    String actual = k <= n ? org.fazhi.governance.rules.Ratio.of(k, n).format() : "> 100%";
                    out.fail(at(i), subject(rate), Evidence.of("rateQuote", rate.quote())
                            .and("percent", percent.toPlainString()).and("count", n)
                            .and("problem", Problem.PERCENT_DISAGREES_WITH_NUMERATOR)
                            .and("numeratorQuote", numerator.get().quote()).and("baseQuote", base.get().quote())
                            .and("numerator", k).and("actual", actual));
                } else {
                    out.pass(at(i), subject(rate), Evidence.of("rate", percent.toPlainString() + "%").and("base", n)
                            .and("numerator",
                            numerator.map(x -> x.value().toPlainString())
                            .orElse(String.valueOf(PercentAudit.numeratorFor(percent, n).getAsLong()))));
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    private static boolean agreesAtPrecision(long k, long n, BigDecimal percent) {
        if (k > n) {
            return false;
        }
        BigDecimal exact = BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(n), 12,
                java.math.RoundingMode.HALF_UP);
        return exact.setScale(Math.max(0, percent.scale()), java.math.RoundingMode.HALF_UP).compareTo(percent) == 0;
    }

    /**
     * 声明的各部分之和不得大于总数，全部列出时须等于总数 / Declared parts add up to no more than their total, and to it when all are given
     * (《中华人民共和国统计法》第七条（统计资料真实、准确、完整） / Statistics Law of the PRC, Art. 7 (true, accurate, complete statistics)).
     */
    static Rule partTotal() {
        RuleDescriptor d = RuleTexts.describe("FIG-PART-TOTAL", RuleGroup.DECLARED_FIGURES, Severity.WARNING,
                STATISTICS_ACCURACY);
        return Rule.of(d, (r, ctx, out) -> {
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure total = r.declaredFigures().get(i);
                List<DeclaredFigure> parts = partsOf(r, total);
                if (parts.isEmpty()) {
                    continue;
                }
                any = true;
                BigDecimal sum = parts.stream().map(p -> p.unit().inBaseUnit(p.value())).reduce(BigDecimal.ZERO,
                        BigDecimal::add);
                BigDecimal t = total.unit().inBaseUnit(total.value());
                boolean partsExact = parts.stream().noneMatch(DeclaredFigure::approximate);
                boolean partsLowerBounds = parts.stream().allMatch(p -> p.qualifier() == FigureQualifier.EXACT
                        || p.qualifier() == FigureQualifier.AT_LEAST);
                boolean totalUpperBound = total.qualifier() == FigureQualifier.EXACT
                        || total.qualifier() == FigureQualifier.AT_MOST;
                boolean complete = !total.concept().sumOf().isEmpty()
                        && total.concept().sumOf().stream().allMatch(id -> parts.stream().anyMatch(p -> p.concept()
                        .id().equals(id)));
                String listed = parts.stream().map(p -> "“" + p.quote() + "”").distinct()
                        .collect(Collectors.joining("、"));
                String listedEn = parts.stream().map(p -> "'" + p.quote() + "'").distinct()
                        .collect(Collectors.joining(", "));
                if (partsLowerBounds && totalUpperBound && sum.compareTo(t) > 0) {
                    out.fail(at(i), subject(total), Evidence.of("totalQuote", total.quote())
                            .and("total", t.toPlainString()).and("sum", sum.toPlainString())
                            .and("problem", Wording.of("小于其组成部分 " + listed + " 之和 " + sum.toPlainString(),
                            "is less than its parts " + listedEn + ", which add up to " + sum.toPlainString())));
                } else if (complete && partsExact && total.qualifier() == FigureQualifier.EXACT
                        && sum.compareTo(t) != 0) {
                    out.fail(at(i), subject(total), Evidence.of("totalQuote", total.quote())
                            .and("total", t.toPlainString()).and("sum", sum.toPlainString())
                            .and("problem", Wording.of("不等于其全部组成部分 " + listed + " 之和 " + sum.toPlainString(),
                            "is not the sum " + sum.toPlainString() + " of all its parts " + listedEn)));
                } else {
                    out.pass(at(i), subject(total), Evidence.of("total", t.toPlainString())
                            .and("sum", sum.toPlainString()).and("parts", parts.size()).and("complete", complete));
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    /**
     * The declared parts of a total: the catalog's named parts in its context, and the figures that say they are part
     * of it.
     */
    static List<DeclaredFigure> partsOf(RuleOfLawRecord r, DeclaredFigure total) {
        Set<DeclaredFigure> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        List<DeclaredFigure> ordered = new ArrayList<>();
        for (DeclaredFigure f : r.declaredFigures()) {
            if (f == total) {
                continue;
            }
            boolean catalogPart = total.concept().sumOf().contains(f.concept().id()) && f.sameContextAs(total);
            boolean statedPart = f.partOf().isPresent() && f.partOf().get().id().equals(total.concept().id())
                    && r.related(f, f.partOf().get()).filter(t -> t == total).isPresent();
            if ((catalogPart || statedPart) && parts.add(f)) {
                ordered.add(f);
            }
        }
        return ordered;
    }

    /**
     * 约数与确数按原文记录 / Approximate and exact figures are recorded as written (《中华人民共和国统计法》第七条（统计资料真实、准确、完整） / Statistics
     * Law of the PRC, Art. 7 (true, accurate, complete statistics)).
     */
    static Rule approximate() {
        RuleDescriptor d = RuleTexts.describe("FIG-APPROXIMATE", RuleGroup.DECLARED_FIGURES, Severity.WARNING,
                STATISTICS_ACCURACY);
        return Rule.of(d, (r, ctx, out) -> {
            out.each("/declaredFigures", r.declaredFigures(), f -> f.notation() == FigureNotation.DIGITS
                    && writtenQualifier(f).isPresent(), (i, f) -> {
                FigureQualifier worded = writtenQualifier(f).get();
                String path = at(i) + "/qualifier";
                if (worded != f.qualifier()) {
                    out.fail(path, subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("concept", Wording.of(f.concept().zh(), f.concept().id()))
                            .and("quote", f.quote()).and("worded", Wording.of(meaning(worded), worded.en(),
                            worded.name()))
                            .and("recorded", Wording.of(meaning(f.qualifier()), f.qualifier().en(), f.qualifier()
                            .name())));
                } else {
                    out.pass(path, subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("qualifier", f.qualifier().name()));
                }
            });
        });
    }

    /**
     * The qualifier the quote writes next to the figure's own number, or empty when the number does not
     * appear in digits in the quote.
     *
     * @param f a figure
     * @return the written qualifier
     */
    static Optional<FigureQualifier> writtenQualifier(DeclaredFigure f) {
        String number = Pattern.quote(f.value().toPlainString());
        Matcher m = Pattern.compile(BEFORE + "\\s*(?<![0-9.])" + number + "(?![0-9]|\\.[0-9])\\s*%?" + AFTER)
                .matcher(f.quote());
        if (!m.find()) {
            return Optional.empty();
        }
        String before = m.group(1);
        String after = m.group(2);
        String tail = m.group(3);
        if ("不超过".equals(before) || "不到".equals(before) || "以下".equals(tail) || "以内".equals(tail)) {
            return Optional.of(FigureQualifier.AT_MOST);
        }
        if ("约".equals(before) || "近".equals(before) || "将近".equals(before) || "接近".equals(before)
                || "左右".equals(tail)) {
            return Optional.of(FigureQualifier.ABOUT);
        }
        if (before != null || after != null || "以上".equals(tail)) {
            return Optional.of(FigureQualifier.AT_LEAST);
        }
        return Optional.of(FigureQualifier.EXACT);
    }

    /**
     * 分母为 0 的比率不可计算 / A rate over a base of 0 is not computable (《中华人民共和国统计法》第七条（统计资料真实、准确、完整） / Statistics Law of
     * the PRC, Art. 7 (true, accurate, complete statistics)).
     */
    static Rule zeroBase() {
        RuleDescriptor d = RuleTexts.describe("FIG-ZERO-BASE", RuleGroup.DECLARED_FIGURES, Severity.WARNING,
                STATISTICS_ACCURACY);
        return Rule.of(d, (r, ctx, out) -> {
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure rate = r.declaredFigures().get(i);
                Optional<DeclaredFigure> base = rate.unit() == FigureUnit.PERCENT ? baseOf(r, rate)
                        .filter(FigureRules::exactWholeCount)
                        : Optional.empty();
                if (base.isEmpty()) {
                    continue;
                }
                any = true;
                if (base.get().value().signum() == 0) {
                    out.fail(at(i), subject(rate), Evidence.of("rateQuote", rate.quote())
                            .and("percent", rate.value().toPlainString()).and("baseQuote", base.get().quote()));
                } else {
                    out.pass(at(i), subject(rate), Evidence.of("base", base.get().value().toPlainString()));
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }


    /**
     * 声明的比率须有分子分母支撑 / A declared rate needs counts behind it (《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）第二十四条（年度报告接受人民群众监督） /
     * Provisions on Inspecting Rule-of-Law Government Building and the Fulfilment of Responsibilities (厅字〔2019〕28号),
     * Art. 24 (reports open to public scrutiny)).
     */
    static Rule unsupportedRate() {
        RuleDescriptor d = RuleTexts.describe("FIG-UNSUPPORTED-RATE", RuleGroup.DECLARED_FIGURES, Severity.INFO,
                LegalSources.RULE_OF_LAW_INSPECTION_PROVISIONS.cite("第二十四条（年度报告接受人民群众监督）",
                        "Art. 24 (reports open to public scrutiny)", Confidence.B));
        return Rule.of(d, (r, ctx, out) -> {
            List<Optional<ComputedFigures.Comparison>> compared = ComputedFigures.standard().compare(r, ctx);
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure f = r.declaredFigures().get(i);
                if (f.unit() != FigureUnit.PERCENT) {
                    continue;
                }
                any = true;
                Optional<ComputedFigures.Comparison> res = compared.get(i);
                Optional<Boolean> agrees = res.flatMap(ComputedFigures.Comparison::agrees);
                if (agrees.isEmpty()) {
                    out.insufficient(at(i), subject(f),
                            "报告声明{name}为 {declared}%（“{quote}”），但没有分子和分母，无法核实，不能视为达标",
                            "the report declares {key} as {declared}% ('{quote}') with no numerator or denominator, "
                            + "so it cannot be verified or counted as met",
                            Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                                    .and("declared", f.value().toPlainString()).and("quote", f.quote()));
                } else if (agrees.get()) {
                    out.pass(at(i), subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("declared", f.value().toPlainString())
                            .and("computed", res.get().computedOrDerived().get()));
                } else {
                    out.fail(at(i), subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("concept", Wording.of(f.concept().zh(), f.concept().id()))
                            .and("declared", f.value().toPlainString())
                            .and("computed", res.get().computedOrDerived().get()));
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }

    /**
     * 声明的数量须与明细记录一致 / Declared counts match the detailed records (《中华人民共和国统计法》第七条（统计资料真实、准确、完整） / Statistics Law of
     * the PRC, Art. 7 (true, accurate, complete statistics)).
     */
    static Rule reconcile() {
        RuleDescriptor d = RuleTexts.describe("FIG-RECONCILE", RuleGroup.DECLARED_FIGURES, Severity.WARNING,
                STATISTICS_ACCURACY);
        return Rule.of(d, (r, ctx, out) -> {
            List<Optional<ComputedFigures.Comparison>> compared = ComputedFigures.standard().compare(r, ctx);
            boolean any = false;
            for (int i = 0; i < r.declaredFigures().size(); i++) {
                DeclaredFigure f = r.declaredFigures().get(i);
                Optional<ComputedFigures.Comparison> res = compared.get(i);
                if (f.unit() == FigureUnit.PERCENT || res.isEmpty() || res.get().computed().isEmpty() || res.get()
                        .agrees().isEmpty()) {
                    continue;
                }
                any = true;
                String computed = res.get().computed().get();
                if (res.get().agrees().get()) {
                    out.pass(at(i), subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("declared", f.value().toPlainString()).and("computed", computed));
                } else {
                    out.fail(at(i), subject(f), Evidence.of("key", f.concept().id()).and("name", f.concept().zh())
                            .and("concept", Wording.of(f.concept().zh(), f.concept().id()))
                            .and("declared", res.get().declared()).and("quote", f.quote())
                            .and("computed", computed));
                }
            }
            if (!any) {
                out.notApplicable("/declaredFigures");
            }
        });
    }
}
