package org.fazhi.governance.rules;

import java.util.Locale;
import java.util.Map;

/**
 * 数据缺口 / Why the data cannot decide a whole family of rules at once, so that a report can say it once for all
 * of them instead of once per rule.
 *
 * <p>A rule reports it as the evidence value named {@link #EVIDENCE_NAME} of an INSUFFICIENT_DATA finding; the
 * finding's evidence then records the constant's name and the values its text names (e.g. {@code officers}).
 * Texts (in {@code labels.properties}) are templates whose {@code {name}} placeholders come from that evidence.
 */
public enum DataGap implements Labelled {
    /** 报告声明了执法人员，却没有执法案件记录 / Officers are declared, but no case is recorded. */
    NO_CASE_RECORDS;

    /** The evidence name under which a finding records its data gap. */
    public static final String EVIDENCE_NAME = "gap";

    /**
     * The gap's text in a language, its placeholders filled from a finding's evidence.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @param evidence the finding's evidence
     * @return the text
     */
    public String text(Locale locale, Map<String, String> evidence) {
        String out = label(locale);
        for (Map.Entry<String, String> e : evidence.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
