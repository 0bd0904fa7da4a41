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
 * 法治建设责任分工 / Who carries which duty in the rule-of-law responsibility chain.
 *
 * <p>The glossary's {@code PrincipalLeader} is the person assigned {@link ResponsibilityRole#FIRST_RESPONSIBLE_PERSON} with post {@link LeadershipPost#PARTY_SECRETARY} or {@link LeadershipPost#GOVERNMENT_HEAD}.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableResponsibilityAssignment.class)
@JsonDeserialize(as = ImmutableResponsibilityAssignment.class)
public interface ResponsibilityAssignment extends WithResponsibilityAssignment {
    /** 人员 / The id of the person. */
    @NotBlank @Size(max = 128)
    String personId();

    /** 职务 / The person's post. */
    LeadershipPost post();

    /** 责任角色 / First responsible person, leader in charge or functional office. */
    ResponsibilityRole role();

    /** 分管领域 / What the person is responsible for, e.g. 应急管理. */
    Optional<@Size(max = 200) String> portfolio();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ResponsibilityAssignment}. */
    final class Builder extends ImmutableResponsibilityAssignment.Builder {}
}
