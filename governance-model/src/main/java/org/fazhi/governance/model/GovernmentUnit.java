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
import org.fazhi.governance.model.internal.ConsistencyChecks;
import org.fazhi.governance.model.internal.Consistent;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.model.internal.SelfChecking;
import org.immutables.value.Value;

/**
 * 乡镇街道政府 / The township-level government unit a record describes (乡、镇、街道).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableGovernmentUnit.class)
@JsonDeserialize(as = ImmutableGovernmentUnit.class)
public interface GovernmentUnit extends WithGovernmentUnit, SelfChecking {
    /** 名称 / Name, e.g. 国宝乡. */
    @NotBlank @Size(max = 200)
    String name();

    /** 层级 / Township, town or subdistrict. */
    UnitLevel level();

    /** 区划代码（9位） / The 9-digit township division code, if known. */
    Optional<DivisionCode> code();

    /** 统一社会信用代码 / The government's unified social credit code, if known. */
    Optional<UnifiedSocialCreditCode> creditCode();

    /** 所在省（区、市） / The province, autonomous region or municipality, e.g. 福建省. */
    Optional<@Size(min = 1, max = 50) String> province();

    /** 所在市（州） / The prefecture-level city, where there is one, e.g. 泉州市. */
    Optional<@Size(min = 1, max = 50) String> city();

    /** 上级县（区） / The county the unit belongs to, e.g. 德化县. */
    Optional<@Size(max = 200) String> county();

    /** 下辖村（社区） / The villages and communities of the unit. */
    List<@Valid GrassrootsUnit> grassrootsUnits();

    /** 片区与景区 / Named areas inside the unit. */
    List<@Valid Area> areas();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.uniqueIds("grassrootsUnits", grassrootsUnits(), "id", GrassrootsUnit::id);
        java.util.Set<String> areaIds = checks.uniqueIds("areas", areas(), "id", Area::id);
        checks.references("grassrootsUnits", grassrootsUnits(), "areaId", u -> u.areaId().map(List::of).orElse(List.of()), areaIds, "areas");
        if (code().isPresent()) {
            for (int i = 0; i < grassrootsUnits().size(); i++) {
                Optional<DivisionCode> c = grassrootsUnits().get(i).code();
                if (c.isPresent() && !c.get().isWithin(code().get())) {
                    checks.failAt("grassrootsUnits", i, "code", "fazhi.division.notWithin", "code", c.get().value(), "parent", code().get().value());
                }
            }
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link GovernmentUnit}. */
    final class Builder extends ImmutableGovernmentUnit.Builder {}
}
