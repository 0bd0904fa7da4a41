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
 * 政府信息公开 / A piece of government information disclosed proactively or on request.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableInformationDisclosure.class)
@JsonDeserialize(as = ImmutableInformationDisclosure.class)
public interface InformationDisclosure extends WithInformationDisclosure, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 方式 / Proactive or on request. */
    DisclosureMode mode();

    /** 标题 / Title. */
    @NotBlank @Size(max = 300)
    String title();

    /** 类别 / Category, e.g. 财政预决算, 宅基地审核. */
    Optional<@Size(max = 200) String> category();

    /** 乡镇公开重点类别 / The township category of Art. 21 it belongs to, if any. */
    Optional<TownshipDisclosureCategory> townshipCategory();

    /** 形成或变更日期 / For proactive items: date formed or changed. For requests: date received. */
    LocalDate startedOn();

    /** 公开或答复日期 / Date published or answered. */
    Optional<LocalDate> completedOn();

    /** 是否延期 / For requests: true if the answer period was extended (at most 20 more working days). */
    @Value.Default
    default boolean extended() {
        return false;
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("startedOn", Optional.of(startedOn()), "completedOn", completedOn());
        if (extended() && mode() == DisclosureMode.PROACTIVE) {
            checks.fail("extended", "fazhi.disclosure.extendedProactive");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link InformationDisclosure}. */
    final class Builder extends ImmutableInformationDisclosure.Builder {}
}
