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
 * 执法公示记录 / A publication made for a case at one stage of enforcement publicity (公示).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableDisclosureRecord.class)
@JsonDeserialize(as = ImmutableDisclosureRecord.class)
public interface DisclosureRecord extends WithDisclosureRecord {
    /** 阶段 / Before, during or after. */
    DisclosureStage stage();

    /** 公开日期 / Date published or shown. */
    LocalDate publishedOn();

    /** 渠道 / Channel or URL. */
    Optional<@Size(max = 500) String> channel();

    /**
     * 撤回日期 / Date the published decision was withdrawn, after it was changed, revoked, or confirmed unlawful
     * or void (行政处罚法第四十八条).
     */
    Optional<LocalDate> withdrawnOn();

    /** 是否公开说明理由 / Whether the withdrawal was explained publicly. */
    Optional<Boolean> withdrawalExplained();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DisclosureRecord}. */
    final class Builder extends ImmutableDisclosureRecord.Builder {}
}
