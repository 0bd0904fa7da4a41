package org.fazhi.governance.model.decision;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.governance.model.*;
import org.fazhi.governance.model.internal.*;
import org.immutables.value.Value;

/**
 * 决策听证会 / A hearing on a major decision (重大行政决策程序暂行条例第十六条、第十七条): the draft, time and place
 * announced in advance, the participants' list published in advance, the materials delivered at least seven days
 * before, and the record confirmed and signed by the participants.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableDecisionHearing.class)
@JsonDeserialize(as = ImmutableDecisionHearing.class)
public interface DecisionHearing extends WithDecisionHearing, SelfChecking {
    /** 举行日期 / Date held. */
    LocalDate heldOn();

    /** 公布决策草案、听证时间地点的日期 / Date the draft, its explanation and the hearing's time and place were published. */
    Optional<LocalDate> announcedOn();

    /** 公布听证参加人名单的日期 / Date the list of participants was published. */
    Optional<LocalDate> participantsPublishedOn();

    /** 听证材料送达日期 / Date the materials reached the participants. */
    Optional<LocalDate> materialsDeliveredOn();

    /** 听证笔录是否经参加人确认签字 / Whether the participants confirmed and signed the record. */
    Optional<Boolean> recordSigned();

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("announcedOn", announcedOn(), "heldOn", Optional.of(heldOn()));
        checks.datesInOrder("participantsPublishedOn", participantsPublishedOn(), "heldOn", Optional.of(heldOn()));
        checks.datesInOrder("materialsDeliveredOn", materialsDeliveredOn(), "heldOn", Optional.of(heldOn()));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link DecisionHearing}. */
    final class Builder extends ImmutableDecisionHearing.Builder {}
}
