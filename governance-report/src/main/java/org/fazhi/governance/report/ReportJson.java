package org.fazhi.governance.report;

import org.fazhi.governance.model.GovernanceJson;

/** JSON 报告 / The whole annual report as JSON, readable back into an {@link AnnualRuleOfLawReport}. */
public final class ReportJson {
    private ReportJson() {}

    /**
     * Writes a report as indented JSON.
     *
     * @param report the report
     * @return the JSON text
     */
    public static String write(AnnualRuleOfLawReport report) {
        return GovernanceJson.write(report);
    }

    /**
     * Reads a report back.
     *
     * @param json the JSON text
     * @return the report
     */
    public static AnnualRuleOfLawReport read(String json) {
        return GovernanceJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), AnnualRuleOfLawReport.class);
    }
}
