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
 * 三重一大集体决策会议 / A meeting that decided a "three majors, one large" matter (三重一大).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableCollectiveMeeting.class)
@JsonDeserialize(as = ImmutableCollectiveMeeting.class)
public interface CollectiveMeeting extends WithCollectiveMeeting, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 日期 / Date. */
    LocalDate heldOn();

    /** 会议 / Meeting type. */
    DecisionBody body();

    /** 事项类别 / Category of the matter. */
    CollectiveDecisionCategory category();

    /** 议题 / Subject. */
    @NotBlank @Size(max = 500)
    String subject();

    /** 应到会成员 / Members who should attend. */
    @Min(1)
    int expectedMembers();

    /** 实到会成员 / Members present. */
    @PositiveOrZero
    int presentMembers();

    /** 同意票数 / Members in favour, if a vote was taken. */
    Optional<@PositiveOrZero Integer> votesInFavour();

    /** 主要负责人末位表态 / True if the principal leader spoke last. */
    boolean leaderSpokeLast();

    /** 是否有不同意见 / True if any member disagreed. */
    @Value.Default
    default boolean dissentExpressed() {
        return false;
    }

    /** 不同意见是否载入纪要 / True if dissent was recorded in the minutes. */
    @Value.Default
    default boolean dissentMinuted() {
        return false;
    }

    /** 是否以传阅会签代替会议 / True if decided by circulating papers instead of meeting. */
    @Value.Default
    default boolean decidedByCirculation() {
        return false;
    }

    /** 金额（元） / Amount in yuan, for fund matters. */
    Optional<@DecimalMin("0") BigDecimal> amountYuan();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.notGreater("presentMembers", presentMembers(), "expectedMembers", expectedMembers());
        votesInFavour().ifPresent(v -> checks.notGreater("votesInFavour", v, "presentMembers", presentMembers()));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CollectiveMeeting}. */
    final class Builder extends ImmutableCollectiveMeeting.Builder {}
}
