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
 * 重大行政决策 / A major administrative decision (重大行政决策) and its statutory steps.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableMajorAdministrativeDecision.class)
@JsonDeserialize(as = ImmutableMajorAdministrativeDecision.class)
public interface MajorAdministrativeDecision extends WithMajorAdministrativeDecision {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 名称 / Title. */
    @NotBlank @Size(max = 300)
    String title();

    /** 是否列入决策事项目录 / True if listed in the published decision catalogue. */
    @Value.Default
    default boolean catalogued() {
        return false;
    }

    /** 是否专业性技术性较强 / True if specialised or technical, so experts must assess it. */
    @Value.Default
    default boolean technical() {
        return false;
    }

    /** 是否存在社会稳定风险 / True if implementation may affect social stability or public safety. */
    @Value.Default
    default boolean riskPresent() {
        return false;
    }

    /** 是否依法不予公开 / True if it must not be disclosed by law, so public participation is not required. */
    @Value.Default
    default boolean confidential() {
        return false;
    }

    /** 缩短征求意见期限的理由 / The published reason for a comment period shorter than usual. */
    Optional<@Size(max = 1000) String> shortenedCommentReason();

    /** 决策机关 / The meeting that decided. */
    Optional<DecisionBody> decidedBy();

    /** 行政首长是否最后发表意见 / True if the head spoke last. */
    Optional<Boolean> headSpokeLast();

    /** 程序环节 / Steps taken. */
    List<@Valid DecisionStepRecord> steps();

    /** 听证会 / The hearing, if one was held (its details; the step itself is {@link DecisionStep#HEARING}). */
    Optional<@Valid DecisionHearing> hearing();

    /** 决策调整 / Later suspensions, stops and adjustments. */
    List<@Valid DecisionChange> changes();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link MajorAdministrativeDecision}. */
    final class Builder extends ImmutableMajorAdministrativeDecision.Builder {}
}
