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
 * 权责清单事项 / An item of the power-and-responsibility list (权责清单): a power, its legal basis, who holds it and the duties that come with it.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutablePowerListItem.class)
@JsonDeserialize(as = ImmutablePowerListItem.class)
public interface PowerListItem extends WithPowerListItem {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Name. */
    @NotBlank @Size(max = 300)
    String name();

    /** 类别 / Category. */
    PowerCategory category();

    /** 法律依据 / Legal basis citations, e.g. 《行政处罚法》第二十四条. */
    List<@NotBlank @Size(max = 500) String> legalBasis();

    /** 实施主体 / Responsible body (a department id or name). */
    @NotBlank @Size(max = 200)
    String responsibleBody();

    /** 责任事项 / Duties that come with the power. */
    List<@NotBlank @Size(max = 1000) String> duties();

    /** 追责情形与案例 / Accountability cases. */
    List<@Valid AccountabilityCase> accountabilityCases();

    /** 承接下放决定 / The delegation decision, for powers handed down from the county (XZCF Art. 24). */
    Optional<@Size(max = 300) String> delegationDecision();

    /** 公布日期 / Date the item was published. */
    Optional<LocalDate> publishedOn();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link PowerListItem}. */
    final class Builder extends ImmutablePowerListItem.Builder {}
}
