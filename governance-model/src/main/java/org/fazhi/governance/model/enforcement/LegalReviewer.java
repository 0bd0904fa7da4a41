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
 * 法制审核人员 / A legal reviewer of major enforcement decisions (重大执法决定法制审核人员).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLegalReviewer.class)
@JsonDeserialize(as = ImmutableLegalReviewer.class)
public interface LegalReviewer extends WithLegalReviewer {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 人员 / The person's id. */
    @NotBlank @Size(max = 128)
    String personId();

    /** 法律职业资格 / True if the reviewer passed the national unified legal professional qualification exam. */
    boolean legalProfessionalQualification();

    /** 首次从事法制审核日期 / The date first assigned to legal review. */
    Optional<LocalDate> firstAssignedOn();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalReviewer}. */
    final class Builder extends ImmutableLegalReviewer.Builder {}
}
