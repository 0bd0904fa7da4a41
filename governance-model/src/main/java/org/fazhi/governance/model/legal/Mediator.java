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
 * 调解员 / A mediator (乡贤调解员, 人民调解员).
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableMediator.class)
@JsonDeserialize(as = ImmutableMediator.class)
public interface Mediator extends WithMediator {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 人员 / The person's id. */
    @NotBlank @Size(max = 128)
    String personId();

    /** 类别 / Kind. */
    MediatorKind kind();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Mediator}. */
    final class Builder extends ImmutableMediator.Builder {}
}
