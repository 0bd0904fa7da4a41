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
 * 视频监控点 / A surveillance camera point (雪亮工程, 平安家园“爱心眼” …).
 *
 * <p>Programmes may overlap: the same point can be counted by two programmes, so totals over programmes are an upper bound.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableSurveillanceCamera.class)
@JsonDeserialize(as = ImmutableSurveillanceCamera.class)
public interface SurveillanceCamera extends WithSurveillanceCamera {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 项目 / Programme. */
    CameraProgramme programme();

    /** 所在片区 / The area it covers, if recorded. */
    Optional<@Size(max = 128) String> areaId();

    /** 是否联网 / Linked to the network cloud platform. */
    @Value.Default
    default boolean networked() {
        return true;
    }

    /** 是否在用 / In working order on the as-of date. */
    @Value.Default
    default boolean operational() {
        return true;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link SurveillanceCamera}. */
    final class Builder extends ImmutableSurveillanceCamera.Builder {}
}
