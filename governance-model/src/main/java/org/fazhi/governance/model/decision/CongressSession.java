package org.fazhi.governance.model.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 乡镇人民代表大会会议 / A session of the township people's congress (地方各级人民代表大会和地方各级人民政府组织法
 * 第十四条: 一般每年举行两次).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableCongressSession.class)
@JsonDeserialize(as = ImmutableCongressSession.class)
public interface CongressSession extends WithCongressSession {
    /** 举行日期 / Date it opened. */
    LocalDate heldOn();

    /** 名称 / Its name, e.g. 第十九届人民代表大会第三次会议. */
    Optional<@Size(max = 200) String> name();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CongressSession}. */
    final class Builder extends ImmutableCongressSession.Builder {}
}
