package org.fazhi.governance.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.fazhi.governance.rules.Ratio;

/**
 * 指标值 / The value of one indicator: a count, a percentage (a {@link Ratio}) or an average, kept as
 * exact counts.
 *
 * <p>Percentages and averages round HALF_UP to two decimals only in {@link #display()}. A zero
 * denominator is "not computable". Immutable.
 */
public final class IndicatorValue {
    private final IndicatorUnit unit;
    private final long numerator;
    private final long denominator;

    private IndicatorValue(IndicatorUnit unit, long numerator, long denominator) {
        this.unit = unit;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A count.
     *
     * @param n the count, at least 0
     * @return the value
     */
    public static IndicatorValue count(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + n + " / 数量不能为负");
        }
        return new IndicatorValue(IndicatorUnit.COUNT, n, 1);
    }

    /**
     * A percentage of two counts.
     *
     * @param ratio the ratio
     * @return the value
     */
    public static IndicatorValue percent(Ratio ratio) {
        return new IndicatorValue(IndicatorUnit.PERCENT, ratio.numerator(), ratio.denominator());
    }

    /**
     * An average: total ÷ how many.
     *
     * @param total the total, at least 0
     * @param over what it is averaged over, at least 0
     * @return the value
     */
    public static IndicatorValue average(long total, long over) {
        if (total < 0 || over < 0) {
            throw new IllegalArgumentException("average parts must be >= 0 / 平均数的分子分母不能为负");
        }
        return new IndicatorValue(IndicatorUnit.AVERAGE, total, over);
    }

    /**
     * An amount of money in yuan, kept exactly in fen (an average of the fen over 100, shown with two decimals).
     *
     * @param fen the amount in fen, at least 0
     * @return the value
     */
    public static IndicatorValue yuan(long fen) {
        return average(fen, 100);
    }

    /** The unit. */
    public IndicatorUnit unit() {
        return unit;
    }

    /** The count, the ratio's part, or the average's total. */
    public long numerator() {
        return numerator;
    }

    /** 1 for a count; the ratio's whole or the average's divisor otherwise. */
    public long denominator() {
        return denominator;
    }

    /** The ratio of a percentage. */
    public Optional<Ratio> ratio() {
        return unit == IndicatorUnit.PERCENT ? Optional.of(Ratio.of(numerator, denominator)) : Optional.empty();
    }

    /** Whether a value can be shown (denominator above 0). */
    public boolean isComputable() {
        return denominator > 0;
    }

    /**
     * The value as a number, exact to 10 decimals: the count, the percent, or the average; empty when not
     * computable.
     */
    public Optional<BigDecimal> decimal() {
        if (!isComputable()) {
            return Optional.empty();
        }
        BigDecimal n = BigDecimal.valueOf(numerator);
        switch (unit) {
            case COUNT:
                return Optional.of(n);
            case PERCENT:
                return Optional.of(n.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator), 10,
                        RoundingMode.HALF_UP));
            default:
                return Optional.of(n.divide(BigDecimal.valueOf(denominator), 10, RoundingMode.HALF_UP));
        }
    }

    /** The value rounded HALF_UP to two decimals for display; empty when not computable. */
    public Optional<BigDecimal> rounded() {
        return decimal().map(d -> unit == IndicatorUnit.COUNT ? d : d.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code 130}, {@code 97.56%} or {@code 2.00}; {@code 不可计算/not computable} for a zero denominator. */
    public String display() {
        return rounded().map(d -> d.toPlainString() + (unit == IndicatorUnit.PERCENT ? "%" : ""))
                .orElse("不可计算/not computable");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorValue && ((IndicatorValue) o).unit == unit
                && ((IndicatorValue) o).numerator == numerator
                && ((IndicatorValue) o).denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, numerator, denominator);
    }

    /** {@code 40/41 (97.56%)} or {@code 130}. */
    @Override
    public String toString() {
        return unit == IndicatorUnit.COUNT ? display() : numerator + "/" + denominator + " (" + display() + ")";
    }
}
