package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentAuditTest {
    private static final BigDecimal SEED_RATE = new BigDecimal("97.56");

    @Test
    void seed_satisfaction_rate_cannot_be_over_130_handled_tickets() {
        assertThat(PercentAudit.fits(SEED_RATE, 130)).isFalse();
        assertThat(PercentAudit.nearest(SEED_RATE, 130)).containsExactly(Ratio.of(126, 130), Ratio.of(127, 130));
        assertThat(PercentAudit.fittingDenominators(SEED_RATE, 130)).containsExactly(41L, 82L, 123L);
        assertThat(PercentAudit.numeratorFor(SEED_RATE, 123)).hasValue(120);
        assertThat(PercentAudit.numeratorFor(SEED_RATE, 41)).hasValue(40);
    }

    @Test
    void one_hundred_percent_is_read_at_the_precision_it_was_written_with() {
        assertThat(PercentAudit.numeratorFor(BigDecimal.valueOf(100), 3)).hasValue(3);
        assertThat(PercentAudit.numeratorFor(BigDecimal.valueOf(100), 200)).as("the closest numerator that fits").hasValue(200);
        assertThat(PercentAudit.fits(new BigDecimal("100.00"), 200)).as("only 200/200 gives 100.00%").isTrue();
        assertThat(PercentAudit.numeratorFor(new BigDecimal("100.00"), 200)).hasValue(200);
        assertThat(PercentAudit.fits(new BigDecimal("100.00"), 20001)).as("20000/20001 rounds to 100.00%").isTrue();
        assertThat(PercentAudit.numeratorFor(new BigDecimal("99.99"), 20001)).hasValue(19999);
        assertThat(PercentAudit.numeratorFor(new BigDecimal("100"), 199)).as("written without decimals, 100% covers 99.5% and up")
                .hasValue(199);
        assertThat(PercentAudit.fits(new BigDecimal("98.3"), 3)).as("98.3 has one decimal: no k/3 gives it").isFalse();
        assertThat(PercentAudit.fits(new BigDecimal("33.3"), 3)).as("1/3 is 33.3% at one decimal").isTrue();
    }

    @Test
    void zero_percent_fits_any_denominator() {
        assertThat(PercentAudit.numeratorFor(BigDecimal.ZERO, 7)).hasValue(0);
    }

    @Test
    void every_rounded_k_over_n_fits_n() {
        qt().forAll(longs().between(1, 100_000), longs().between(0, 100_000)).checkAssert((n, k0) -> {
            long k = k0 % (n + 1);
            BigDecimal shown = Ratio.of(k, n).percentRounded().orElseThrow();
            assertThat(PercentAudit.fits(shown, n)).as("%d/%d shown as %s", k, n, shown).isTrue();
        });
    }

    @Test
    void fitting_denominators_are_exactly_those_that_fit() {
        List<Long> fits = PercentAudit.fittingDenominators(new BigDecimal("33.33"), 12);
        assertThat(fits).containsExactly(3L, 6L, 9L, 12L);
    }
}
