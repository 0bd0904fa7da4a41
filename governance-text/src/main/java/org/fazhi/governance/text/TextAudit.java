package org.fazhi.governance.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleGroup;
import org.fazhi.governance.rules.RuleSet;

/**
 * 原文数字审核 / The declared-figure audit (the FIG rules) on the figures extracted from a report's text,
 * each finding mapped back to the sentence it is about.
 *
 * <pre>{@code
 * TextAuditResult r = TextAudit.run(FigureExtractor.standard().extract(ReportText.read(Path.of("report.md"))));
 * r.findings();   // FIG-PERCENT-DENOMINATOR at 27:191: 97.56% cannot be a whole number out of 130 …
 * }</pre>
 */
public final class TextAudit {
    private static final Pattern FIGURE_PATH = Pattern.compile("^/declaredFigures/(\\d+)");

    private TextAudit() {}

    /**
     * Audits an extraction for the unit and year its text gives, as of its signing date (else the year's end).
     *
     * @param extraction the extraction
     * @return the result
     * @throws IllegalStateException if the text names no unit or year, naming the file, in English and Chinese
     */
    public static TextAuditResult run(TextExtraction extraction) {
        RuleOfLawRecord record = extraction.toRecord();
        LocalDate asOf = extraction.reportDate().filter(d -> d.getYear() >= record.year())
                .orElse(LocalDate.of(record.year(), 12, 31));
        return run(extraction, record, asOf, GovernanceRules.of(RuleGroup.DECLARED_FIGURES));
    }

    /**
     * Audits an extraction for a given unit and year.
     *
     * @param extraction the extraction
     * @param unit the unit's name
     * @param year the report year
     * @param asOf the date the audit is made as of
     * @return the result
     */
    public static TextAuditResult run(TextExtraction extraction, String unit, int year, LocalDate asOf) {
        return run(extraction, extraction.toRecord(unit, year), asOf, GovernanceRules.of(RuleGroup.DECLARED_FIGURES));
    }

    static TextAuditResult run(TextExtraction extraction, RuleOfLawRecord record, LocalDate asOf, RuleSet rules) {
        CheckReport check = rules.evaluate(record, CheckContext.of(asOf));
        List<ExtractedFigure> sources = extraction.recordFigures(record);
        List<TextFinding> located = new ArrayList<>();
        for (Finding f : check.findings()) {
            Matcher m = FIGURE_PATH.matcher(f.path());
            Optional<ExtractedFigure> figure = Optional.empty();
            if (m.find()) {
                int i = Integer.parseInt(m.group(1));
                if (i < sources.size()) {
                    figure = Optional.of(sources.get(i));
                }
            }
            located.add(new TextFinding(f, figure));
        }
        return new TextAuditResult(extraction, record, check, rules, located);
    }
}
