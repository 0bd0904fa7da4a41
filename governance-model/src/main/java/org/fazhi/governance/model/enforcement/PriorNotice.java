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
 * 事先告知 / The notice served before a penalty decision (行政处罚法第四十四条): what it told the party and when it
 * was served. Summary procedure (当场) tells the party on the spot; the date is then the decision's.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutablePriorNotice.class)
@JsonDeserialize(as = ImmutablePriorNotice.class)
public interface PriorNotice extends WithPriorNotice {
    /** 送达日期 / Date the notice was served on the party. */
    LocalDate servedOn();

    /** 告知事项 / What the notice told the party. */
    Set<NoticeItem> items();

    /** 拟作出的处罚 / The penalty the notice proposed, if recorded. */
    Optional<@Valid Penalty> proposedPenalty();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link PriorNotice}. */
    final class Builder extends ImmutablePriorNotice.Builder {}
}
