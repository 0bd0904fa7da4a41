package org.fazhi.governance.model.figure;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.internal.ConsistencyChecks;
import org.fazhi.governance.model.internal.Consistent;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.model.internal.SelfChecking;
import org.immutables.value.Value;

/**
 * 统计期间 / The period a declared figure covers: the report year (the default), 截至 a date, 今年以来,
 * a stated range, or 累计.
 *
 * <p>Invariants: {@link PeriodKind#AS_OF} needs {@link #to()}; {@link PeriodKind#RANGE} needs both dates;
 * {@link PeriodKind#REPORT_YEAR} has neither; {@code from} is not after {@code to}. Immutable.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableFigurePeriod.class)
@JsonDeserialize(as = ImmutableFigurePeriod.class)
public interface FigurePeriod extends SelfChecking {
    /** The report year: what a figure covers unless the report says otherwise. */
    FigurePeriod REPORT_YEAR = builder().kind(PeriodKind.REPORT_YEAR).build();

    /** 种类 / The kind of period. */
    PeriodKind kind();

    /** 起始日 / The first day, where the report states one. */
    Optional<LocalDate> from();

    /** 截止日 / The last day (截至), where the report states one. */
    Optional<LocalDate> to();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        boolean needsTo = kind() == PeriodKind.AS_OF || kind() == PeriodKind.RANGE;
        if (needsTo && to().isEmpty()) {
            checks.fail("to", "fazhi.period.dateRequired", "kind", kind().name(), "date", "to");
        }
        if (kind() == PeriodKind.RANGE && from().isEmpty()) {
            checks.fail("from", "fazhi.period.dateRequired", "kind", kind().name(), "date", "from");
        }
        if (kind() == PeriodKind.REPORT_YEAR && (from().isPresent() || to().isPresent())) {
            checks.fail("kind", "fazhi.period.noDates", "kind", kind().name());
        }
        if (kind() == PeriodKind.AS_OF && from().isPresent()) {
            checks.fail("from", "fazhi.period.noDates", "kind", kind().name());
        }
        checks.datesInOrder("from", from(), "to", to());
    }

    /**
     * 截至某日 / As of a date.
     *
     * @param date the 截至 date
     * @return the period
     */
    static FigurePeriod asOf(LocalDate date) {
        return builder().kind(PeriodKind.AS_OF).to(date).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link FigurePeriod}. */
    final class Builder extends ImmutableFigurePeriod.Builder {}
}
