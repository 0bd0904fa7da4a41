package org.fazhi.governance.model.service;

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
 * 告知承诺事项 / An item handled by notification and commitment (告知承诺制): the applicant's written commitment replaces a certificate.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableNotificationCommitmentItem.class)
@JsonDeserialize(as = ImmutableNotificationCommitmentItem.class)
public interface NotificationCommitmentItem extends WithNotificationCommitmentItem, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 300)
    String name();

    /** 类别 / Certification matter, business licensing or approval. */
    NotificationCommitmentKind kind();

    /** 涉及的不适用情形 / Excluded categories the matter touches; should be empty. */
    Set<ExclusionCategory> exclusionsTouched();

    /** 是否书面告知法律责任 / True if the written notice states the liability for a false commitment. */
    @Value.Default
    default boolean liabilityNotified() {
        return true;
    }

    /** 承诺件数 / Commitments accepted in the year. */
    @PositiveOrZero
    int commitmentsAccepted();

    /** 事中事后核查件数 / Commitments verified during or after approval (事中事后核查). */
    @PositiveOrZero
    int commitmentsVerified();

    /** 虚假承诺件数 / Commitments found false. */
    @PositiveOrZero
    int falseCommitments();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.notGreater("commitmentsVerified", commitmentsVerified(), "commitmentsAccepted", commitmentsAccepted());
        checks.notGreater("falseCommitments", falseCommitments(), "commitmentsVerified", commitmentsVerified());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NotificationCommitmentItem}. */
    final class Builder extends ImmutableNotificationCommitmentItem.Builder {}
}
