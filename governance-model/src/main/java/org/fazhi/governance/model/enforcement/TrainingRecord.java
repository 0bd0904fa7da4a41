package org.fazhi.governance.model.enforcement;

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

/**
 * 执法培训记录 / One training an officer attended, with its class hours and assessment.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableTrainingRecord.class)
@JsonDeserialize(as = ImmutableTrainingRecord.class)
public interface TrainingRecord extends WithTrainingRecord, SelfChecking {
    /** 执法人员 / The officer's id. */
    @NotBlank @Size(max = 128)
    String officerId();

    /** 日期 / Date (of the last day). */
    LocalDate trainedOn();

    /** 学时 / Class hours, to at most two decimals. */
    @DecimalMin("0") @jakarta.validation.constraints.DecimalMax("500") @jakarta.validation.constraints.Digits(integer = 3, fraction = 2)
    BigDecimal classHours();

    /** 类别 / Legal, professional or political. */
    TrainingCategory category();

    /** 是否考核 / True if the training ended with an assessment. */
    @Value.Default
    default boolean assessed() {
        return false;
    }

    /** 考核是否合格 / True if the assessment was passed; absent if not assessed. */
    Optional<Boolean> passed();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (!assessed() && passed().isPresent()) {
            checks.fail("passed", "fazhi.training.passedWithoutAssessment");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link TrainingRecord}. */
    final class Builder extends ImmutableTrainingRecord.Builder {}
}
