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
 * 执法公示 / What an enforcing unit publishes about its enforcement (行政处罚法第三十四条、第三十九条、第四十一条):
 * the agency, the grounds for opening cases, the procedure and the remedies; the discretion benchmarks if it
 * adopted any; the places of electronic monitoring equipment if it uses any.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableEnforcementPublicity.class)
@JsonDeserialize(as = ImmutableEnforcementPublicity.class)
public interface EnforcementPublicity extends WithEnforcementPublicity {
    /** 已公示事项 / The items published. */
    Set<PublicityItem> published();

    /** 最近更新日期 / Date last updated. */
    Optional<LocalDate> updatedOn();

    /** 渠道 / Where, e.g. a URL. */
    Optional<@Size(max = 500) String> channel();

    /** 是否制定裁量基准 / Whether the unit adopted discretion benchmarks. */
    Optional<Boolean> discretionBenchmarksAdopted();

    /** 是否使用电子技术监控设备 / Whether the unit uses electronic monitoring equipment to find violations. */
    Optional<Boolean> electronicMonitoringUsed();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EnforcementPublicity}. */
    final class Builder extends ImmutableEnforcementPublicity.Builder {}
}
