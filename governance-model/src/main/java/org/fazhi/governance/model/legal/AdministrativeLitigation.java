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
 * 行政诉讼应诉 / An administrative lawsuit against the unit and who appeared in court (出庭应诉).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableAdministrativeLitigation.class)
@JsonDeserialize(as = ImmutableAdministrativeLitigation.class)
public interface AdministrativeLitigation extends WithAdministrativeLitigation {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 案号 / Court case number. */
    Optional<@Size(max = 100) String> caseNumber();

    /** 开庭日期 / Hearing date. */
    LocalDate hearingOn();

    /** 负责人是否出庭 / True if the agency head appeared in court. */
    boolean leaderAppeared();

    /** 是否委托工作人员出庭 / True if a staff member appeared on the head's behalf. */
    @Value.Default
    default boolean delegateAppeared() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link AdministrativeLitigation}. */
    final class Builder extends ImmutableAdministrativeLitigation.Builder {}
}
