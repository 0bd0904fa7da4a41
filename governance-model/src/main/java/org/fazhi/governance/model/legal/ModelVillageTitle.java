package org.fazhi.governance.model.legal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 民主法治示范村（社区）称号 / A village's democracy-and-rule-of-law model title: who named it, when, and its latest
 * review (复核), after which a title is kept or revoked.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableModelVillageTitle.class)
@JsonDeserialize(as = ImmutableModelVillageTitle.class)
public interface ModelVillageTitle extends WithModelVillageTitle, SelfChecking {
    /** 村（社区） / The village or community. */
    @NotBlank @Size(max = 128)
    String grassrootsUnitId();

    /** 命名级别 / The level that named it. */
    ModelVillageLevel level();

    /** 命名日期 / Date named. */
    LocalDate namedOn();

    /** 最近复核日期 / Date of the latest review. */
    Optional<LocalDate> lastReviewedOn();

    /** 是否已撤销 / True once the title was revoked or cancelled. */
    @Value.Default
    default boolean revoked() {
        return false;
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("namedOn", Optional.of(namedOn()), "lastReviewedOn", lastReviewedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ModelVillageTitle}. */
    final class Builder extends ImmutableModelVillageTitle.Builder {}
}
