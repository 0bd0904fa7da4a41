package org.fazhi.governance.model.grid;

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
 * 巡逻 / One security patrol of the area or of a village joint-defence team (治安联防队).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutablePatrol.class)
@JsonDeserialize(as = ImmutablePatrol.class)
public interface Patrol extends WithPatrol {
    /** 日期 / Date. */
    LocalDate patrolledOn();

    /** 类别 / Area security patrol or village joint-defence patrol. */
    PatrolKind kind();

    /** 村（社区） / The village patrolled, for a joint-defence patrol. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Patrol}. */
    final class Builder extends ImmutablePatrol.Builder {}
}
