package org.fazhi.governance.model.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 决策调整 / A change to a major decision in force (重大行政决策程序暂行条例第三十七条): suspended, stopped or
 * substantially adjusted, and by what procedure.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableDecisionChange.class)
@JsonDeserialize(as = ImmutableDecisionChange.class)
public interface DecisionChange extends WithDecisionChange {
    /** 日期 / Date of the change. */
    LocalDate changedOn();

    /** 种类 / Suspended, stopped or adjusted. */
    DecisionChangeKind kind();

    /** 情况紧急 / Whether an emergency required it. */
    Optional<Boolean> emergency();

    /** 行政首长决定 / Whether the head decided it. */
    Optional<Boolean> headDecided();

    /** 集体讨论决定 / Whether the decision body decided it collectively. */
    Optional<Boolean> collectivelyDecided();

    /** 依法重新履行法定程序 / Whether the statutory procedure (participation, review, collective decision …) was gone through again. */
    Optional<Boolean> procedureRepeated();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DecisionChange}. */
    final class Builder extends ImmutableDecisionChange.Builder {}
}
