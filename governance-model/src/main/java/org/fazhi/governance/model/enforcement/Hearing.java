package org.fazhi.governance.model.enforcement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 听证 / The hearing of a penalty case (行政处罚法第六十三条、第六十四条): the party's request, the notice of
 * time and place, whether it was public, who chaired it and whether the party signed the record.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableHearing.class)
@JsonDeserialize(as = ImmutableHearing.class)
public interface Hearing extends WithHearing, SelfChecking {
    /** 申请日期 / Date the party asked for a hearing, if it did. */
    Optional<LocalDate> requestedOn();

    /** 放弃听证 / True if the party waived the hearing (or, under Art. 64(8), is deemed to have). */
    @Value.Default
    default boolean waived() {
        return false;
    }

    /** 通知日期 / Date the party was told the hearing's time and place. */
    Optional<LocalDate> noticeOn();

    /** 举行日期 / Date the hearing was held. */
    Optional<LocalDate> heldOn();

    /** 是否公开 / Whether the hearing was public. */
    Optional<Boolean> publicHearing();

    /** 不公开理由 / Why it was not public (国家秘密、商业秘密或者个人隐私). */
    Optional<@Size(max = 300) String> nonPublicReason();

    /** 主持人 / The person who chaired the hearing (an id in {@code people}). */
    Optional<@Size(max = 128) String> chairPersonId();

    /** 笔录是否经当事人核对签字 / Whether the party (or its agent) checked and signed the hearing record. */
    Optional<Boolean> recordSigned();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("requestedOn", requestedOn(), "noticeOn", noticeOn());
        checks.datesInOrder("noticeOn", noticeOn(), "heldOn", heldOn());
        checks.datesInOrder("requestedOn", requestedOn(), "heldOn", heldOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Hearing}. */
    final class Builder extends ImmutableHearing.Builder {}
}
