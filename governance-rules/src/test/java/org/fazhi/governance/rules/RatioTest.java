package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RatioTest {
    static Gen<Ratio> ratios() {
        return longs().between(0, 1_000_000).zip(longs().between(0, 1_000_000), (a, b) -> Ratio.of(Math.min(a, b), Math.max(a, b)));
    }

    @Test
    void worked_examples_round_half_up_to_two_decimals_only_when_shown() {
        assertThat(Ratio.of(40, 41).format()).isEqualTo("97.56%");
        assertThat(Ratio.of(126, 130).format()).isEqualTo("96.92%");
        assertThat(Ratio.of(127, 130).format()).isEqualTo("97.69%");
        assertThat(Ratio.of(67, 67).format()).isEqualTo("100.00%");
        assertThat(Ratio.of(1, 3).format()).isEqualTo("33.33%");
        assertThat(Ratio.of(2, 3).format()).isEqualTo("66.67%");
        assertThat(Ratio.of(1, 800).format()).as("0.125 rounds HALF_UP, not HALF_EVEN").isEqualTo("0.13%");
        assertThat(Ratio.of(3, 800).percentRounded()).contains(new BigDecimal("0.38"));
        assertThat(Ratio.of(40, 41).percent()).contains(new BigDecimal("97.5609756098"));
    }

    @Test
    void zero_denominator_is_not_computable_never_100_or_0() {
        assertThat(Ratio.of(0, 0).isComputable()).isFalse();
        assertThat(Ratio.of(0, 0).percent()).isEmpty();
        assertThat(Ratio.of(0, 0).format()).isEqualTo("不可计算/not computable");
        assertThat(Ratio.of(0, 0).atLeast(BigDecimal.ZERO)).isFalse();
    }

    @Test
    void atLeast_compares_exactly_without_rounding() {
        assertThat(Ratio.of(9999, 10000).atLeast(BigDecimal.valueOf(100))).as("99.99% is not 100%").isFalse();
        assertThat(Ratio.of(49, 50).atLeast(new BigDecimal("98"))).isTrue();
    }

    @Test
    void part_above_whole_or_negative_counts_are_refused() {
        assertThatThrownBy(() -> Ratio.of(5, 4)).hasMessageContaining("numerator 5 exceeds denominator 4");
        assertThatThrownBy(() -> Ratio.of(-1, 4)).hasMessageContaining("must not be negative");
    }

    @Test
    void merge_adds_counts_and_is_associative_and_commutative_with_empty_as_identity() {
        qt().forAll(ratios(), ratios(), ratios()).checkAssert((a, b, c) -> {
            assertThat(a.merge(b)).isEqualTo(b.merge(a));
            assertThat(a.merge(b).merge(c)).isEqualTo(a.merge(b.merge(c)));
            assertThat(a.merge(Ratio.empty())).isEqualTo(a);
            assertThat(a.merge(b).numerator()).isEqualTo(a.numerator() + b.numerator());
        });
    }

    @Test
    void percentages_stay_within_0_and_100() {
        qt().forAll(ratios()).checkAssert(r -> r.percent().ifPresent(p ->
                assertThat(p).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100))));
    }
}
