package org.fazhi.governance.model.service;

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
 * 热线工单 / A ticket of a government service hotline: 12345, or a local number such as 8890.
 *
 * <p>Dates follow the ticket's life: received, responded (first contact), closed (办结), then rated on the follow-up call (回访).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableHotlineTicket.class)
@JsonDeserialize(as = ImmutableHotlineTicket.class)
public interface HotlineTicket extends WithHotlineTicket, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 热线号码 / The hotline channel, e.g. {@code 12345} or {@code 8890}. */
    @NotBlank @jakarta.validation.constraints.Pattern(regexp = "[0-9]{3,8}", message = "{fazhi.hotline.channel}")
    String channel();

    /** 受理日期 / Date received or assigned to the unit. */
    LocalDate receivedOn();

    /** 响应日期 / Date of first contact with the caller. */
    Optional<LocalDate> respondedOn();

    /** 办理期限 / Deadline for closing, if the platform set one. */
    Optional<LocalDate> dueOn();

    /** 办结日期 / Date closed. */
    Optional<LocalDate> closedOn();

    /** 回访满意度 / Rating on the follow-up call; absent if not rated. */
    Optional<SatisfactionLevel> rating();

    /** 是否提出派单异议或退单 / True if the unit disputed the assignment (退单/派单异议). */
    @Value.Default
    default boolean disputed() {
        return false;
    }

    /** 诉求类别 / Category, as the platform names it. */
    Optional<@Size(max = 200) String> category();

    /** 村（社区） / The village or community concerned, if recorded. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("receivedOn", Optional.of(receivedOn()), "respondedOn", respondedOn());
        checks.datesInOrder("receivedOn", Optional.of(receivedOn()), "closedOn", closedOn());
        checks.datesInOrder("respondedOn", respondedOn(), "closedOn", closedOn());
        checks.datesInOrder("receivedOn", Optional.of(receivedOn()), "dueOn", dueOn());
        if (rating().isPresent() && closedOn().isEmpty()) {
            checks.fail("rating", "fazhi.hotline.ratedNotClosed");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link HotlineTicket}. */
    final class Builder extends ImmutableHotlineTicket.Builder {}
}
