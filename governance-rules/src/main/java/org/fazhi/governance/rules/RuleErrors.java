package org.fazhi.governance.rules;

import java.util.Map;
import org.fazhi.governance.model.base.PersonalData;

/**
 * 规则执行异常 / Turns an exception thrown by a rule into the ERROR finding that stands in for the rule's
 * findings, so that one broken rule cannot take a whole check, or a whole stream, down. Package-private:
 * callers use {@link Rule#evaluateContained}.
 */
final class RuleErrors {
    /** The {@link SubjectRef#kind()} of a rule-error finding; its key is the rule's id. */
    static final String SUBJECT_KIND = "RuleError";
    /** Longest exception message kept in a finding, in characters. */
    static final int MAX_MESSAGE = 300;

    private RuleErrors() {}

    /**
     * The finding of a rule that threw: ERROR, FAIL, at the whole record, naming the rule, the exception
     * type, its message (masked, and cut at {@value #MAX_MESSAGE} characters) and where it was thrown.
     *
     * @param descriptor the rule's descriptor
     * @param thrown what the rule threw
     * @return the finding
     */
    static Finding finding(RuleDescriptor descriptor, Throwable thrown) {
        String type = thrown.getClass().getSimpleName().isEmpty() ? thrown.getClass().getName() : thrown.getClass()
                .getSimpleName();
        String raw = thrown.getMessage() == null ? "" : thrown.getMessage();
        String message = PersonalData.mask(raw.length() > MAX_MESSAGE ? raw.substring(0, MAX_MESSAGE) + "…" : raw);
        String at = thrown.getStackTrace().length == 0 ? "?" : frame(thrown.getStackTrace()[0]);
        String what = message.isEmpty() ? type : type + ": " + message;
        return Finding.builder().ruleId(descriptor.id()).severity(Severity.ERROR).outcome(Outcome.FAIL).path("")
                .subject(SubjectRef.ofKind(SUBJECT_KIND, descriptor.id()))
                .evidence(Map.of("exception", type, "message", message, "at", at))
                .messageZh("规则 " + descriptor.id() + "（" + descriptor.nameZh() + "）执行时出错，检查未完成：" + what + "（位于 " + at
                + "）")
                .messageEn("Rule " + descriptor.id() + " (" + descriptor.nameEn() + ") threw " + what + " at " + at
                + "; the check did not complete")
                .remediationZh("这是规则或本库的缺陷，不是数据的问题：请把这条信息报告给规则的维护者；修复之前，该规则的结论未知")
                .remediationEn("This is a defect of the rule or the library, not of the data: report this message "
                + "to the rule's maintainer;"
                        + " until it is fixed, the rule's outcome is unknown")
                .citation(descriptor.citation())
                .build();
    }

    private static String frame(StackTraceElement e) {
        String cls = e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1);
        return cls + "." + e.getMethodName() + (e.getLineNumber() > 0 ? ":" + e.getLineNumber() : "");
    }
}
