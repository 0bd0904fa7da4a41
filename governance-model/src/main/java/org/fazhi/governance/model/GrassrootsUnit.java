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
 * 基层单元（行政村、社区） / A grassroots unit: an administrative village or a community.
 *
 * <p>Coverage rules (legal advisers, 评理室, 法律明白人, 综治中心) count both kinds.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableGrassrootsUnit.class)
@JsonDeserialize(as = ImmutableGrassrootsUnit.class)
public interface GrassrootsUnit extends WithGrassrootsUnit {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name, e.g. 佛岭村. */
    @NotBlank @Size(max = 200)
    String name();

    /** 类别 / Village or community. */
    GrassrootsKind kind();

    /** 统计用区划代码（12位） / The 12-digit statistical division code, if known. */
    Optional<DivisionCode> code();

    /** 所属片区 / The id of the area (片区) the unit belongs to, if any. */
    Optional<@Size(max = 128) String> areaId();

    /** 集体财务往来较多 / Whether the village has many collective financial transactions, so publishes its finances monthly (村民委员会组织法第三十条). */
    Optional<Boolean> frequentFinancialTransactions();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link GrassrootsUnit}. */
    final class Builder extends ImmutableGrassrootsUnit.Builder {}
}
