package org.fazhi.governance.indicators;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.governance.model.DeclaredFigure;

/**
 * 指标结果 / One indicator of one record: its value, where the value came from, the figure the report
 * declared for it, whether the two agree, and its target.
 *
 * <p>Immutable.
 */
public final class IndicatorResult {
    private final Indicator indicator;
    private final IndicatorSource source;
    private final Optional<IndicatorValue> computed;
    private final Optional<IndicatorValue> derived;
    private final Optional<DeclaredFigure> declared;
    private final Optional<BigDecimal> target;

    IndicatorResult(Indicator indicator, IndicatorSource source, Optional<IndicatorValue> computed, Optional<IndicatorValue> derived,
            Optional<DeclaredFigure> declared, Optional<BigDecimal> target) {
        this.indicator = Objects.requireNonNull(indicator);
        this.source = Objects.requireNonNull(source);
        this.computed = computed;
        this.derived = derived;
        this.declared = declared;
        this.target = target;
    }

    /** The indicator. */
    public Indicator indicator() {
        return indicator;
    }

    /** Where {@link #display()} comes from: computed, else declared, else derived. */
    public IndicatorSource source() {
        return source;
    }

    /** The value computed from detailed records, if the record has them. */
    public Optional<IndicatorValue> computed() {
        return computed;
    }

    /** The value derived from other declared figures, if any. */
    public Optional<IndicatorValue> derived() {
        return derived;
    }

    /** The figure the report declares for this indicator, if any. */
    public Optional<DeclaredFigure> declared() {
        return declared;
    }

    /** The target from the rule parameters, in the indicator's unit, if one is set. */
    public Optional<BigDecimal> target() {
        return target;
    }

    /**
     * The value as a number: computed, else declared, else derived; empty when unavailable or not
     * computable.
     */
    public Optional<BigDecimal> number() {
        if (computed.isPresent()) {
            return computed.get().decimal();
        }
        if (declared.isPresent()) {
            return Optional.of(declared.get().value());
        }
        return derived.flatMap(IndicatorValue::decimal);
    }

    /**
     * Whether the computed value agrees with the declared one: equal at the declared figure's precision
     * (97.56 against 40/41), or at least the declared value for an approximate figure ("30 余"). Empty
     * unless both exist and the computed one is computable.
     */
    public Optional<Boolean> agrees() {
        Optional<BigDecimal> c = computed.flatMap(IndicatorValue::decimal).or(() -> derived.flatMap(IndicatorValue::decimal));
        if (declared.isEmpty() || c.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal d = declared.get().value();
        BigDecimal atPrecision = Indicator.scaleLike(c.get(), d);
        return Optional.of(declared.get().approximate() ? c.get().compareTo(d) >= 0 : atPrecision.compareTo(d) == 0);
    }

    /** The value for people: {@code 97.56%}, {@code 30 余}, {@code 130}, or {@code —} when unavailable. */
    public String display() {
        if (computed.isPresent()) {
            return computed.get().display();
        }
        if (declared.isPresent()) {
            DeclaredFigure f = declared.get();
            String v = f.value().toPlainString();
            switch (f.unit()) {
                case PERCENT:
                    return v + "%";
                default:
                    return f.approximate() ? v + "+" : v;
            }
        }
        return derived.map(IndicatorValue::display).orElse("—");
    }

    @Override
    public String toString() {
        return indicator.id() + " = " + display() + " [" + source + "]" + agrees().map(a -> a ? "" : " DISAGREES with declared " + declared.get().value()).orElse("");
    }
}
