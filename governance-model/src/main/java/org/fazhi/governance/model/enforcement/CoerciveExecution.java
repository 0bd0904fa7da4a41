package org.fazhi.governance.model.enforcement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 行政强制执行 / Coercive execution of a decision the party did not perform (行政强制法第三十五条至第三十七条、
 * 第四十三条): the written demand (催告) and its deadline, the execution decision and when it was carried out.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableCoerciveExecution.class)
@JsonDeserialize(as = ImmutableCoerciveExecution.class)
public interface CoerciveExecution extends WithCoerciveExecution, SelfChecking {
    /** 催告书送达日期 / Date the written demand was served. */
    Optional<LocalDate> demandServedOn();

    /** 催告履行期限 / The last day the demand allowed for performance. */
    Optional<LocalDate> performanceDueOn();

    /** 强制执行决定日期 / Date of the execution decision. */
    Optional<LocalDate> decidedOn();

    /** 实施日期 / Date carried out. */
    Optional<LocalDate> executedOn();

    /** 情况紧急 / True if an emergency justified executing at once. */
    @Value.Default
    default boolean emergency() {
        return false;
    }

    /** 夜间或法定节假日实施 / Whether it was carried out at night or on a statutory holiday. */
    Optional<Boolean> atNightOrOnHoliday();

    /** 停水停电等 / Whether water, power, heating or gas was cut off to force performance. */
    Optional<Boolean> utilitiesCut();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("demandServedOn", demandServedOn(), "performanceDueOn", performanceDueOn());
        checks.datesInOrder("decidedOn", decidedOn(), "executedOn", executedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CoerciveExecution}. */
    final class Builder extends ImmutableCoerciveExecution.Builder {}
}
