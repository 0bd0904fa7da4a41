package org.fazhi.governance.model.enforcement;

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
 * 综合执法队 / The township's comprehensive administrative enforcement team.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableComprehensiveEnforcementTeam.class)
@JsonDeserialize(as = ImmutableComprehensiveEnforcementTeam.class)
public interface ComprehensiveEnforcementTeam extends WithComprehensiveEnforcementTeam {
    /** 名称 / Name. */
    @NotBlank @Size(max = 200)
    String name();

    /** 执法人员 / Ids of its officers. */
    List<@NotBlank String> officerIds();

    /** 法制审核人员 / Ids of its legal reviewers. */
    List<@NotBlank String> reviewerIds();

    /** 管理制度 / The staff management rules it has adopted, by title. */
    List<@NotBlank @Size(max = 300) String> managementRules();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ComprehensiveEnforcementTeam}. */
    final class Builder extends ImmutableComprehensiveEnforcementTeam.Builder {}
}
