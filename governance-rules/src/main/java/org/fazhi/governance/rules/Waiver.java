package org.fazhi.governance.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 豁免 / A baseline entry: a known failure of one rule for one subject, accepted for a reason until a
 * date.
 *
 * <p>Keyed by rule id and the subject's {@link SubjectRef#fingerprint() fingerprint}, never by message
 * text, so rewording a rule does not break a baseline.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableWaiver.class)
@JsonDeserialize(as = ImmutableWaiver.class)
public interface Waiver {
    /** 规则编号 / The rule. */
    String ruleId();

    /** 对象 / The subject fingerprint, e.g. {@code EnforcementCase:case-17}. */
    String subject();

    /** 理由 / Why the failure is accepted. */
    String reason();

    /** 批准人 / Who approved it. */
    String approvedBy();

    /** 到期日 / Last day the waiver applies; after it the failure counts again. */
    LocalDate expires();

    /**
     * Whether the waiver still applies on a date.
     *
     * @param asOf the check's as-of date
     * @return true if {@code asOf} is not after {@link #expires()}
     */
    default boolean isActiveOn(LocalDate asOf) {
        return !asOf.isAfter(expires());
    }

    @Value.Check
    default void check() {
        if (ruleId().isBlank() || subject().isBlank() || reason().isBlank() || approvedBy().isBlank()) {
            throw new IllegalStateException("a waiver needs a rule id, subject, reason and approver / "
                    + "豁免必须写明规则、对象、理由和批准人");
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Waiver}. */
    final class Builder extends ImmutableWaiver.Builder {}
}
