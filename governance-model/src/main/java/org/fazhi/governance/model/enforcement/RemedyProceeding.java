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
 * 复议、诉讼或自行纠正 / A review of the decision: reconsideration, a lawsuit or the agency's own correction,
 * and how it ended.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableRemedyProceeding.class)
@JsonDeserialize(as = ImmutableRemedyProceeding.class)
public interface RemedyProceeding extends WithRemedyProceeding, SelfChecking {
    /** 途径 / Reconsideration, litigation or self-correction. */
    RemedyKind kind();

    /** 申请或起诉日期 / Date filed (for a correction: the day it started). */
    LocalDate filedOn();

    /** 结果作出日期 / Date it ended. */
    Optional<LocalDate> decidedOn();

    /** 结果 / How it ended. */
    Optional<RemedyOutcome> outcome();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("filedOn", Optional.of(filedOn()), "decidedOn", decidedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RemedyProceeding}. */
    final class Builder extends ImmutableRemedyProceeding.Builder {}
}
