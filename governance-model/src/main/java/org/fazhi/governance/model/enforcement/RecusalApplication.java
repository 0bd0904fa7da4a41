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
 * 回避申请 / A party's application that an officer withdraw (行政处罚法第四十三条), and the head's decision.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableRecusalApplication.class)
@JsonDeserialize(as = ImmutableRecusalApplication.class)
public interface RecusalApplication extends WithRecusalApplication, SelfChecking {
    /** 申请回避的执法人员 / The officer's id. */
    @NotBlank @Size(max = 128)
    String officerId();

    /** 申请日期 / Date applied. */
    LocalDate appliedOn();

    /** 决定日期 / Date the head decided. */
    Optional<LocalDate> decidedOn();

    /** 是否准予回避 / Whether the officer was made to withdraw. */
    Optional<Boolean> granted();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("appliedOn", Optional.of(appliedOn()), "decidedOn", decidedOn());
        if (granted().isPresent() && decidedOn().isEmpty()) {
            checks.fail("granted", "fazhi.recusal.grantedWithoutDate");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RecusalApplication}. */
    final class Builder extends ImmutableRecusalApplication.Builder {}
}
