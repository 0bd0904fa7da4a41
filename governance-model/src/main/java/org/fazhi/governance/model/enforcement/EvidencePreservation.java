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
 * 先行登记保存 / Evidence registered and preserved in advance (行政处罚法第五十六条): the head's approval and the
 * handling decision due within seven working days.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableEvidencePreservation.class)
@JsonDeserialize(as = ImmutableEvidencePreservation.class)
public interface EvidencePreservation extends WithEvidencePreservation, SelfChecking {
    /** 保存日期 / Date preserved. */
    LocalDate preservedOn();

    /** 负责人批准 / Whether the agency head approved it. */
    Optional<Boolean> approvedByHead();

    /** 处理决定日期 / Date of the handling decision. */
    Optional<LocalDate> handledOn();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("preservedOn", Optional.of(preservedOn()), "handledOn", handledOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EvidencePreservation}. */
    final class Builder extends ImmutableEvidencePreservation.Builder {}
}
