package org.fazhi.governance.model.leadership;

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
 * 领导小组 / A leading group: 法治政府建设工作领导小组, 综合行政执法指挥协调领导小组 and the like.
 *
 * <p>The glossary's {@code RuleOfLawLeadingGroup} and {@code EnforcementCoordinationGroup} are this type with {@link LeadingGroupKind#RULE_OF_LAW} and {@link LeadingGroupKind#ENFORCEMENT_COORDINATION}.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLeadingGroup.class)
@JsonDeserialize(as = ImmutableLeadingGroup.class)
public interface LeadingGroup extends WithLeadingGroup {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 类别 / Which leading group. */
    LeadingGroupKind kind();

    /** 名称 / Name as the unit writes it. */
    @NotBlank @Size(max = 200)
    String name();

    /** 成立或调整日期 / The date it was set up or last adjusted. */
    Optional<LocalDate> establishedOn();

    /** 组长由党政一把手担任 / True if the Party and government heads lead it (党政一把手任组长). */
    @Value.Default
    default boolean ledByPrincipalLeaders() {
        return false;
    }

    /** 成员 / Members. */
    List<@Valid GroupMember> members();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LeadingGroup}. */
    final class Builder extends ImmutableLeadingGroup.Builder {}
}
