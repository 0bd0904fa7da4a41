package org.fazhi.governance.model.legal;

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
 * 法律服务与治理场所 / A legal-service or governance venue: 公共法律服务工作站, 巡回法庭, 调解室, 邻里议事厅, 矛盾纠纷多元化解中心, 便民服务中心, 应急管理办公室.
 *
 * <p>The glossary's {@code PublicLegalServiceStation}, {@code CircuitCourt}, {@code MediationRoom} and {@code NeighbourhoodCouncilHall} are this type with the matching {@link VenueKind}.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableVenue.class)
@JsonDeserialize(as = ImmutableVenue.class)
public interface Venue extends WithVenue {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 类别 / Kind. */
    VenueKind kind();

    /** 名称 / Name. */
    @NotBlank @Size(max = 300)
    String name();

    /** 专门领域 / General or a special field such as tourism disputes. */
    @Value.Default
    default VenueFocus focus() {
        return VenueFocus.GENERAL;
    }

    /** 所在村（社区） / The village it serves; absent for a township-wide venue. */
    Optional<@Size(max = 128) String> grassrootsUnitId();

    /** 所在片区或景区 / The area it serves, if any. */
    Optional<@Size(max = 128) String> areaId();

    /** 合作单位 / Partners, e.g. 县法院, 文旅局. */
    List<@NotBlank @Size(max = 200) String> partners();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Venue}. */
    final class Builder extends ImmutableVenue.Builder {}
}
