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
 * 陈述申辩 / The party's statement and defence (行政处罚法第四十五条), or its express waiver (第六十二条), and what
 * the agency did with it.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableStatementAndDefence.class)
@JsonDeserialize(as = ImmutableStatementAndDefence.class)
public interface StatementAndDefence extends WithStatementAndDefence, SelfChecking {
    /** 提出日期 / Date the party stated its case or defended itself, if it did. */
    Optional<LocalDate> submittedOn();

    /** 明确放弃 / True if the party expressly waived its right to state and defend. */
    @Value.Default
    default boolean waived() {
        return false;
    }

    /** 是否复核 / Whether the agency re-checked the facts, reasons and evidence the party raised. */
    Optional<Boolean> factsRechecked();

    /** 处理结果 / What the agency did with it. */
    Optional<DefenceHandling> handling();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (waived() && submittedOn().isPresent()) {
            checks.fail("waived", "fazhi.defence.waivedAndSubmitted");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link StatementAndDefence}. */
    final class Builder extends ImmutableStatementAndDefence.Builder {}
}
