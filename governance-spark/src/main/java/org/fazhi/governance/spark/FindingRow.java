package org.fazhi.governance.spark;

import java.io.Serializable;

/**
 * 检查发现行 / A finding (or a bad input line) as a Spark row. {@code subject} is the entity's stable key
 * ({@code HotlineTicket:t17}); {@code path} is relative to the entity.
 */
public class FindingRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String ruleId;
    private String outcome;
    private String severity;
    private String subject;
    private String path;
    private String messageZh;
    private String messageEn;

    /** Rule id, or the violation code for a bad line. */
    public String getRuleId() {
        return ruleId;
    }

    /** @param v the rule id */
    public void setRuleId(String v) {
        this.ruleId = v;
    }

    /** FAIL, INSUFFICIENT_DATA, PASS, or BAD_LINE. */
    public String getOutcome() {
        return outcome;
    }

    /** @param v the outcome */
    public void setOutcome(String v) {
        this.outcome = v;
    }

    /** ERROR, WARNING or INFO; ERROR for a bad line. */
    public String getSeverity() {
        return severity;
    }

    /** @param v the severity */
    public void setSeverity(String v) {
        this.severity = v;
    }

    /** The entity's stable key. */
    public String getSubject() {
        return subject;
    }

    /** @param v the subject */
    public void setSubject(String v) {
        this.subject = v;
    }

    /** JSON Pointer inside the entity. */
    public String getPath() {
        return path;
    }

    /** @param v the path */
    public void setPath(String v) {
        this.path = v;
    }

    /** 中文说明. */
    public String getMessageZh() {
        return messageZh;
    }

    /** @param v the message */
    public void setMessageZh(String v) {
        this.messageZh = v;
    }

    /** English message. */
    public String getMessageEn() {
        return messageEn;
    }

    /** @param v the message */
    public void setMessageEn(String v) {
        this.messageEn = v;
    }

    @Override
    public String toString() {
        return ruleId + " " + outcome + " " + subject + " " + path + ": " + messageEn;
    }
}
