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
 * 村民代表会议 / A villager-representative meeting of a village (村民代表会议).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableVillagerRepresentativeMeeting.class)
@JsonDeserialize(as = ImmutableVillagerRepresentativeMeeting.class)
public interface VillagerRepresentativeMeeting extends WithVillagerRepresentativeMeeting, SelfChecking {
    /** 村 / The village. */
    @NotBlank @Size(max = 128)
    String grassrootsUnitId();

    /** 日期 / Date. */
    LocalDate heldOn();

    /** 组成人员 / Members of the meeting. */
    @Min(1)
    int members();

    /** 到会人员 / Members present. */
    @PositiveOrZero
    int present();

    /** 同意人数 / Members in favour of the decision, if one was taken. */
    Optional<@PositiveOrZero Integer> inFavour();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.notGreater("present", present(), "members", members());
        inFavour().ifPresent(v -> checks.notGreater("inFavour", v, "present", present()));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link VillagerRepresentativeMeeting}. */
    final class Builder extends ImmutableVillagerRepresentativeMeeting.Builder {}
}
