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
 * 规范性文件程序环节记录 / One step of a normative document's procedure, with its dates.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableNormativeDocStepRecord.class)
@JsonDeserialize(as = ImmutableNormativeDocStepRecord.class)
public interface NormativeDocStepRecord extends WithNormativeDocStepRecord, SelfChecking {
    /** 环节 / Step. */
    NormativeDocStep step();

    /** 开始日期 / Start date (for consultation: the day the draft was published for comment). */
    LocalDate startedOn();

    /** 完成日期 / Completion date (for consultation: the last day of the comment period). */
    Optional<LocalDate> completedOn();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("startedOn", Optional.of(startedOn()), "completedOn", completedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NormativeDocStepRecord}. */
    final class Builder extends ImmutableNormativeDocStepRecord.Builder {}
}
