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
 * 评理员 / A member of a reasoning room (评理员).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableReasoningRoomMember.class)
@JsonDeserialize(as = ImmutableReasoningRoomMember.class)
public interface ReasoningRoomMember extends WithReasoningRoomMember {
    /** 姓名 / Name. */
    @NotBlank @Size(max = 100)
    String name();

    /** 类别 / Kind. */
    ReasoningRoomMemberKind kind();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReasoningRoomMember}. */
    final class Builder extends ImmutableReasoningRoomMember.Builder {}
}
