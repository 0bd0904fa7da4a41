package org.fazhi.governance.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.text.BatchReview;
import org.fazhi.governance.text.FigureExtractor;
import org.fazhi.governance.text.ReportFormat;
import org.fazhi.governance.text.ReportText;
import org.fazhi.governance.text.TextAudit;
import org.fazhi.governance.text.TextAuditResult;
import org.fazhi.governance.text.TextExtraction;
import org.fazhi.governance.text.TextFinding;
import org.fazhi.governance.text.TextReviews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi audit REPORT…}: the figures of published reports, extracted from their text and audited. */
@Command(mixinStandardHelpOptions = true, name = "audit", description = {"从报告原文（txt、md、html、docx、pdf）提取数字并审核；可给出目录批量审核。",
    "Extracts the figures of reports (.txt, .md, .html, .docx, .pdf) from their text and audits them; folders are reviewed as a batch."})
class AuditCommand implements Callable<Integer> {
    enum Format { text, json, sarif, md, html }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    Options options;

    @Parameters(paramLabel = "REPORT", arity = "1..*", description = "report files or folders / 报告文件或目录")
    List<Path> inputs;

    @Option(names = "--format", description = "text, json, sarif, md or html (default: ${DEFAULT-VALUE}) / 输出格式", defaultValue = "text")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "write each report's review sheets (md, html, json, sarif) here / 审核单输出目录")
    Path dir;

    @Option(names = "--table", paramLabel = "FILE", description = "write the batch table here (.md, .csv or .html) / 批量汇总表")
    Path table;

    @Option(names = "--fail-on", description = "error, warning or info (default: ${DEFAULT-VALUE}): exit 1 from this severity up / 退出码 1 的阈值",
            defaultValue = "error")
    Options.FailOn failOn;

    @Option(names = "--unit", description = "the unit, when the text names none / 单位名称（原文未写明时）")
    String unit;

    @Option(names = "--year", description = "the report year, when the text gives none / 报告年度（原文未写明时）")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "audit as of this date (default: the signing date) / 审核日期")
    LocalDate asOf;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = expand(inputs);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no report found in " + inputs + " / 未找到报告文件：" + inputs);
        }
        Locale l = options.locale();
        boolean findings = false;
        boolean bad = false;
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (files.size() > 1) {
                err.printf("[%d/%d] %s (%.1f s)%n", i + 1, files.size(), f, (System.nanoTime() - t0) / 1e9);
                err.flush();
            }
            TextAuditResult r;
            try {
                r = audit(f);
            } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
                err.println(e.getMessage());
                bad = true;
                continue;
            }
            findings |= r.failsAt(failOn.severity);
            String uri = f.toString();
            if (dir != null) {
                uri = write(f, r, l);
            } else if (r.extraction().report().format().isBinary() && format == Format.sarif) {
                Path side = Path.of(f.getFileName() + ".txt");
                Files.writeString(side, r.extraction().report().artifactText(), StandardCharsets.UTF_8);
                err.println((Bilingual.isChinese(l) ? "位置指向提取的文本 " : "regions point into the extracted text ") + side);
                uri = side.toString();
            }
            print(out, f, r, uri, l);
        }
        if (files.size() > 1 || table != null) {
            BatchReview batch = BatchReview.files(files, FigureExtractor.standard(), p -> { });
            if (table != null) {
                String name = String.valueOf(table.getFileName()).toLowerCase(Locale.ROOT);
                String text = name.endsWith(".csv") ? batch.csv(l) : name.endsWith(".html") || name.endsWith(".htm") ? batch.html(l) : batch.markdown(l);
                createParent(table);
                Files.writeString(table, text, StandardCharsets.UTF_8);
            }
            if (format == Format.text && files.size() > 1) {
                out.println();
                out.print(batch.markdown(l));
            }
        }
        out.flush();
        return bad ? Fazhi.BAD_INPUT : findings ? Fazhi.FINDINGS : Fazhi.OK;
    }

    private TextAuditResult audit(Path f) {
        TextExtraction x = FigureExtractor.standard().extract(ReportText.read(f));
        String u = unit != null ? unit : x.unitName().orElseThrow(() -> new IllegalStateException(f + ": the text names no unit; give --unit / "
                + f + "：原文未写明单位，请用 --unit 指定"));
        int y = year != null ? year : x.year().orElseThrow(() -> new IllegalStateException(f + ": the text gives no year; give --year / "
                + f + "：原文未写明年度，请用 --year 指定"));
        LocalDate date = asOf != null ? asOf : x.reportDate().filter(d -> d.getYear() >= y).orElse(LocalDate.of(y, 12, 31));
        return TextAudit.run(x, u, y, date);
    }

    private void print(PrintWriter out, Path f, TextAuditResult r, String uri, Locale l) {
        switch (format) {
            case json:
                out.println(TextReviews.json(r));
                break;
            case sarif:
                out.println(TextReviews.sarif(r, uri, l));
                break;
            case md:
                out.print(TextReviews.markdown(r, l));
                break;
            case html:
                out.print(TextReviews.html(r, l));
                break;
            default:
                for (TextFinding tf : r.failures()) {
                    out.println(tf.line(f.toString(), l));
                }
                boolean zh = Bilingual.isChinese(l);
                out.printf(zh ? "%s：%s %d 年，数字 %d 个，已归类 %d 个，不符合 %d 项，数据不足 %d 项%n"
                        : "%s: %s %d — figures: %d, classified: %d, failures: %d, insufficient data: %d%n", f, r.record().unit().name(), r.record().year(),
                        r.extraction().figures().size(), r.extraction().classified().size(), r.failures().size(),
                        r.toReview().size() - r.failures().size());
        }
    }

    /** Writes a report's review sheets into the output folder; returns the SARIF artifact's path. */
    private String write(Path f, TextAuditResult r, Locale l) throws IOException {
        Files.createDirectories(dir);
        String base = String.valueOf(f.getFileName());
        String uri = f.toAbsolutePath().toUri().toString();
        if (r.extraction().report().format().isBinary()) {
            Path side = dir.resolve(base + ".txt");
            Files.writeString(side, r.extraction().report().artifactText(), StandardCharsets.UTF_8);
            uri = side.toAbsolutePath().toUri().toString();
        }
        Files.writeString(dir.resolve(base + ".review.md"), TextReviews.markdown(r, l), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(base + ".review.html"), TextReviews.html(r, l), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(base + ".audit.json"), TextReviews.json(r), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(base + ".sarif"), TextReviews.sarif(r, uri, l), StandardCharsets.UTF_8);
        return uri;
    }

    private static void createParent(Path p) throws IOException {
        Path parent = p.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    out.addAll(walk.filter(Files::isRegularFile).filter(AuditCommand::isReport).sorted().collect(Collectors.toList()));
                }
            } else {
                ReportFormat.of(p);
                if (!Files.exists(p)) {
                    throw new IllegalArgumentException(p + ": no such file / 文件不存在：" + p);
                }
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isReport(Path p) {
        try {
            ReportFormat.of(p);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
