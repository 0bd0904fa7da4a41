package org.fazhi.governance.model.legal;

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
 * 矛盾纠纷 / A dispute found in screening (矛盾纠纷排查) and what became of it.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDispute.class)
@JsonDeserialize(as = ImmutableDispute.class)
public interface Dispute extends WithDispute, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 排查日期 / Date found. */
    LocalDate screenedOn();

    /** 村（社区） / The village concerned, if any. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** 类别 / Category, e.g. 邻里纠纷, 旅游纠纷. */
    Optional<@Size(max = 200) String> category();

    /** 结果 / Outcome. */
    DisputeOutcome outcome();

    /** 调解协议生效日期 / Date the mediation agreement took effect. */
    Optional<LocalDate> agreementOn();

    /** 申请司法确认日期 / Date both parties applied for court confirmation. */
    Optional<LocalDate> judicialConfirmationAppliedOn();

    /** 拒绝调解日期 / Date a party expressly refused mediation (人民调解法第十七条), if one did. */
    Optional<LocalDate> refusedOn();

    /** 调解员 / Ids of the mediators. */
    List<@NotBlank String> mediatorIds();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("screenedOn", Optional.of(screenedOn()), "agreementOn", agreementOn());
        checks.datesInOrder("screenedOn", Optional.of(screenedOn()), "refusedOn", refusedOn());
        checks.datesInOrder("agreementOn", agreementOn(), "judicialConfirmationAppliedOn", judicialConfirmationAppliedOn());
        if (agreementOn().isPresent() && outcome() != DisputeOutcome.MEDIATED) {
            checks.fail("agreementOn", "fazhi.dispute.agreementWithoutSuccess", "outcome", outcome().name());
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Dispute}. */
    final class Builder extends ImmutableDispute.Builder {}
}
