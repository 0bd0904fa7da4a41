package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 比率 / An exact rate kept as its two counts (满意率, 办结率, 培训考核率 …), never as a stored percentage.
 *
 * <p>The percentage is computed from the counts and rounded HALF_UP to two decimals only when shown
 * ({@link #percentRounded()}, {@link #format()}). A zero denominator is "not computable": never 100 %
 * and never 0 %. Ratios merge by adding numerators and denominators, so villages add up to their
 * township. Immutable and thread-safe.
 */
public final class Ratio {
    private static final Ratio EMPTY = new Ratio(0, 0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final long numerator;
    private final long denominator;

    private Ratio(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /**
     * A ratio of two counts.
     *
     * @param numerator the part, 0 to denominator
     * @param denominator the whole, at least 0
     * @return the ratio
     * @throws IllegalArgumentException if a count is negative or the part exceeds the whole
     */
    public static Ratio of(long numerator, long denominator) {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + numerator + "/" + denominator
                    + " / 计数不能为负");
        }
        if (numerator > denominator) {
            throw new IllegalArgumentException("numerator " + numerator + " exceeds denominator " + denominator
                    + " / 分子 " + numerator + " 大于分母 " + denominator);
        }
        return numerator == 0 && denominator == 0 ? EMPTY : new Ratio(numerator, denominator);
    }

    /** 0/0: the identity of {@link #merge}. */
    public static Ratio empty() {
        return EMPTY;
    }

    /** 分子 / The part. */
    public long numerator() {
        return numerator;
    }

    /** 分母 / The whole. */
    public long denominator() {
        return denominator;
    }

    /** Whether the denominator is positive. */
    public boolean isComputable() {
        return denominator > 0;
    }

    /**
     * The exact percentage (numerator × 100 / denominator) to 10 decimals, or empty when not computable.
     * Use {@link #percentRounded()} to show it.
     */
    public Optional<BigDecimal> percent() {
        return isComputable()
                ? Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator),
                10, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    /** The percentage rounded HALF_UP to two decimals (97.56), or empty when not computable. */
    public Optional<BigDecimal> percentRounded() {
        return isComputable()
                ? Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator),
                2, RoundingMode.HALF_UP))
                : Optional.empty();
    }

    /**
     * Whether the exact percentage is at least a target, compared without rounding.
     *
     * @param targetPercent e.g. 100
     * @return true if computable and numerator × 100 ≥ target × denominator
     */
    public boolean atLeast(BigDecimal targetPercent) {
        return isComputable()
                && BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .compareTo(targetPercent.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /**
     * The sum of two ratios: numerators and denominators added. Associative and commutative, with
     * {@link #empty()} as identity.
     *
     * @param other another ratio
     * @return the merged ratio
     * @throws ArithmeticException on overflow
     */
    public Ratio merge(Ratio other) {
        return of(Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
    }

    /** {@code 97.56%}, or {@code 不可计算/not computable} for a zero denominator. */
    public String format() {
        return percentRounded().map(p -> p.toPlainString() + "%").orElse("不可计算/not computable");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio && ((Ratio) o).numerator == numerator && ((Ratio) o).denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    /** {@code 126/130 (96.92%)}. */
    @Override
    public String toString() {
        return numerator + "/" + denominator + " (" + format() + ")";
    }
}
