package org.fazhi.governance.model.enforcement;

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
 * 普法责任清单事项 / An item of the legal-education responsibility list (普法责任清单, 谁执法谁普法).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLegalEducationResponsibilityItem.class)
@JsonDeserialize(as = ImmutableLegalEducationResponsibilityItem.class)
public interface LegalEducationResponsibilityItem extends WithLegalEducationResponsibilityItem {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 法律或主题 / The law or topic to publicise. */
    @NotBlank @Size(max = 300)
    String lawOrTopic();

    /** 对象 / Audience. */
    @NotBlank @Size(max = 300)
    String audience();

    /** 方式 / Method. */
    LegalEducationMethod method();

    /** 责任单位 / Responsible body. */
    @NotBlank @Size(max = 200)
    String owner();

    /** 时间安排 / Schedule, as written. */
    Optional<@Size(max = 300) String> schedule();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalEducationResponsibilityItem}. */
    final class Builder extends ImmutableLegalEducationResponsibilityItem.Builder {}
}
