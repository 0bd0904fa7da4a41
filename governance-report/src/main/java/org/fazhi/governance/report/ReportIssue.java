package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.fazhi.governance.model.FazhiStyle;
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

    /** 结论 / FAIL or INSUFFICIENT_DATA. */
    Outcome outcome();

    /** 严重程度 / Severity. */
    Severity severity();

    /** JSON 路径 / Where in the record. */
    String path();

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
        return "zh".equals(locale.getLanguage()) ? messageZh() : messageEn();
    }

    /**
     * The remediation in a language.
     *
     * @param locale the language
     * @return the remediation
     */
    default String remediation(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? remediationZh() : remediationEn();
    }

    /**
     * The citation in a language.
     *
     * @param locale the language
     * @return the citation
     */
    default String citation(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? citationZh() : citationEn();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReportIssue}. */
    final class Builder extends ImmutableReportIssue.Builder {}
}
