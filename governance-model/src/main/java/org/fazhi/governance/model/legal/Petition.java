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
 * 信访事项 / A petition (信访) and its time limits.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutablePetition.class)
@JsonDeserialize(as = ImmutablePetition.class)
public interface Petition extends WithPetition, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 收到日期 / Date received. */
    LocalDate receivedOn();

    /** 书面告知受理日期 / Date the petitioner was told in writing whether it is accepted. */
    Optional<LocalDate> noticeOn();

    /** 办理完结日期 / Date the matter was concluded. */
    Optional<LocalDate> concludedOn();

    /** 延长天数 / Days the handling period was extended, with reasons given (at most 30). */
    @PositiveOrZero @Max(365)
    int extensionDays();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("receivedOn", Optional.of(receivedOn()), "noticeOn", noticeOn());
        checks.datesInOrder("receivedOn", Optional.of(receivedOn()), "concludedOn", concludedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Petition}. */
    final class Builder extends ImmutablePetition.Builder {}
}
