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
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 人员 / A person who holds a role in the record (leader, officer, grid worker, adviser).
 *
 * <p>The resident identity number and phone are personal data: their {@code toString} is masked.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutablePerson.class)
@JsonDeserialize(as = ImmutablePerson.class)
public interface Person extends WithPerson {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 姓名 / Name. */
    @NotBlank @Size(max = 100)
    String name();

    /** 职务 / Title as the unit writes it, e.g. 乡党委书记. */
    Optional<@Size(max = 200) String> title();

    /** 居民身份证号码 / Resident identity number, if the host keeps it. */
    Optional<ResidentIdNumber> residentId();

    /** 联系电话 / Phone, if the host keeps it. */
    Optional<PhoneNumber> phone();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Person}. */
    final class Builder extends ImmutablePerson.Builder {}
}
