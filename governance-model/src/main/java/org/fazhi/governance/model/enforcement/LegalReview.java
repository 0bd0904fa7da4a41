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
 * 法制审核 / The legal review of a major enforcement decision (重大执法决定法制审核).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLegalReview.class)
@JsonDeserialize(as = ImmutableLegalReview.class)
public interface LegalReview extends WithLegalReview {
    /** 审核人员 / The reviewer's id. */
    @NotBlank @Size(max = 128)
    String reviewerId();

    /** 审核日期 / Date of the review opinion. */
    LocalDate reviewedOn();

    /** 结论 / Passed or not. */
    ReviewResult result();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalReview}. */
    final class Builder extends ImmutableLegalReview.Builder {}
}
