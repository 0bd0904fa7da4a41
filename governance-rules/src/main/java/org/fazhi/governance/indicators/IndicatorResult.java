package org.fazhi.governance.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;

/**
 * 指标结果 / One indicator of one record: its value, where the value came from, the figure the report
 * declared for it, whether the two agree, and its target.
 *
 * <p>Every result has a {@linkplain #concept() catalog concept}. The library's own indicators (the
 * {@link Indicator} catalog) can also be computed from detailed records; a concept of the catalog that
 * only a report declares (a host's own figure, or a standard one the library does not compute) still
 * has a result, taken from the declared figure or derived from the catalog's relations (a total from its
 * parts, a rate from its numerator and base). Immutable.
 */
public final class IndicatorResult implements Bilingual {
    private final FigureConcept concept;
    private final Optional<Indicator> indicator;
    private final IndicatorSource source;
    private final Optional<IndicatorValue> computed;
    private final Optional<IndicatorValue> derived;
    private final Optional<DeclaredFigure> declared;
    private final Optional<BigDecimal> target;

    IndicatorResult(FigureConcept concept, Optional<Indicator> indicator, IndicatorSource source,
            Optional<IndicatorValue> computed,
            Optional<IndicatorValue> derived, Optional<DeclaredFigure> declared, Optional<BigDecimal> target) {
        this.concept = Objects.requireNonNull(concept);
        this.indicator = Objects.requireNonNull(indicator);
        this.source = Objects.requireNonNull(source);
        this.computed = computed;
        this.derived = derived;
        this.declared = declared;
        this.target = target;
    }

    /** 数字概念 / The catalog concept this result is about. */
    public FigureConcept concept() {
        return concept;
    }

    /** 指标编号 / The concept's id, e.g. {@code hotline.satisfactionRate}. */
    public String id() {
        return concept.id();
    }

    /** The library indicator, when the library can compute this concept from detailed records. */
    public Optional<Indicator> indicator() {
        return indicator;
    }

    @Override
    public String zh() {
        return indicator.map(Indicator::zh).orElse(concept.zh());
    }

    @Override
    public String en() {
        return indicator.map(Indicator::en).orElse(concept.en());
    }

    /** 单位 / How the value reads: count, percent or average. */
    public IndicatorUnit unit() {
        return indicator.map(Indicator::unit).orElseGet(() -> unitOf(concept.unit()));
    }

    static IndicatorUnit unitOf(FigureUnit unit) {
        switch (unit) {
            case PERCENT:
                return IndicatorUnit.PERCENT;
            case COUNT:
            case PERSON_TIMES:
                return IndicatorUnit.COUNT;
            default:
                return IndicatorUnit.AVERAGE;
        }
    }

    /** Where {@link #display()} comes from: computed, else declared, else derived. */
    public IndicatorSource source() {
        return source;
    }

    /** The value computed from detailed records, if the record holds the complete list. */
    public Optional<IndicatorValue> computed() {
        return computed;
    }

    /** The value derived from other declared figures, if any. */
    public Optional<IndicatorValue> derived() {
        return derived;
    }

    /** The figure the report declares for this concept, if any. */
    public Optional<DeclaredFigure> declared() {
        return declared;
    }

    /** The target from the rule parameters, in the indicator's unit, if one is set. */
    public Optional<BigDecimal> target() {
        return target;
    }

    /**
     * The value as a number: computed, else declared (in the concept's base unit: 万元 as yuan), else
     * derived; empty when unavailable or not computable.
     */
    public Optional<BigDecimal> number() {
        if (computed.isPresent()) {
            return computed.get().decimal();
        }
        if (declared.isPresent()) {
            return Optional.of(declared.get().unit().inBaseUnit(declared.get().value()));
        }
        return derived.flatMap(IndicatorValue::decimal);
    }

    /**
     * Whether the computed (else derived) value agrees with the declared one: equal at the precision
     * the figure was written with (97.56 against 40/41), at least the declared value for "30 余", at
     * most it for "不超过". Empty unless both exist and the other is computable, and for "约" (about),
     * which states no bound to hold a value to.
     */
    public Optional<Boolean> agrees() {
        Optional<BigDecimal> c = computed.flatMap(IndicatorValue::decimal).or(() ->
                derived.flatMap(IndicatorValue::decimal));
        if (declared.isEmpty() || c.isEmpty() || declared.get().qualifier() == FigureQualifier.ABOUT) {
            return Optional.empty();
        }
        BigDecimal d = declared.get().unit().inBaseUnit(declared.get().value());
        switch (declared.get().qualifier()) {
            case AT_LEAST:
                return Optional.of(c.get().compareTo(d) >= 0);
            case AT_MOST:
                return Optional.of(c.get().compareTo(d) <= 0);
            default:
                return Optional.of(Indicator.scaleLike(c.get(), d).compareTo(d) == 0);
        }
    }

    /** The value for people: {@code 97.56%}, {@code 30+} (30 余), {@code ~700} (约), {@code 130}, or {@code —}. */
    public String display() {
        if (computed.isPresent()) {
            return computed.get().display();
        }
        if (declared.isPresent()) {
            return written(declared.get());
        }
        return derived.map(IndicatorValue::display).orElse("—");
    }

    /**
     * A declared figure as written, with its qualifier: {@code 97.56%}, {@code 30+}, {@code ~700}, {@code ≤5}.
     *
     * @param f the figure
     * @return the text
     */
    public static String written(DeclaredFigure f) {
        String v = f.value().toPlainString() + (f.unit() == FigureUnit.PERCENT ? "%" : "");
        switch (f.qualifier()) {
            case AT_LEAST:
                return v + "+";
            case ABOUT:
                return "~" + v;
            case AT_MOST:
                return "≤" + v;
            default:
                return v;
        }
    }

    @Override
    public String toString() {
        return id() + " = " + display() + " [" + source + "]"
                + agrees().map(a -> a ? "" : " DISAGREES with declared " + declared.get().value()).orElse("");
    }
}
