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
 * 学法与研究会议 / A law study session or a meeting that studied rule-of-law work (理论学习中心组, 党政联席会议, 集体学法).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLawStudySession.class)
@JsonDeserialize(as = ImmutableLawStudySession.class)
public interface LawStudySession extends WithLawStudySession {
    /** 日期 / Date. */
    LocalDate heldOn();

    /** 形式 / Kind. */
    LawStudyKind kind();

    /** 主题 / Topic. */
    @NotBlank @Size(max = 500)
    String topic();

    /** 参加人数 / Number of participants. */
    @PositiveOrZero
    int participants();

    /** 是否研究法治政府建设 / True if it analysed or reviewed rule-of-law government work. */
    @Value.Default
    default boolean reviewedRuleOfLawWork() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LawStudySession}. */
    final class Builder extends ImmutableLawStudySession.Builder {}
}
