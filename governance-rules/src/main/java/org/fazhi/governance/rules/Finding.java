package org.fazhi.governance.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 检查发现 / The result of checking one subject against one rule: what, where, why, and how to fix it.
 *
 * <p>Carries the rule id, severity, {@link Outcome}, the JSON Pointer of the subject (e.g.
 * {@code /enforcementCases/3/officers}), a stable {@link SubjectRef}, the evidence that decided it,
 * the message and remediation in Chinese and English, and the legal citation. Immutable.
 */
@Value.Immutable
@FazhiStyle
public interface Finding {
    /** 规则编号 / Rule id. */
    String ruleId();

    /** 严重程度 / Severity of the rule. */
    Severity severity();

    /** 结论 / Outcome. */
    Outcome outcome();

    /** JSON 路径 / JSON Pointer of the subject in the record; {@code ""} for the whole record. */
    String path();

    /** 检查对象 / Stable reference to the subject. */
    SubjectRef subject();

    /** 证据 / The values that decided the outcome, in a stable order. */
    Map<String, String> evidence();

    /** 中文说明. */
    String messageZh();

    /** English message. */
    String messageEn();

    /** 整改建议. */
    String remediationZh();

    /** Remediation in English. */
    String remediationEn();

    /** 法律依据 / Citation. */
    LegalCitation citation();

    /** 豁免 / The waiver that covers this failure, if any and not expired. */
    Optional<Waiver> waiver();

    /** True for an unwaived failure. */
    @Value.Derived
    default boolean isFailure() {
        return outcome() == Outcome.FAIL && waiver().isEmpty();
    }

    /**
     * 规则执行异常 / True for the finding that stands in for a rule that threw instead of checking (see
     * {@link Rule#evaluateContained}): a defect of the rule, not of the data.
     */
    default boolean isRuleError() {
        return subject().kind().equals(RuleErrors.SUBJECT_KIND);
    }

    /**
     * The message in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the message
     */
    default String message(Locale locale) {
        return Bilingual.isChinese(locale) ? messageZh() : messageEn();
    }

    /**
     * The remediation in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the remediation
     */
    default String remediation(Locale locale) {
        return Bilingual.isChinese(locale) ? remediationZh() : remediationEn();
    }

    /**
     * One line: {@code [ERROR] ENF-TWO-OFFICERS /enforcementCases/3/officers: message — fix: …}.
     *
     * @param locale the language
     * @return the line
     */
    default String line(Locale locale) {
        boolean zh = Bilingual.isChinese(locale);
        return "[" + severity().name() + "] " + ruleId() + " " + (path().isEmpty() ? "/" : path()) + ": "
                + message(locale)
                + (outcome() == Outcome.FAIL ? (zh ? " —— 整改：" : " — fix: ") + remediation(locale) : "")
                + (waiver().isPresent() ? (zh ? "（已豁免：" : " (waived: ") + waiver().get().reason() + (zh ? "）" : ")")
                : "");
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link Finding}. */
    final class Builder extends ImmutableFinding.Builder {}
}
