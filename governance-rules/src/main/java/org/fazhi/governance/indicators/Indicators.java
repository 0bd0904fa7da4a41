package org.fazhi.governance.indicators;

import org.fazhi.governance.indicators.internal.TallyBasis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.RuleParameters;
import org.fazhi.governance.rules.Ratio;

/**
 * 指标计算 / Computes the indicator sheet of a record or of many records rolled up.
 *
 * <p>Pure functions of their input and an explicit as-of date; thread-safe.
 */
public final class Indicators {
    private Indicators() {}

    /**
     * The sheet of one record with the default context ({@link CheckContext#of(LocalDate)}), as
     * {@link org.fazhi.governance.rules.RuleSet#evaluate(RuleOfLawRecord, LocalDate)} checks with it.
     *
     * @param record a valid record
     * @param asOf the as-of date
     * @return the sheet
     */
    public static IndicatorSheet sheet(RuleOfLawRecord record, LocalDate asOf) {
        return sheet(record, CheckContext.of(asOf));
    }

    /**
     * The sheet of one record: computed where the record has details, else declared, else derived. The context
     * is the one the rules are checked with: its as-of date, calendar and indicator definitions count, its
     * parameters set the targets.
     *
     * @param record a valid record
     * @param context as-of date, calendar, parameters and indicator definitions
     * @return the sheet
     */
    public static IndicatorSheet sheet(RuleOfLawRecord record, CheckContext context) {
        LocalDate asOf = context.asOf();
        RuleParameters parameters = context.parameters();
        IndicatorTally tally = IndicatorTally.empty(context).add(record);
        List<IndicatorResult> results = new ArrayList<>();
        Set<DeclaredFigure> shown = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Indicator i : Indicator.values()) {
            FigureConcept concept = i.concept();
            Optional<IndicatorValue> computed = i.hasDetails(record) ? Optional.of(i.valueOf(tally)) : Optional.empty();
            Optional<IndicatorValue> derived = i.deriveFromDeclared(record).or(() -> derive(record, concept));
            Optional<DeclaredFigure> declared = record.declaredFigure(concept);
            declared.ifPresent(shown::add);
            results.add(new IndicatorResult(concept, Optional.of(i), source(computed, declared, derived), computed,
                    derived, declared,
                    target(i, asOf, parameters)));
        }
        for (DeclaredFigure f : record.declaredFigures()) {
            if (!shown.contains(f)) {
                Optional<IndicatorValue> derived = derive(record, f.concept());
                results.add(new IndicatorResult(f.concept(), Optional.empty(), IndicatorSource.DECLARED,
                        Optional.empty(), derived,
                        Optional.of(f), Optional.empty()));
            }
        }
        return new IndicatorSheet(tally, results);
    }

    private static IndicatorSource source(Optional<IndicatorValue> computed, Optional<DeclaredFigure> declared,
            Optional<IndicatorValue> derived) {
        return computed.isPresent() ? IndicatorSource.COMPUTED
                : declared.isPresent() ? IndicatorSource.DECLARED
                : derived.isPresent() ? IndicatorSource.DERIVED : IndicatorSource.UNAVAILABLE;
    }

    /**
     * A concept's value derived from other declared figures through the catalog's relations: a total as
     * the sum of its declared parts (parts the report does not name count as none), a rate as its declared
     * numerator over its declared base (not computable over a base of 0). Approximate figures derive
     * nothing.
     *
     * @param record the record
     * @param concept the concept
     * @return the derived value, or empty
     */
    static Optional<IndicatorValue> derive(RuleOfLawRecord record, FigureConcept concept) {
        if (!concept.sumOf().isEmpty()) {
            long sum = 0;
            boolean any = false;
            for (DeclaredFigure f : record.declaredFigures()) {
                if (concept.sumOf().contains(f.concept().id()) && f.channel().isEmpty() && f.scope().isEmpty()) {
                    if (f.approximate() || !f.unit().isWhole()) {
                        return Optional.empty();
                    }
                    sum = Math.addExact(sum, f.value().longValueExact());
                    any = true;
                }
            }
            return any ? Optional.of(IndicatorValue.count(sum)) : Optional.empty();
        }
        if (concept.numerator().isPresent() && concept.base().isPresent()) {
            Optional<Long> n = exactCount(record, concept.numerator().get());
            Optional<Long> d = exactCount(record, concept.base().get());
            if (n.isPresent() && d.isPresent() && n.get() <= d.get()) {
                return Optional.of(IndicatorValue.percent(Ratio.of(n.get(), d.get())));
            }
        }
        return Optional.empty();
    }

    /** The exact whole count a record declares for a concept named by id (as catalog relations name it), if any. */
    private static Optional<Long> exactCount(RuleOfLawRecord record, String id) {
        return record.declaredFigures().stream().filter(f -> f.concept().id().equals(id)).findFirst()
                .flatMap(f -> exactCount(record, f.concept()));
    }

    /**
     * The exact whole count a record declares for a concept: the figure {@link RuleOfLawRecord#declaredFigure} picks
     * (the only one, else the one without channel, scope or period), when it is neither approximate nor fractional.
     */
    static Optional<Long> exactCount(RuleOfLawRecord record, FigureConcept concept) {
        return record.declaredFigure(concept).filter(f -> f.unit().isWhole() && !f.approximate()).map(f -> f.value()
                .longValueExact());
    }

    /**
     * The sheet of a roll-up (a county of townships): every value computed from the merged tally.
     *
     * <p>A tally counts the entries of the records (tickets, cases, grids …), never their declared figures: a
     * unit that declares a total without listing its entries adds nothing to it. An indicator computed from lists
     * is therefore computed only when every record counted holds those lists completely
     * ({@code RuleOfLawRecord.completeLists}); otherwise it is {@link IndicatorSource#UNAVAILABLE}, and the
     * declared figures of those units are read from their own {@link #sheet sheets}.
     *
     * @param tally the merged tally
     * @param context the context the tally was counted in; its parameters set the targets
     * @return the sheet
     * @throws IllegalArgumentException if the tally was counted with another as-of date or other indicator
     *     definitions than the context's
     */
    public static IndicatorSheet rollUp(IndicatorTally tally, CheckContext context) {
        if (!tally.basis().equals(TallyBasis.of(context))) {
            throw new IllegalArgumentException("the tally was counted in another context: " + tally.basis()
                    + " / 计数的截止日期或指标口径与上下文不同");
        }
        RuleParameters parameters = context.parameters();
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            boolean computable = i.computableFrom(tally);
            results.add(new IndicatorResult(i.concept(), Optional.of(i),
                    computable ? IndicatorSource.COMPUTED : IndicatorSource.UNAVAILABLE,
                    computable ? Optional.of(i.valueOf(tally)) : Optional.empty(), Optional.empty(), Optional.empty(),
                    target(i, tally.asOf(), parameters)));
        }
        return new IndicatorSheet(tally, results);
    }

    private static Optional<BigDecimal> target(Indicator i, LocalDate asOf, RuleParameters parameters) {
        return i.targetParameter().map(ref -> parameters.value(ref, asOf));
    }
}
