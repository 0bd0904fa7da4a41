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
 * 政务服务事项 / A government service item of 放管服 (一件事一次办, 最多跑一次, 全程代办).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableServiceItem.class)
@JsonDeserialize(as = ImmutableServiceItem.class)
public interface ServiceItem extends WithServiceItem {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 300)
    String name();

    /** 最多跑动次数 / The most visits an applicant needs: 0 for 一次也不跑, 1 for 最多跑一次. */
    @PositiveOrZero @Max(20)
    int maxVisits();

    /** 是否全程代办 / True if staff handle it on the applicant's behalf end to end (全程代办). */
    @Value.Default
    default boolean fullyDelegated() {
        return false;
    }

    /** 是否纳入“一件事一次办” / True if bundled as one integrated matter. */
    @Value.Default
    default boolean integratedMatter() {
        return false;
    }

    /** 是否在公布的行政审批事项清单中 / True if on the published approval-item list (行政审批事项清单). */
    @Value.Default
    default boolean onPublishedApprovalList() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ServiceItem}. */
    final class Builder extends ImmutableServiceItem.Builder {}
}
