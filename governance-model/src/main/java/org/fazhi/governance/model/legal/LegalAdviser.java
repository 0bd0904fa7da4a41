package org.fazhi.governance.model.legal;

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
 * 法律顾问 / A legal adviser engaged for the township government or a village (一村一法律顾问).
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableLegalAdviser.class)
@JsonDeserialize(as = ImmutableLegalAdviser.class)
public interface LegalAdviser extends WithLegalAdviser, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 姓名 / Name. */
    @NotBlank @Size(max = 100)
    String name();

    /** 类别 / Lawyer, grassroots legal worker or public-sector lawyer. */
    LegalAdviserKind kind();

    /** 服务的村（社区） / The villages served; empty for an adviser of the township government only. */
    Set<@NotBlank String> grassrootsUnitIds();

    /** 是否担任乡镇政府法律顾问 / True if the adviser serves the township government itself. */
    @Value.Default
    default boolean servesTownship() {
        return false;
    }

    /** 聘期起 / Contract start. */
    Optional<LocalDate> contractFrom();

    /** 聘期止 / Contract end. */
    Optional<LocalDate> contractUntil();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("contractFrom", contractFrom(), "contractUntil", contractUntil());
        if (grassrootsUnitIds().isEmpty() && !servesTownship()) {
            checks.fail("grassrootsUnitIds", "fazhi.adviser.servesNobody");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalAdviser}. */
    final class Builder extends ImmutableLegalAdviser.Builder {}
}
