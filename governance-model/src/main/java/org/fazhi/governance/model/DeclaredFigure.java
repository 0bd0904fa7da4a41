package org.fazhi.governance.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 报告中声明的数字 / A figure a report declares, kept exactly as the report states it.
 *
 * <p>Most township reports give only totals and rates ("130 件", "满意率 97.56%", "30 余场次"). A declared
 * figure keeps the value, its {@link FigureUnit unit}, whether it is {@link #approximate()} ("余" means
 * "at least"), and the quoted source phrase, under a stable {@link #key()} such as
 * {@code hotline.ticketsHandled} that the indicator catalogue of the rules module understands.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDeclaredFigure.class)
@JsonDeserialize(as = ImmutableDeclaredFigure.class)
public interface DeclaredFigure extends WithDeclaredFigure, SelfChecking {
    /** 数字键 / Stable key, dotted lower camel case, e.g. {@code grid.level1Count}. */
    @NotBlank
    @Pattern(regexp = "[a-z][A-Za-z0-9]*(\\.[a-z0-9][A-Za-z0-9]*)*", message = "{fazhi.figure.key}")
    String key();

    /** 数值 / The value as written; percentages as percent (97.56, not 0.9756). */
    @NotNull
    @DecimalMin("0")
    BigDecimal value();

    /** 单位 / Count, percent or times per week. */
    FigureUnit unit();

    /** 是否为约数 / True for "30 余场次": the value is a lower bound, not an exact count. */
    @Value.Default
    default boolean approximate() {
        return false;
    }

    /** 原文 / The phrase quoted from the report. */
    @NotBlank
    @Size(max = 2000)
    String quote();

    /** 所在章节 / The report section the quote comes from, if known. */
    Optional<@Size(max = 200) String> section();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (unit() == FigureUnit.PERCENT && value().compareTo(BigDecimal.valueOf(100)) > 0) {
            checks.fail("value", "fazhi.figure.percentOver100", "value", value().toPlainString());
        }
        if (unit() != FigureUnit.PERCENT && value().stripTrailingZeros().scale() > 0 && unit() == FigureUnit.COUNT) {
            checks.fail("value", "fazhi.figure.countNotWhole", "value", value().toPlainString());
        }
    }

    /**
     * A count figure.
     *
     * @param key stable key
     * @param count the count
     * @param quote the source phrase
     * @return the figure
     */
    static DeclaredFigure count(String key, long count, String quote) {
        return builder().key(key).value(BigDecimal.valueOf(count)).unit(FigureUnit.COUNT).quote(quote).build();
    }

    /**
     * A percentage figure.
     *
     * @param key stable key
     * @param percent the percentage as written, e.g. {@code "97.56"}
     * @param quote the source phrase
     * @return the figure
     */
    static DeclaredFigure percent(String key, String percent, String quote) {
        return builder().key(key).value(new BigDecimal(percent)).unit(FigureUnit.PERCENT).quote(quote).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DeclaredFigure}. */
    final class Builder extends ImmutableDeclaredFigure.Builder {}
}
