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
 * 法治宣传活动 / A legal-publicity event (集中法治宣传, 普法活动).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLegalPublicityEvent.class)
@JsonDeserialize(as = ImmutableLegalPublicityEvent.class)
public interface LegalPublicityEvent extends WithLegalPublicityEvent {
    /** 日期 / Date. */
    LocalDate heldOn();

    /** 主题 / Theme. */
    PublicityTheme theme();

    /** 名称 / Title. */
    @NotBlank @Size(max = 300)
    String title();

    /** 参与人数 / Participants, if counted. */
    Optional<@PositiveOrZero Integer> participants();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalPublicityEvent}. */
    final class Builder extends ImmutableLegalPublicityEvent.Builder {}
}
