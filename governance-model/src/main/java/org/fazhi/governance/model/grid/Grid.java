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
 * 网格 / A grid of grid management (网格化管理), at any level.
 *
 * <p>Level 1 (一级网格) usually covers a village and is led by its Party branch secretary; level 2 (二级网格, 单元网格) a villager group, led by a Party group leader. Levels may go deeper. A grid's parent is one level up.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableGrid.class)
@JsonDeserialize(as = ImmutableGrid.class)
public interface Grid extends WithGrid, SelfChecking {
    /** 标识 / Id, unique in the record; a 15-digit grid code where the host has one. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 200)
    String name();

    /** 层级 / 1 for 一级网格, 2 for 二级网格, and so on. */
    @Min(1) @Max(9)
    int level();

    /** 上级网格 / The parent grid's id; absent for level 1. */
    Optional<@Size(max = 128) String> parentId();

    /** 对应村（社区） / The village or community the grid covers, if one. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** 户数 / Households in the grid, if known. */
    Optional<@PositiveOrZero Integer> households();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (level() == 1 && parentId().isPresent()) {
            checks.fail("parentId", "fazhi.grid.level1HasParent");
        }
        if (level() > 1 && parentId().isEmpty()) {
            checks.fail("parentId", "fazhi.grid.missingParent", "level", level());
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Grid}. */
    final class Builder extends ImmutableGrid.Builder {}
}
