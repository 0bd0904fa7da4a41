package org.fazhi.governance.model;

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
import org.fazhi.governance.model.internal.ConsistencyChecks;
import org.fazhi.governance.model.internal.Consistent;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.model.internal.SelfChecking;
import org.immutables.value.Value;

/**
 * 年度报告的签发与公开 / When and how the annual report was signed, published and reported upward.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableReportPublication.class)
@JsonDeserialize(as = ImmutableReportPublication.class)
public interface ReportPublication extends WithReportPublication, SelfChecking {
    /** 落款日期 / The date the report is signed, if known; a publication date alone also decides timeliness. */
    Optional<LocalDate> signedOn();

    /** 公开日期 / The date the report was published to the public, if it was. */
    Optional<LocalDate> publishedOn();

    /** 公开渠道 / Where it was published (website, newspaper). */
    Optional<@Size(max = 500) String> channel();

    /** 向上级报告日期 / The date it was reported to the next-higher Party committee and government. */
    Optional<LocalDate> reportedUpwardOn();

    /** 包含的法定部分 / The required parts the report contains. */
    Set<ReportPart> partsPresent();

    /** 报告中的“存在问题及短板” / The shortcomings the report names, as written. */
    List<@NotBlank @Size(max = 2000) String> shortcomings();

    /** 报告中的“意见建议” / The recommendations the report makes, as written. */
    List<@NotBlank @Size(max = 2000) String> recommendations();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("signedOn", signedOn(), "publishedOn", publishedOn());
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReportPublication}. */
    final class Builder extends ImmutableReportPublication.Builder {}
}
