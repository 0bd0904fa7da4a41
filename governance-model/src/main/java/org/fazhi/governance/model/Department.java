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
 * 部门 / A department or office of the unit, or an outside body it works with (派出所, 司法所).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableDepartment.class)
@JsonDeserialize(as = ImmutableDepartment.class)
public interface Department extends WithDepartment {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name, e.g. 司法所. */
    @NotBlank @Size(max = 200)
    String name();

    /** 是否为本单位内设机构 / True for the unit's own offices; false for stationed or outside bodies. */
    @Value.Default
    default boolean internal() {
        return true;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Department}. */
    final class Builder extends ImmutableDepartment.Builder {}
}
