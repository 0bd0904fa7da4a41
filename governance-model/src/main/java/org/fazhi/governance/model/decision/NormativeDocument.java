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
 * 行政规范性文件 / An administrative normative document (行政规范性文件) and its drafting procedure.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableNormativeDocument.class)
@JsonDeserialize(as = ImmutableNormativeDocument.class)
public interface NormativeDocument extends WithNormativeDocument {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 标题 / Title. */
    @NotBlank @Size(max = 300)
    String title();

    /** 文号 / Document number, e.g. 国宝政〔2023〕1号. */
    Optional<@Size(max = 100) String> number();

    /** 程序环节 / The procedure steps taken. */
    List<@Valid NormativeDocStepRecord> steps();

    /** 是否对权利义务有重大影响 / True if it has a major impact on rights and obligations. */
    @Value.Default
    default boolean majorImpactOnRights() {
        return false;
    }

    /** 是否与市场主体生产经营密切相关 / True if closely tied to market actors' business. */
    @Value.Default
    default boolean affectsMarketActors() {
        return false;
    }

    /** 施行日期 / Date the document took effect (an unpublished document must not be applied). */
    Optional<LocalDate> effectiveFrom();

    /** 有效期至 / Valid until, if the document sets one. */
    Optional<LocalDate> validUntil();

    /** 是否已废止 / True once repealed. */
    @Value.Default
    default boolean repealed() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link NormativeDocument}. */
    final class Builder extends ImmutableNormativeDocument.Builder {}
}
