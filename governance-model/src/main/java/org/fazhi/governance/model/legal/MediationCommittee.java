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
 * 人民调解委员会 / A people's mediation committee of a village or community.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableMediationCommittee.class)
@JsonDeserialize(as = ImmutableMediationCommittee.class)
public interface MediationCommittee extends WithMediationCommittee {
    /** 村（社区） / The village or community. */
    @NotBlank @Size(max = 128)
    String grassrootsUnitId();

    /** 委员人数 / Members, including the chair. */
    @PositiveOrZero @Max(1000)
    int members();

    /** 是否设主任 / True if it has a chair. */
    @Value.Default
    default boolean hasChair() {
        return true;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MediationCommittee}. */
    final class Builder extends ImmutableMediationCommittee.Builder {}
}
