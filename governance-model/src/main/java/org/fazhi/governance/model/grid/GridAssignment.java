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
 * 网格人员配备 / A person assigned to a grid in a role (网格长, 专职网格员, 网格志愿者 …).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableGridAssignment.class)
@JsonDeserialize(as = ImmutableGridAssignment.class)
public interface GridAssignment extends WithGridAssignment {
    /** 网格 / The grid's id. */
    @NotBlank @Size(max = 128)
    String gridId();

    /** 人员 / The person's id. */
    @NotBlank @Size(max = 128)
    String personId();

    /** 角色 / Role. */
    GridRole role();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link GridAssignment}. */
    final class Builder extends ImmutableGridAssignment.Builder {}
}
