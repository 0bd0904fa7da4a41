package org.fazhi.governance.text;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleSet;
import org.fazhi.governance.rules.Severity;

/**
 * 原文审核结果 / The result of auditing a report's text: the extraction, the record made of it, the check
 * report, and every finding located in the text. Immutable.
 */
public final class TextAuditResult {
    private final TextExtraction extraction;
    private final RuleOfLawRecord record;
    private final CheckReport check;
    private final RuleSet rules;
    private final List<TextFinding> findings;

    TextAuditResult(TextExtraction extraction, RuleOfLawRecord record, CheckReport check, RuleSet rules, List<TextFinding> findings) {
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.record = Objects.requireNonNull(record, "record");
        this.check = Objects.requireNonNull(check, "check");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.findings = List.copyOf(findings);
    }

    /** 提取结果 / The extraction audited. */
    public TextExtraction extraction() {
        return extraction;
    }

    /** 记录 / The record of the classified figures. */
    public RuleOfLawRecord record() {
        return record;
    }

    /** 检查报告 / The check report of the FIG rules. */
    public CheckReport report() {
        return check;
    }

    /** 规则 / The rules run. */
    public RuleSet rules() {
        return rules;
    }

    /** 全部发现 / Every finding, passing ones included, in rule order. */
    public List<TextFinding> findings() {
        return findings;
    }

    /** 待复核 / The findings a reviewer must read: unwaived failures and checks the figures cannot decide. */
    public List<TextFinding> toReview() {
        return findings.stream().filter(f -> f.finding().isFailure() || f.finding().outcome() == Outcome.INSUFFICIENT_DATA)
                .collect(Collectors.toUnmodifiableList());
    }

    /** 不符合 / The unwaived failures. */
    public List<TextFinding> failures() {
        return findings.stream().filter(f -> f.finding().isFailure()).collect(Collectors.toUnmodifiableList());
    }

    /** The number of unwaived failures by severity (every severity present, zero if none). */
    public Map<Severity, Integer> failuresBySeverity() {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        failures().forEach(f -> out.merge(f.finding().severity(), 1, Integer::sum));
        return out;
    }

    /**
     * Whether any unwaived failure is at or above a severity (ERROR above WARNING above INFO).
     *
     * @param threshold the least severity that counts
     * @return true if one is
     */
    public boolean failsAt(Severity threshold) {
        return failures().stream().anyMatch(f -> f.finding().severity().ordinal() <= threshold.ordinal());
    }

    @Override
    public String toString() {
        return "TextAuditResult[" + extraction.report().name() + ": " + extraction.figures().size() + " figures, " + failures().size() + " failures]";
    }
}
