package org.fazhi.governance.report;

import java.util.List;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.Violation;

/**
 * JSON 报告 / The whole annual report as JSON, readable back into an {@link AnnualRuleOfLawReport}.
 *
 * <p>The JSON starts with {@code formatVersion} ({@value AnnualRuleOfLawReport#FORMAT_VERSION}): a later
 * minor version only adds properties; a new major version may change them, and this reader refuses it.
 */
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
     * @throws InvalidRecordException if the text is not a report, or has another major format version
     */
    public static AnnualRuleOfLawReport read(String json) {
        AnnualRuleOfLawReport report = GovernanceJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), AnnualRuleOfLawReport.class);
        String major = AnnualRuleOfLawReport.FORMAT_VERSION.substring(0, AnnualRuleOfLawReport.FORMAT_VERSION.indexOf('.') + 1);
        if (!report.formatVersion().startsWith(major)) {
            throw new InvalidRecordException(List.of(Violation.of("/formatVersion", "report.formatVersion",
                    "报告格式版本 " + report.formatVersion() + " 不受支持，本库读写 " + AnnualRuleOfLawReport.FORMAT_VERSION,
                    "report format version " + report.formatVersion() + " is not supported; this library reads and writes "
                            + AnnualRuleOfLawReport.FORMAT_VERSION)));
        }
        return report;
    }
}
