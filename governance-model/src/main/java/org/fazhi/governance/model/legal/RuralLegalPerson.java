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
 * 乡村法治人才 / A rule-of-law leader (法治带头人) or legally literate villager (法律明白人) of a village.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableRuralLegalPerson.class)
@JsonDeserialize(as = ImmutableRuralLegalPerson.class)
public interface RuralLegalPerson extends WithRuralLegalPerson {
    /** 人员 / The person's id, if the person is in {@code people}. */
    Optional<@Size(max = 128) String> personId();

    /** 村（社区） / The village or community. */
    @NotBlank @Size(max = 128)
    String grassrootsUnitId();

    /** 角色 / Role. */
    RuralLegalRole role();

    /** 是否考核上岗 / Whether the person was assessed before taking up the role; empty when nobody said. */
    Optional<Boolean> assessed();

    /** 遴选方式 / How the person was chosen. */
    Optional<RuralLegalSelection> selectedBy();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RuralLegalPerson}. */
    final class Builder extends ImmutableRuralLegalPerson.Builder {}
}
