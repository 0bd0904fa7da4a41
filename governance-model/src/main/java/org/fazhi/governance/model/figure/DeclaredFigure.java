package org.fazhi.governance.model.figure;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.governance.model.internal.ConsistencyChecks;
import org.fazhi.governance.model.internal.Consistent;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.model.internal.SelfChecking;
import org.immutables.value.Value;

/**
 * 报告中声明的数字 / A figure a report declares, kept exactly as the report states it (XBRL's <em>fact</em>).
 *
 * <p>A declared figure is a value of a {@linkplain #concept() catalog concept} in a context: its
 * {@linkplain #period() period} (the report year, 截至 a date, 今年以来 …), its {@linkplain #channel()
 * channel} (which hotline or platform: 12345, 8890, 好差评 …) and {@linkplain #scope() scope} where one
 * applies. It keeps the {@linkplain #unit() unit} and the precision it was written with (98.3 % has
 * one decimal: {@link #writtenDecimals()}), the number's own {@linkplain #qualifier() qualifier}
 * ("30 余场" is at least 30), how it was {@linkplain #notation() written} (digits, words, or implied by
 * an assertion such as "实现全覆盖"), and the short phrase it was {@linkplain #quote() quoted} from. It
 * may state the calculation relations the report's wording gives: a {@linkplain #partOf() part} of a
 * total (其中 …), or a rate over a {@linkplain #numerator() numerator} and a {@linkplain #base() base}.
 * A related figure is looked up in the same record, in the same context where one exists.
 *
 * <p>Invariants: the unit is compatible with the concept's; counts and person-times are whole numbers;
 * a percentage is at most 100; values have at most 10 decimals and at most 15 integer digits; only rates
 * name a numerator or base; no figure refers to its own concept. Immutable.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDeclaredFigure.class)
@JsonDeserialize(as = ImmutableDeclaredFigure.class)
public interface DeclaredFigure extends WithDeclaredFigure, SelfChecking {
    /** The largest number of decimals a figure may be written with. */
    int MAX_DECIMALS = 10;

    /** The largest value a figure may have: 15 integer digits. */
    BigDecimal MAX_VALUE = new BigDecimal("999999999999999");

    /** 数字概念 / The catalog concept, written as its id under {@code "key"}, e.g. {@code hotline.ticketsHandled}. */
    @JsonProperty("key")
    FigureConcept concept();

    /** 数值 / The value as written; percentages as percent (97.56, not 0.9756). */
    @NotNull
    @DecimalMin("0")
    BigDecimal value();

    /** 单位 / The unit the figure is written in. */
    FigureUnit unit();

    /** 约数限定 / The number's own qualifier: exact (the default), at least (余), about (约), at most. */
    @Value.Default
    default FigureQualifier qualifier() {
        return FigureQualifier.EXACT;
    }

    /** 写法 / Written in digits (the default), in words, or implied by an assertion without a number. */
    @Value.Default
    default FigureNotation notation() {
        return FigureNotation.DIGITS;
    }

    /** 统计期间 / The period covered; the report year unless the report says otherwise. */
    @Valid
    @Value.Default
    default FigurePeriod period() {
        return FigurePeriod.REPORT_YEAR;
    }

    /** 渠道 / The hotline or platform the figure is about, as the report names it (12345, 8890, 好差评, 浙里办 …). */
    Optional<@Size(min = 1, max = 100) String> channel();

    /** 范围 / A narrower population the figure is about, as the report names it (机关干部, 村（社区）). */
    Optional<@Size(min = 1, max = 100) String> scope();

    /** 原文 / The short phrase quoted from the report that states the figure, e.g. {@code 重大行政决策16项}. */
    @NotBlank
    @Size(max = 2000)
    String quote();

    /** 所在章节 / The heading of the report section the quote comes from, if known. */
    Optional<@Size(min = 1, max = 200) String> heading();

    /** 所属总数（其中） / The concept of the total this figure is a part of, as the wording states (其中 …). */
    Optional<FigureConcept> partOf();

    /** 比率的分子 / For a rate: the concept of the count the report gives as its numerator. */
    Optional<FigureConcept> numerator();

    /** 比率的分母 / For a rate: the concept of the count the report gives as its base (受理 130 件，满意率 97.56%). */
    Optional<FigureConcept> base();

    /** Whether the value is approximate (any qualifier but exact). */
    default boolean approximate() {
        return !qualifier().isExact();
    }

    /** 书写精度 / The number of decimals the value was written with: 1 for 98.3, 0 for 130 or 100. */
    default int writtenDecimals() {
        return Math.max(0, value().scale());
    }

    /**
     * Whether this figure and another are about the same context: the same period, channel and scope.
     *
     * @param other another figure
     * @return true if their contexts are equal
     */
    default boolean sameContextAs(DeclaredFigure other) {
        return period().equals(other.period()) && channel().equals(other.channel()) && scope().equals(other.scope());
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (!unit().isCompatibleWith(concept().unit())) {
            checks.fail("unit", "fazhi.figure.unitMismatch", "unit", unit().name(), "key", concept().id(), "expected", concept().unit().name());
        }
        if (unit() == FigureUnit.PERCENT && value().compareTo(BigDecimal.valueOf(100)) > 0) {
            checks.fail("value", "fazhi.figure.percentOver100", "value", value().toPlainString());
        }
        if (value().scale() > MAX_DECIMALS || value().compareTo(MAX_VALUE) > 0) {
            checks.fail("value", "fazhi.figure.outOfRange", "max", MAX_VALUE.toPlainString(), "decimals", MAX_DECIMALS);
        } else if (unit().isWhole() && value().stripTrailingZeros().scale() > 0) {
            checks.fail("value", "fazhi.figure.countNotWhole", "value", value().toPlainString());
        }
        if (unit() != FigureUnit.PERCENT && numerator().isPresent()) {
            checks.fail("numerator", "fazhi.figure.rateOnly", "key", concept().id());
        }
        if (unit() != FigureUnit.PERCENT && base().isPresent()) {
            checks.fail("base", "fazhi.figure.rateOnly", "key", concept().id());
        }
        String self = concept().id();
        for (var ref : new Object[][] {{"partOf", partOf()}, {"numerator", numerator()}, {"base", base()}}) {
            @SuppressWarnings("unchecked")
            Optional<FigureConcept> target = (Optional<FigureConcept>) ref[1];
            if (target.isPresent() && target.get().id().equals(self)) {
                checks.fail((String) ref[0], "fazhi.figure.selfReference", "key", self);
            }
        }
    }

    /**
     * An exact count in the report year, written in digits.
     *
     * @param concept the concept
     * @param count the count
     * @param quote the source phrase
     * @return the figure
     */
    static DeclaredFigure count(FigureConcept concept, long count, String quote) {
        return builder().concept(concept).value(BigDecimal.valueOf(count)).unit(FigureUnit.COUNT).quote(quote).build();
    }

    /**
     * A percentage in the report year, written in digits with the precision of {@code percent}.
     *
     * @param concept the concept
     * @param percent the percentage as written, e.g. {@code "97.56"}
     * @param quote the source phrase
     * @return the figure
     */
    static DeclaredFigure percent(FigureConcept concept, String percent, String quote) {
        return builder().concept(concept).value(new BigDecimal(percent)).unit(FigureUnit.PERCENT).quote(quote).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DeclaredFigure}. */
    final class Builder extends ImmutableDeclaredFigure.Builder {}
}
