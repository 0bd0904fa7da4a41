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
 * 八五普法规划 / The unit's plan for the eighth five-year legal-education period (2021–2025).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableEighthLegalEducationPlan.class)
@JsonDeserialize(as = ImmutableEighthLegalEducationPlan.class)
public interface EighthLegalEducationPlan extends WithEighthLegalEducationPlan {
    /** 制定日期 / Adoption date, if known. */
    Optional<LocalDate> adoptedOn();

    /** 是否依据县级规划 / True if based on the county's plan. */
    @Value.Default
    default boolean basedOnCountyPlan() {
        return true;
    }

    /** 是否推行“谁执法谁普法” / True if it implements the who-enforces-educates responsibility system. */
    @Value.Default
    default boolean whoEnforcesEducates() {
        return true;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EighthLegalEducationPlan}. */
    final class Builder extends ImmutableEighthLegalEducationPlan.Builder {}
}
