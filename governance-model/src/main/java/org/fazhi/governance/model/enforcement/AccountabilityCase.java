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
 * 责任追究案例 / A case where someone was held accountable under a power-list item (问责).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableAccountabilityCase.class)
@JsonDeserialize(as = ImmutableAccountabilityCase.class)
public interface AccountabilityCase extends WithAccountabilityCase {
    /** 日期 / Date. */
    LocalDate decidedOn();

    /** 说明 / What happened and the measure taken. */
    @NotBlank @Size(max = 2000)
    String description();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link AccountabilityCase}. */
    final class Builder extends ImmutableAccountabilityCase.Builder {}
}
