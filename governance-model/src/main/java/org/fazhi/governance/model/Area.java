package org.fazhi.governance.model;

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
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 片区、景区 / A named area inside a unit, such as 南斗片区 or 云龙谷景区.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableArea.class)
@JsonDeserialize(as = ImmutableArea.class)
public interface Area extends WithArea {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 200)
    String name();

    /** 类别 / Sub-area or scenic area. */
    AreaKind kind();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Area}. */
    final class Builder extends ImmutableArea.Builder {}
}
