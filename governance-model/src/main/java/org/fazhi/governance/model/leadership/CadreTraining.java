package org.fazhi.governance.model.leadership;

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
 * 干部年度集中培训 / One cadre's concentrated training in a year (干部教育培训工作条例): the days and class hours of
 * training the competent department recognises. One entry per cadre and year; a cadre with none has zeros.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableCadreTraining.class)
@JsonDeserialize(as = ImmutableCadreTraining.class)
public interface CadreTraining extends WithCadreTraining {
    /** 干部 / The cadre (an id in {@code people}). */
    @NotBlank @Size(max = 128)
    String personId();

    /** 年度 / The year. */
    @Min(2000)
    @Max(2100)
    int year();

    /** 培训天数 / Days of concentrated training. */
    Optional<@DecimalMin("0") @Digits(integer = 3, fraction = 1) BigDecimal> days();

    /** 培训学时 / Class hours of concentrated training. */
    Optional<@DecimalMin("0") @Digits(integer = 4, fraction = 1) BigDecimal> classHours();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link CadreTraining}. */
    final class Builder extends ImmutableCadreTraining.Builder {}
}
