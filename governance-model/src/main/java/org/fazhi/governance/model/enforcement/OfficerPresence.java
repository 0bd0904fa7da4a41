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
 * 执法人员出场 / An officer present at an enforcement action, and whether the certificate was shown (亮证执法).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableOfficerPresence.class)
@JsonDeserialize(as = ImmutableOfficerPresence.class)
public interface OfficerPresence extends WithOfficerPresence {
    /** 执法人员 / The officer's id. */
    @NotBlank @Size(max = 128)
    String officerId();

    /** 是否出示执法证件 / True if the certificate was shown. */
    boolean certificateShown();

    /**
     * 是否与案件有直接利害关系 / Whether the officer has a direct interest in the case (行政处罚法第四十三条), so must
     * withdraw; empty when the record does not say whether this was checked.
     */
    Optional<Boolean> directInterest();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link OfficerPresence}. */
    final class Builder extends ImmutableOfficerPresence.Builder {}
}
