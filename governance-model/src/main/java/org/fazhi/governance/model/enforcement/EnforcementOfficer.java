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
 * 行政执法人员 / An administrative enforcement officer, with the certificates held.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableEnforcementOfficer.class)
@JsonDeserialize(as = ImmutableEnforcementOfficer.class)
public interface EnforcementOfficer extends WithEnforcementOfficer {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 人员 / The person's id. */
    @NotBlank @Size(max = 128)
    String personId();

    /**
     * 是否专职 / Whether the officer is a full-time enforcement officer (专职行政执法人员): true or false as the
     * record states it, empty when nobody said. An unstated fact is not assumed: an officer counts as
     * full-time only when marked so, and the full-time count is computed only when every officer is marked.
     */
    Optional<Boolean> fullTime();

    /** 执法证件 / Certificates held, current and past. */
    List<@Valid EnforcementCertificate> certificates();

    /**
     * 持证上岗 / Whether the officer holds a certificate valid on the date.
     *
     * @param date the date
     * @return true if certified on duty on that date
     */
    default boolean isCertifiedOnDuty(LocalDate date) {
        return certificates().stream().anyMatch(c -> c.isValidOn(date));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EnforcementOfficer}. */
    final class Builder extends ImmutableEnforcementOfficer.Builder {}
}
