package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * 百分比核验 / Can a declared percentage be k/n for a whole k? The audit no dashboard that stores
 * percentages can make.
 *
 * <p>k/n is rounded HALF_UP to the precision the figure was written with (98.3 has one decimal, 97.50 two, 100 none)
 * and
 * compared with the declared value, so "97.56%" means 97.555 % to 97.565 % and "100%" at least 99.5 %. "130 件，满意率
 * 97.56%": no k/130 rounds to 97.56 % (126/130 = 96.92 %, 127/130 = 97.69 %); the denominators up to 130
 * that fit are 41, 82 and 123, so the rate must be over rated tickets, not handled ones. Pure functions.
 */
public final class PercentAudit {
    private PercentAudit() {}

    /**
     * The numerator k with k/n rounding to the declared percentage, if one exists.
     *
     * @param declaredPercent e.g. 97.56
     * @param denominator n, at least 1
     * @return k, or empty if no whole k gives that percentage
     */
    public static OptionalLong numeratorFor(BigDecimal declaredPercent, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be >= 1, was " + denominator + " / 分母必须大于 0");
        }
        int scale = Math.max(declaredPercent.scale(), 0); // the precision it was written with: 98.3 has one decimal
        BigDecimal exact = declaredPercent.multiply(BigDecimal.valueOf(denominator)).divide(BigDecimal.valueOf(100),
        10, RoundingMode.HALF_UP);
        long centre = exact.setScale(0, RoundingMode.FLOOR).longValue();
        OptionalLong best = OptionalLong.empty();
        for (long k = Math.max(0, centre - 1); k <= Math.min(denominator, centre + 2); k++) {
            boolean closer = best.isEmpty() || exact.subtract(BigDecimal.valueOf(k)).abs()
                    .compareTo(exact.subtract(BigDecimal.valueOf(best.getAsLong())).abs()) < 0;
            if (rounded(k, denominator, scale).compareTo(declaredPercent) == 0 && closer) {
                best = OptionalLong.of(k);
            }
        }
        return best;
    }

    /**
     * Whether some whole k gives the declared percentage over n.
     *
     * @param declaredPercent e.g. 97.56
     * @param denominator n
     * @return true if k/n rounds to it
     */
    public static boolean fits(BigDecimal declaredPercent, long denominator) {
        return numeratorFor(declaredPercent, denominator).isPresent();
    }

    /**
     * The denominators up to a limit that give the declared percentage, smallest first.
     *
     * @param declaredPercent e.g. 97.56
     * @param maxDenominator the largest n to try
     * @return the fitting n
     */
    public static List<Long> fittingDenominators(BigDecimal declaredPercent, long maxDenominator) {
        List<Long> out = new ArrayList<>();
        for (long n = 1; n <= maxDenominator; n++) {
            if (fits(declaredPercent, n)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * The two ratios over n closest to the declared percentage from below and above, for the message
     * ("126/130 = 96.92%, 127/130 = 97.69%").
     *
     * @param declaredPercent e.g. 97.56
     * @param denominator n
     * @return up to two ratios
     */
    public static List<Ratio> nearest(BigDecimal declaredPercent, long denominator) {
        BigDecimal exact = declaredPercent.multiply(BigDecimal.valueOf(denominator)).divide(BigDecimal.valueOf(100),
                10, RoundingMode.HALF_UP);
        long below = Math.min(denominator, exact.setScale(0, RoundingMode.FLOOR).longValue());
        List<Ratio> out = new ArrayList<>();
        out.add(Ratio.of(Math.max(0, below), denominator));
        if (below + 1 <= denominator) {
            out.add(Ratio.of(below + 1, denominator));
        }
        return out;
    }

    private static BigDecimal rounded(long k, long n, int scale) {
        return BigDecimal.valueOf(k).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(n), scale,
                RoundingMode.HALF_UP);
    }
}
