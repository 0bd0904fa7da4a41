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
 * 罚款缴纳 / One payment of a fine (罚缴分离): how and when it was paid, the amount, any late-payment
 * surcharge (加处罚款), and for a fine collected on the spot the ground and the day the money reached the
 * agency (行政处罚法第六十七条至第七十二条).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableFinePayment.class)
@JsonDeserialize(as = ImmutableFinePayment.class)
public interface FinePayment extends WithFinePayment, SelfChecking {
    /** 缴纳渠道 / How it was paid. */
    PaymentChannel channel();

    /** 缴纳日期 / Date paid. */
    Optional<LocalDate> paidOn();

    /** 金额（元） / Amount paid in yuan, the surcharge not included. */
    Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> amountYuan();

    /** 加处罚款（元） / Late-payment surcharge in yuan. */
    Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> lateFeeYuan();

    /** 当场收缴情形 / The ground for collecting on the spot. */
    Optional<OnSpotCollectionGround> onSpotGround();

    /** 交至行政机关日期 / For cash collected on the spot: the day it reached the agency. */
    Optional<LocalDate> remittedOn();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("paidOn", paidOn(), "remittedOn", remittedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link FinePayment}. */
    final class Builder extends ImmutableFinePayment.Builder {}
}
