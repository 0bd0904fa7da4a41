package org.fazhi.governance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.RuleSet;

/**
 * 报告文件 / Writes the annual report in every format to one folder: Markdown and HTML in Chinese and
 * English, the report JSON, the SARIF log and the plain-text check report.
 */
public final class ReportFiles {
    private ReportFiles() {}

    /**
     * Writes every format.
     *
     * @param dir the folder, created if missing
     * @param report the report
     * @param check the check report
     * @param rules the rule set that produced the check report
     * @param recordUri the record file's path relative to the repository or folder that SARIF viewers
     *     open ({@link SarifRenderer#SRCROOT}), e.g. {@code data/guobao-2023.json}
     * @param recordBytes the bytes the record was read from, so that SARIF results point at lines and columns
     * @return the files written, in a stable order
     * @throws UncheckedIOException if a file cannot be written
     */
    public static List<Path> writeAll(Path dir, AnnualRuleOfLawReport report, CheckReport check, RuleSet rules, String recordUri, byte[] recordBytes) {
        JsonLocations locations = JsonLocations.index(recordBytes);
        List<Path> out = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            out.add(write(dir.resolve("report.zh.md"), MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE)));
            out.add(write(dir.resolve("report.en.md"), MarkdownRenderer.render(report, Locale.ENGLISH)));
            out.add(write(dir.resolve("report.zh.html"), HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE)));
            out.add(write(dir.resolve("report.en.html"), HtmlRenderer.render(report, Locale.ENGLISH)));
            out.add(write(dir.resolve("report.json"), ReportJson.write(report)));
            out.add(write(dir.resolve("findings.sarif"), SarifRenderer.render(check, rules, recordUri, locations, Locale.SIMPLIFIED_CHINESE)));
            out.add(write(dir.resolve("check.txt"), check.describe(Locale.SIMPLIFIED_CHINESE) + "\n\n" + check.describe(Locale.ENGLISH) + "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
