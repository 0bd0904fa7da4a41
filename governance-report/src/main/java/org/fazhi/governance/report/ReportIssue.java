package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Severity;
import org.immutables.value.Value;

/**
 * 存在问题 / A shortcoming found by the checks: a failure, or something the data cannot show, with its
 * legal basis and the remediation that becomes a recommendation.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableReportIssue.class)
@JsonDeserialize(as = ImmutableReportIssue.class)
public interface ReportIssue {
    /** 规则编号 / Rule id. */
    String ruleId();

    /** 规则名称 / The rule's Chinese name, e.g. 执法人员不得少于两人. */
    String ruleNameZh();

    /** The rule's English name. */
    String ruleNameEn();

    /** 结论 / FAIL or INSUFFICIENT_DATA. */
    Outcome outcome();

    /** 严重程度 / Severity. */
    Severity severity();

    /** JSON 路径 / Where in the record. */
    String path();

    /** 位置（中文） / Where in the record, in words: 执法案件 › 第 4 项 › 出场执法人员. */
    String locationZh();

    /**
     * 原因 / Why the data cannot decide the check, when the same cause leaves several checks undecided
     * (报告声明有 3 名执法人员，但没有执法案件记录): the report says it once for all of them.
     */
    Optional<String> causeZh();

    /** The cause in English. */
    Optional<String> causeEn();

    /** 无法核查的对象 / What the cause leaves unchecked, e.g. 行政处罚案件. */
    Optional<String> uncheckedZh();

    /** What is left unchecked, in English. */
    Optional<String> uncheckedEn();

    /** 中文说明. */
    String messageZh();

    /** English message. */
    String messageEn();

    /** 整改建议. */
    String remediationZh();

    /** Remediation in English. */
    String remediationEn();

    /** 依据（中文） / Citation in Chinese. */
    String citationZh();

    /** Citation in English. */
    String citationEn();

    /**
     * The message in a language.
     *
     * @param locale the language
     * @return the message
     */
    default String message(Locale locale) {
        return Bilingual.isChinese(locale) ? messageZh() : messageEn();
    }

    /**
     * The remediation in a language.
     *
     * @param locale the language
     * @return the remediation
     */
    default String remediation(Locale locale) {
        return Bilingual.isChinese(locale) ? remediationZh() : remediationEn();
    }

    /**
     * The citation in a language.
     *
     * @param locale the language
     * @return the citation
     */
    default String citation(Locale locale) {
        return Bilingual.isChinese(locale) ? citationZh() : citationEn();
    }

    /**
     * The rule's name in a language.
     *
     * @param locale the language
     * @return the name
     */
    default String ruleName(Locale locale) {
        return Bilingual.isChinese(locale) ? ruleNameZh() : ruleNameEn();
    }

    /**
     * Where in the record: in words in Chinese, the JSON Pointer in English.
     *
     * @param locale the language
     * @return the location
     */
    default String location(Locale locale) {
        return Bilingual.isChinese(locale) ? locationZh() : path().isEmpty() ? "/" : path();
    }

    /**
     * The shared cause in a language, if any.
     *
     * @param locale the language
     * @return the cause
     */
    default Optional<String> cause(Locale locale) {
        return Bilingual.isChinese(locale) ? causeZh() : causeEn();
    }

    /**
     * What the cause leaves unchecked, in a language.
     *
     * @param locale the language
     * @return the unchecked subject
     */
    default Optional<String> unchecked(Locale locale) {
        return Bilingual.isChinese(locale) ? uncheckedZh() : uncheckedEn();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReportIssue}. */
    final class Builder extends ImmutableReportIssue.Builder {}
}
