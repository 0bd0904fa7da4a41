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
 * 行政强制措施 / A coercive measure (查封、扣押、冻结 …) and its procedure under the 行政强制法: prior approval or,
 * in an emergency, a report to the head within 24 hours (第十九条); the party or a witness present, the
 * reasons and rights told, the party heard, the on-site record signed (第十八条); the time limit of 30 days,
 * extendable once by at most 30 (第二十五条、第三十二条, calendar days).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableCoerciveMeasure.class)
@JsonDeserialize(as = ImmutableCoerciveMeasure.class)
public interface CoerciveMeasure extends WithCoerciveMeasure, SelfChecking {
    /** 种类 / Kind of measure. */
    CoerciveMeasureKind kind();

    /** 实施日期 / Date taken. */
    LocalDate takenOn();

    /** 实施时间 / Time taken, when recorded (for the 24-hour report). */
    Optional<LocalDateTime> takenAt();

    /** 负责人批准日期 / Date the agency head approved (afterwards, in an emergency). */
    Optional<LocalDate> approvedOn();

    /** 情况紧急当场实施 / True if taken on the spot in an emergency, before approval. */
    @Value.Default
    default boolean emergency() {
        return false;
    }

    /** 向负责人报告时间 / In an emergency: when the officers reported to the head. */
    Optional<LocalDateTime> reportedToHeadAt();

    /** 当事人到场 / Whether the party was present. */
    Optional<Boolean> partyPresent();

    /** 见证人到场 / Whether a witness was present (needed when the party was not). */
    Optional<Boolean> witnessPresent();

    /** 当场告知理由、依据和权利 / Whether the reasons, basis, rights and remedies were told on the spot. */
    Optional<Boolean> reasonsAndRightsTold();

    /** 听取陈述申辩 / Whether the party was heard. */
    Optional<Boolean> partyHeard();

    /** 现场笔录签名 / Whether an on-site record was made and signed (by the party and officers, or noted as refused, or by the witness). */
    Optional<Boolean> onSiteRecordSigned();

    /** 延长天数 / Days the time limit was extended by, with the head's approval. */
    @Value.Default
    @PositiveOrZero
    default int extendedDays() {
        return 0;
    }

    /** 解除或处理决定日期 / Date the measure was lifted or a handling decision made. */
    Optional<LocalDate> endedOn();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("takenOn", Optional.of(takenOn()), "endedOn", endedOn());
        if (takenAt().isPresent() && !takenAt().get().toLocalDate().equals(takenOn())) {
            checks.fail("takenAt", "fazhi.coercion.timeNotOnDate", "date", takenOn());
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CoerciveMeasure}. */
    final class Builder extends ImmutableCoerciveMeasure.Builder {}
}
