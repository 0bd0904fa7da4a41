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
 * 警务车辆 / A patrol vehicle (警务用车, 警务摩托车).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutablePatrolVehicle.class)
@JsonDeserialize(as = ImmutablePatrolVehicle.class)
public interface PatrolVehicle extends WithPatrolVehicle {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 类别 / Car or motorcycle. */
    VehicleKind kind();

    /** 购置日期 / Acquisition date, if known. */
    Optional<LocalDate> acquiredOn();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link PatrolVehicle}. */
    final class Builder extends ImmutablePatrolVehicle.Builder {}
}
