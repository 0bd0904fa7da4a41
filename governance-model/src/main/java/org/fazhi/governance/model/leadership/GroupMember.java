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
 * 领导小组成员 / A member of a leading group.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableGroupMember.class)
@JsonDeserialize(as = ImmutableGroupMember.class)
public interface GroupMember extends WithGroupMember {
    /** 人员 / The id of the person in the record's {@code people}. */
    @NotBlank @Size(max = 128)
    String personId();

    /** 职务 / Head, deputy head or member. */
    GroupPosition position();

    /** 层级 / Leader or cadre (the seed's coordination group: 14 leaders + 11 cadres). */
    MemberRank rank();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link GroupMember}. */
    final class Builder extends ImmutableGroupMember.Builder {}
}
