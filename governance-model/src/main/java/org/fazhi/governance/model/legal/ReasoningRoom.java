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
 * 评理室 / A reasoning room (评理室), a local mediation venue of the township or a village.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableReasoningRoom.class)
@JsonDeserialize(as = ImmutableReasoningRoom.class)
public interface ReasoningRoom extends WithReasoningRoom {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 200)
    String name();

    /** 所在村（社区） / The village it serves; absent for the township's own room. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** 评理员 / Members. */
    List<@Valid ReasoningRoomMember> members();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReasoningRoom}. */
    final class Builder extends ImmutableReasoningRoom.Builder {}
}
