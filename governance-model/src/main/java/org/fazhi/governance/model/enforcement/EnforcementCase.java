package org.fazhi.governance.model.enforcement;

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
 * 执法案件 / One enforcement action or case: a penalty, licence, coercive measure or inspection.
 *
 * <p>Carries what the three enforcement systems (三项制度) need: officers present, disclosures per stage, recordings per step, and legal review of major decisions.
 */
@Value.Immutable
@FazhiStyle
@Consistent
@JsonSerialize(as = ImmutableEnforcementCase.class)
@JsonDeserialize(as = ImmutableEnforcementCase.class)
public interface EnforcementCase extends WithEnforcementCase, SelfChecking {
    /** 标识 / Id, unique in the record. */
    @NotBlank @Size(max = 128)
    String id();

    /** 类别 / Kind of action. */
    CaseKind kind();

    /** 权责清单事项 / The id of the power-list item the action exercises. */
    @NotBlank @Size(max = 128)
    String powerItemId();

    /** 处罚程序 / Penalty procedure, for penalties. */
    Optional<PenaltyProcedure> procedure();

    /** 出场执法人员 / Officers present. */
    List<@Valid OfficerPresence> officers();

    /** 法律另有规定的依据 / The legal exception that allows fewer than two officers, if any. */
    Optional<@Size(max = 300) String> fewerOfficersBasis();

    /** 立案或启动日期 / Date filed (立案) or started. */
    LocalDate filedOn();

    /** 决定日期 / Date of the decision. */
    Optional<LocalDate> decidedOn();

    /** 送达日期 / Date the decision was served. */
    Optional<LocalDate> servedOn();

    /** 结案日期 / Date closed. */
    Optional<LocalDate> closedOn();

    /** 是否重大执法决定 / True for a major enforcement decision. */
    @Value.Default
    default boolean major() {
        return false;
    }

    /** 法制审核情形 / Why the decision needs legal review; empty if it does not. */
    Set<ReviewTrigger> reviewTriggers();

    /** 是否情节复杂或重大违法 / True if complex or a serious violation, so leaders must decide collectively. */
    @Value.Default
    default boolean complexOrSerious() {
        return false;
    }

    /** 公示记录 / Disclosures made. */
    List<@Valid DisclosureRecord> disclosures();

    /** 全过程记录 / Recordings per step. */
    List<@Valid ProcessRecording> recordings();

    /** 法制审核 / The legal review, if done. */
    Optional<@Valid LegalReview> legalReview();

    /** 集体讨论 / The collective discussion, if held. */
    Optional<@Valid CollectiveDiscussion> collectiveDiscussion();

    /** 是否已归档 / True once the case file is archived. */
    @Value.Default
    default boolean archived() {
        return false;
    }

    // 案件生命周期 / The life of the case under the 行政处罚法 and 行政强制法. Every fact is optional so that
    // records written before these fields existed stay valid; the rules say INSUFFICIENT_DATA when a fact they
    // need is missing, and FAIL only on facts stated (or, for a complete case file, on acts not recorded).

    /**
     * 案卷完整 / Whether the record holds this case's file completely, every act with its date: then an act it
     * does not record (a notice, a hearing, a decision document …) did not take place. False by default, and a
     * missing act is then insufficient data, never a failure.
     */
    @Value.Default
    default boolean fileComplete() {
        return false;
    }

    /** 当事人类别 / Whether the party is a citizen or an organisation. */
    Optional<PartyKind> partyKind();

    /** 违法行为发生日期 / Date the violation was committed (or began, if continuing). */
    Optional<LocalDate> violationOn();

    /** 是否连续或继续状态 / Whether the violation was continuing (连续或者继续状态). */
    Optional<Boolean> continuingViolation();

    /** 违法行为终了日期 / Date a continuing violation ended. */
    Optional<LocalDate> violationEndedOn();

    /** 发现日期 / Date the violation was discovered. */
    Optional<LocalDate> discoveredOn();

    /** 是否涉及生命健康安全、金融安全且有危害后果 / Whether it endangered life, health or financial safety with harm done (limitation five years). */
    Optional<Boolean> lifeHealthOrFinanceHarm();

    /** 先行登记保存 / Evidence preserved in advance. */
    List<@Valid EvidencePreservation> evidencePreservations();

    /** 回避申请 / Recusal applications. */
    List<@Valid RecusalApplication> recusalApplications();

