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
 * 行政执法证件 / An administrative enforcement certificate (行政执法证).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableEnforcementCertificate.class)
@JsonDeserialize(as = ImmutableEnforcementCertificate.class)
public interface EnforcementCertificate extends WithEnforcementCertificate, SelfChecking {
    /** 证号 / Certificate number. */
    @NotBlank @Size(max = 64)
    String number();

    /** 发证机关 / Issuing authority. */
    @NotBlank @Size(max = 200)
    String issuer();

    /** 执法领域 / Fields of enforcement the certificate covers. */
    Set<@NotBlank @Size(max = 100) String> fields();

    /** 有效期起 / Valid from. */
    LocalDate validFrom();

    /** 有效期至 / Valid until (inclusive). */
    LocalDate validUntil();

    /** 状态 / Status as recorded by the issuer. */
    CertificateStatus status();

    /**
     * 在某日是否有效 / Whether the certificate is valid on a date: status valid and the date inside the period.
     *
     * @param date the date, usually the action date or the as-of date
     * @return true if valid on that date
     */
    default boolean isValidOn(LocalDate date) {
        return status() == CertificateStatus.VALID && !date.isBefore(validFrom()) && !date.isAfter(validUntil());
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("validFrom", Optional.of(validFrom()), "validUntil", Optional.of(validUntil()));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EnforcementCertificate}. */
    final class Builder extends ImmutableEnforcementCertificate.Builder {}
}
