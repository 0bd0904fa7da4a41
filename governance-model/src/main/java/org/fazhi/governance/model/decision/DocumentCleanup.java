package org.fazhi.governance.model.decision;

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
 * 规范性文件清理 / A cleanup of normative documents (清理) and its published result.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDocumentCleanup.class)
@JsonDeserialize(as = ImmutableDocumentCleanup.class)
public interface DocumentCleanup extends WithDocumentCleanup, SelfChecking {
    /** 完成日期 / Completion date. */
    LocalDate completedOn();

    /** 结果公布日期 / Date the result was published. */
    Optional<LocalDate> publishedOn();

    /** 继续有效 / Documents kept. */
    @PositiveOrZero
    int kept();

    /** 修改 / Documents amended. */
    @PositiveOrZero
    int amended();

    /** 废止或失效 / Documents repealed or expired. */
    @PositiveOrZero
    int repealed();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("completedOn", Optional.of(completedOn()), "publishedOn", publishedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DocumentCleanup}. */
    final class Builder extends ImmutableDocumentCleanup.Builder {}
}
