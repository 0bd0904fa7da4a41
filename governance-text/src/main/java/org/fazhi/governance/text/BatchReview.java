package org.fazhi.governance.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Severity;

/**
 * 批量审核 / A folder of reports in, one table out: for each report its unit, year, figures found,
 * classified, and audit findings by severity, as Markdown, CSV and HTML. A report that cannot be read or
 * audited gets a row with the reason instead of stopping the batch. Immutable.
 */
public final class BatchReview {
    /**
     * 一行 / One report's row.
     *
     * @param file the report file
     * @param unit the unit the text names, or empty
     * @param year the report year, or 0 if the text gives none
     * @param figures figures found
     * @param classified figures with a catalog concept
     * @param errors unwaived ERROR failures
     * @param warnings unwaived WARNING failures
     * @param infos unwaived INFO failures
     * @param undecidable checks the figures cannot decide
     * @param problem why the report could not be read or audited, if so (English / Chinese)
     */
    public record Row(Path file, Optional<String> unit, int year, int figures, int classified, int errors, int warnings, int infos,
            int undecidable, Optional<String> problem) {
        /**
         * Checks that nothing is missing.
         *
         * @throws NullPointerException naming the missing attribute
         */
        public Row {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(problem, "problem");
        }
    }

    private final List<Row> rows;

    private BatchReview(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /**
     * Reviews every report of a folder and its subfolders ({@code .txt}, {@code .md}, {@code .html},
     * {@code .htm}, {@code .docx}, {@code .pdf}), in path order.
     *
     * @param folder the folder
     * @param extractor the extractor
     * @param progress told each report's path before it is read
     * @return the table
     * @throws UncheckedIOException if the folder cannot be listed
     */
    public static BatchReview folder(Path folder, FigureExtractor extractor, Consumer<Path> progress) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(BatchReview::isReport).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be listed / 无法列出目录", e);
        }
        return files(files, extractor, progress);
    }

    /**
     * Reviews the given reports, in the given order.
     *
     * @param files the report files
     * @param extractor the extractor
     * @param progress told each report's path before it is read
     * @return the table
     */
    public static BatchReview files(List<Path> files, FigureExtractor extractor, Consumer<Path> progress) {
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            progress.accept(f);
            rows.add(row(f, extractor));
        }
        return new BatchReview(rows);
    }

    static boolean isReport(Path p) {
        try {
            ReportFormat.of(p);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Row row(Path file, FigureExtractor extractor) {
        TextExtraction x;
        try {
            x = extractor.extract(ReportText.read(file));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            return new Row(file, Optional.empty(), 0, 0, 0, 0, 0, 0, 0, Optional.of(String.valueOf(e.getMessage())));
        }
        try {
            TextAuditResult r = TextAudit.run(x);
            Map<Severity, Integer> s = r.failuresBySeverity();
            return new Row(file, x.unitName(), x.year().orElse(0), x.figures().size(), x.classified().size(), s.get(Severity.ERROR),
                    s.get(Severity.WARNING), s.get(Severity.INFO), r.report().count(Outcome.INSUFFICIENT_DATA), Optional.empty());
        } catch (IllegalStateException | IllegalArgumentException e) {
            return new Row(file, x.unitName(), x.year().orElse(0), x.figures().size(), x.classified().size(), 0, 0, 0, 0,
                    Optional.of(String.valueOf(e.getMessage())));
        }
    }

    /** 各行 / The rows, one per report. */
    public List<Row> rows() {
        return rows;
    }

    private static String[] header(Locale l) {
        return Bilingual.isChinese(l)
                ? new String[] {"文件", "单位", "年度", "数字", "已归类", "错误", "警告", "提示", "数据不足", "无法读取的原因"}
                : new String[] {"file", "unit", "year", "figures", "classified", "errors", "warnings", "info", "insufficient data", "unreadable because"};
    }

    private static String[] cells(Row r, Locale l) {
        String problem = r.problem().map(p -> {
            int cut = p.indexOf(" / ");
            return cut < 0 ? p : Bilingual.isChinese(l) ? p.substring(cut + 3) : p.substring(0, cut);
        }).orElse("");
        return new String[] {String.valueOf(r.file().getFileName()), r.unit().orElse(""), r.year() == 0 ? "" : String.valueOf(r.year()),
            String.valueOf(r.figures()), String.valueOf(r.classified()), String.valueOf(r.errors()), String.valueOf(r.warnings()),
            String.valueOf(r.infos()), String.valueOf(r.undecidable()), problem};
    }

    /**
     * The table in Markdown.
     *
     * @param locale the language of the header
     * @return the Markdown table
     */
    public String markdown(Locale locale) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header(locale))).append(" |\n|");
        sb.append("---|".repeat(header(locale).length)).append('\n');
        for (Row r : rows) {
            sb.append("| ");
            String[] c = cells(r, locale);
            for (int i = 0; i < c.length; i++) {
                sb.append(TextReviews.md(c[i])).append(i + 1 < c.length ? " | " : " |\n");
            }
        }
        return sb.toString();
    }

    /**
     * The table as CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends), UTF-8 without a
     * byte-order mark.
     *
     * @param locale the language of the header
     * @return the CSV text
     */
    public String csv(Locale locale) {
        StringBuilder sb = new StringBuilder();
        line(sb, header(locale));
        for (Row r : rows) {
            line(sb, cells(r, locale));
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                c = '"' + c.replace("\"", "\"\"") + '"';
            }
            sb.append(c).append(i + 1 < cells.length ? "," : "\r\n");
        }
    }

    /**
     * The table as one self-contained HTML page.
     *
     * @param locale the language
     * @return the HTML text
     */
    public String html(Locale locale) {
        boolean zh = Bilingual.isChinese(locale);
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(zh ? "报告数字批量审核" : "Batch figure review").append("</title>\n<style>body{font-family:system-ui,sans-serif;margin:2em}")
                .append("table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25em .5em}td.n{text-align:right}")
                .append("tr.problem td{color:#b00020}</style>\n</head>\n<body>\n<h1>").append(zh ? "报告数字批量审核" : "Batch figure review")
                .append("</h1>\n<table>\n<tr>");
        for (String h : header(locale)) {
            sb.append("<th>").append(TextReviews.html(h)).append("</th>");
        }
        sb.append("</tr>\n");
        for (Row r : rows) {
            sb.append("<tr").append(r.problem().isPresent() ? " class=\"problem\"" : "").append('>');
            String[] c = cells(r, locale);
            for (int i = 0; i < c.length; i++) {
                sb.append(i >= 2 && i <= 8 ? "<td class=\"n\">" : "<td>").append(TextReviews.html(c[i])).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n</body>\n</html>\n");
        return sb.toString();
    }

    @Override
    public String toString() {
        return "BatchReview[" + rows.size() + " reports]";
    }
}
