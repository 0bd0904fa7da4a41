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
 * 行政处罚内容 / A penalty as proposed in the prior notice or as decided: its kinds (行政处罚法第九条) and the
 * amounts of fine and confiscation in yuan. An amount the record does not give is unstated, not zero.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutablePenalty.class)
@JsonDeserialize(as = ImmutablePenalty.class)
public interface Penalty extends WithPenalty, SelfChecking {
    /** 处罚种类 / The kinds of penalty, at least one. */
    @Size(min = 1)
    Set<PenaltyKind> kinds();

    /** 罚款金额（元） / The fine in yuan, if a fine. */
    Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> fineYuan();

    /** 没收金额（元） / The value confiscated in yuan (illegal income or property), if any. */
    Optional<@DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> confiscationYuan();

    /** 第九条最高项次 / The heaviest item of Art. 9 among the kinds. */
    default int highestRank() {
        return kinds().stream().mapToInt(PenaltyKind::rank).max().orElse(0);
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        if (fineYuan().isPresent() && !kinds().contains(PenaltyKind.FINE)) {
            checks.fail("fineYuan", "fazhi.penalty.amountWithoutKind", "kind", PenaltyKind.FINE.name());
        }
        if (confiscationYuan().isPresent() && !kinds().contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_INCOME)
                && !kinds().contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY)) {
            checks.fail("confiscationYuan", "fazhi.penalty.amountWithoutKind", "kind", PenaltyKind.CONFISCATION_OF_ILLEGAL_INCOME.name());
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Penalty}. */
    final class Builder extends ImmutablePenalty.Builder {}
}