    /** 事先告知 / The notice before the decision. */
    Optional<@Valid PriorNotice> priorNotice();

    /** 陈述申辩 / The party's statement and defence. */
    Optional<@Valid StatementAndDefence> statementAndDefence();

    /** 听证 / The hearing. */
    Optional<@Valid Hearing> hearing();

    /** 处罚 / The penalty decided. */
    Optional<@Valid Penalty> penalty();

    /** 处罚决定书 / The decision document. */
    Optional<@Valid DecisionDocument> decisionDocument();

    /** 罚款缴纳 / Payments of the fine. */
    List<@Valid FinePayment> payments();

    /** 行政强制措施 / The coercive measure, for a coercion case. */
    Optional<@Valid CoerciveMeasure> coerciveMeasure();

    /** 行政强制执行 / The coercive execution, for an execution case. */
    Optional<@Valid CoerciveExecution> coerciveExecution();

    /** 复议、诉讼与纠正 / Reviews of the decision. */
    List<@Valid RemedyProceeding> remedies();

    /**
     * 已进行的环节 / The whole-process steps the case has reached, derived from its dates: initiation and
     * investigation always; review for a decided case that needs legal review; decision, service and
     * execution once their dates are set.
     *
     * @return the steps, in order
     */
    default java.util.Set<CaseStep> stepsReached() {
        java.util.Set<CaseStep> s = java.util.EnumSet.of(CaseStep.INITIATION, CaseStep.INVESTIGATION);
        if (decidedOn().isPresent()) {
            s.add(CaseStep.DECISION);
            if (major() || !reviewTriggers().isEmpty()) {
                s.add(CaseStep.REVIEW);
            }
        }
        servedOn().ifPresent(x -> s.add(CaseStep.SERVICE));
        closedOn().ifPresent(x -> s.add(CaseStep.EXECUTION));
        return java.util.Collections.unmodifiableSet(s);
    }

    @Override
    default void checkConsistency(ConsistencyChecks checks) {
        checks.datesInOrder("filedOn", Optional.of(filedOn()), "decidedOn", decidedOn());
        checks.datesInOrder("decidedOn", decidedOn(), "servedOn", servedOn());
        checks.datesInOrder("filedOn", Optional.of(filedOn()), "closedOn", closedOn());
        checks.datesInOrder("decidedOn", decidedOn(), "closedOn", closedOn());
        checks.datesInOrder("violationOn", violationOn(), "violationEndedOn", violationEndedOn());
        checks.datesInOrder("violationOn", violationOn(), "discoveredOn", discoveredOn());
        checks.datesInOrder("discoveredOn", discoveredOn(), "filedOn", Optional.of(filedOn()));
        if (violationEndedOn().isPresent() && continuingViolation().map(x -> !x).orElse(false)) {
            checks.fail("violationEndedOn", "fazhi.case.endOfNonContinuing");
        }
        priorNotice().ifPresent(n -> checks.datesInOrder("filedOn", Optional.of(filedOn()), "priorNotice", Optional.of(n.servedOn())));
        for (int i = 0; i < payments().size(); i++) {
            if (decidedOn().isPresent() && payments().get(i).paidOn().map(p -> p.isBefore(decidedOn().get())).orElse(false)) {
                checks.failAt("payments", i, "paidOn", "fazhi.dates.order", "earlier", "decidedOn", "earlierValue", decidedOn().get(),
                        "later", "paidOn", "laterValue", payments().get(i).paidOn().get());
            }
        }
        if (coerciveMeasure().isPresent() && kind() != CaseKind.COERCIVE_MEASURE) {
            checks.fail("coerciveMeasure", "fazhi.case.kindMismatch", "kind", kind().name(), "expected", CaseKind.COERCIVE_MEASURE.name());
        }
        if (coerciveExecution().isPresent() && kind() != CaseKind.COERCIVE_EXECUTION) {
            checks.fail("coerciveExecution", "fazhi.case.kindMismatch", "kind", kind().name(), "expected", CaseKind.COERCIVE_EXECUTION.name());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < officers().size(); i++) {
            if (!seen.add(officers().get(i).officerId())) {
                checks.failAt("officers", i, "officerId", "fazhi.id.duplicate", "id", officers().get(i).officerId(), "first", "officers");
            }
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link EnforcementCase}. */
    final class Builder extends ImmutableEnforcementCase.Builder {}
}
