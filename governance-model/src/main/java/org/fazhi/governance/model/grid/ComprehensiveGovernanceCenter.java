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
 * 综治中心 / A comprehensive-governance centre (乡镇 or 村级综治中心) that links grid, video, mediation and petitions.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableComprehensiveGovernanceCenter.class)
@JsonDeserialize(as = ImmutableComprehensiveGovernanceCenter.class)
public interface ComprehensiveGovernanceCenter extends WithComprehensiveGovernanceCenter {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 200)
    String name();

    /** 所在村（社区） / The village it serves; absent for the township centre. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** 是否完成规范化建设 / True once its standardised construction (规范化建设) is complete. */
    @Value.Default
    default boolean standardised() {
        return false;
    }

    /** 是否接入视频监控 / True if it is linked to the video network. */
    @Value.Default
    default boolean videoLinked() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ComprehensiveGovernanceCenter}. */
    final class Builder extends ImmutableComprehensiveGovernanceCenter.Builder {}
}
