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
 * 负责人集体讨论 / The collective discussion of a complex or serious case by the agency's leaders.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableCollectiveDiscussion.class)
@JsonDeserialize(as = ImmutableCollectiveDiscussion.class)
public interface CollectiveDiscussion extends WithCollectiveDiscussion {
    /** 日期 / Date. */
    LocalDate heldOn();

    /** 参加人数 / Leaders present. */
    @Min(1)
    int attendees();

    /** 纪要 / Minutes reference. */
    Optional<@Size(max = 200) String> minutesRef();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CollectiveDiscussion}. */
    final class Builder extends ImmutableCollectiveDiscussion.Builder {}
}
