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

/**
 * 重大行政决策程序环节记录 / One statutory step of a major administrative decision, with its dates.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDecisionStepRecord.class)
@JsonDeserialize(as = ImmutableDecisionStepRecord.class)
public interface DecisionStepRecord extends WithDecisionStepRecord, SelfChecking {
    /** 环节 / Step. */
    DecisionStep step();

    /** 开始日期 / Start date (for public comment: the first day; for legality review: the day it was sent). */
    LocalDate startedOn();

    /** 完成日期 / Completion date. */
    Optional<LocalDate> completedOn();

    /** 结论是否通过 / For legality review: true if found lawful. */
    Optional<Boolean> passed();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("startedOn", Optional.of(startedOn()), "completedOn", completedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DecisionStepRecord}. */
    final class Builder extends ImmutableDecisionStepRecord.Builder {}
}
