package org.fazhi.governance.model.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.fazhi.governance.model.service.SatisfactionLevel;

/**
 * 人大代表建议 / A suggestion of a people's congress deputy (代表建议) and how it was handled.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDeputySuggestion.class)
@JsonDeserialize(as = ImmutableDeputySuggestion.class)
public interface DeputySuggestion extends WithDeputySuggestion, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 标题 / Subject. */
    @NotBlank @Size(max = 300)
    String subject();

    /** 交办日期 / Date assigned. */
    LocalDate assignedOn();

    /** 是否涉及面广、处理难度大 / True if complex (6 months to reply instead of 3). */
    @Value.Default
    default boolean complex() {
        return false;
    }

    /** 答复日期 / Date replied. */
    Optional<LocalDate> repliedOn();

    /** 办结日期 / Date completed. */
    Optional<LocalDate> completedOn();

    /** 代表满意度 / The deputy's feedback. */
    Optional<SatisfactionLevel> deputyFeedback();

    /** 是否向主席团报告 / True if the handling was reported to the township congress presidium. */
    @Value.Default
    default boolean reportedToPresidium() {
        return false;
    }

    /** 办理情况是否公开 / True if the handling report was made public. */
    @Value.Default
    default boolean handlingPublished() {
        return false;
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("assignedOn", Optional.of(assignedOn()), "repliedOn", repliedOn());
        checks.datesInOrder("assignedOn", Optional.of(assignedOn()), "completedOn", completedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DeputySuggestion}. */
    final class Builder extends ImmutableDeputySuggestion.Builder {}
}
