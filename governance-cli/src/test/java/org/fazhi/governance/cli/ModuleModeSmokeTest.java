package org.fazhi.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 模块模式冒烟测试 / The command line run as named modules: {@code java -p <module path> -m
 * org.fazhi.governance.cli/org.fazhi.governance.cli.Fazhi …} on the Guobao record.
 *
 * <p>The other tests run on the class path, where no {@code module-info} is enforced, and even a module-path
 * Surefire run does not prove an {@code opens} (VERSIONS.md §4.7). This one starts a new JVM whose module path is
 * this module's classes plus its runtime dependencies (our modules' jars and the third-party jars, written by
 * {@code dependency:build-classpath} in the pom), so a missing {@code exports}, {@code opens} or {@code requires}
 * fails it: Jackson binding the record needs the model's packages opened to it, Hibernate Validator needs the
 * model's internal package exported to it, victools reads the model for the schema, picocli reads the commands,
 * the stream checker binds one entity per line, jsoup parses the audited HTML.
 */
class ModuleModeSmokeTest {
    private static final String MAIN = "org.fazhi.governance.cli/org.fazhi.governance.cli.Fazhi";
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path GUOBAO = ROOT.resolve("examples/src/main/resources/guobao-2023.json");
    private static String modulePath;

    /** Exit code and the two output streams of one run. */
    record Run(int code, String out, String err) {}

    @BeforeAll
    static void modulePath() throws IOException {
        Path dependencies = Path.of(System.getProperty("fazhi.runtimeModulePath", "target/runtime-module-path.txt"));
        assertThat(dependencies).as("written by dependency:build-classpath in generate-test-resources").exists();
        modulePath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator
                + Files.readString(dependencies, StandardCharsets.UTF_8).trim();
    }

    private static Run java(Path dir, String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-Duser.language=zh", "-Duser.country=CN", "-p", modulePath, "-m", MAIN));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void check_binds_validates_and_checks_the_guobao_record_as_modules(@TempDir Path dir) throws Exception {
        Run run = java(dir, "check", GUOBAO.toString());
        assertThat(run.err()).doesNotContain("Exception");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst()).hasValueSatisfying(first -> assertThat(first)
                .startsWith("法治规则检查 国宝乡 2023（截至 2023-12-25）：通过").contains("1 项不符合"));
        assertThat(run.out()).contains("[WARNING] FIG-PERCENT-DENOMINATOR /declaredFigures/13");
    }

    @Test
    void report_writes_every_format_as_modules(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("report");
        Run run = java(dir, "report", "-o", output.toString(), GUOBAO.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(output).isDirectoryContaining("glob:**/report.zh.html")
                .isDirectoryContaining("glob:**/findings.sarif");
        JsonNode report = new ObjectMapper().readTree(output.resolve("report.json").toFile());
        assertThat(report.toString()).contains("国宝乡");
        assertThat(Files.readString(output.resolve("report.en.md")))
                .startsWith("# Annual rule-of-law government report 2023: 国宝乡");
    }

    @Test
    void schema_reads_the_model_types_as_modules(@TempDir Path dir) throws Exception {
        Run run = java(dir, "schema");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$defs").has("EnforcementCase")).isTrue();
    }

    @Test
    void stream_binds_hotline_tickets_line_by_line_as_modules(@TempDir Path dir) throws Exception {
        Path tickets = dir.resolve("tickets.jsonl");
        Files.writeString(tickets, """
                {"id":"t1","channel":"12345","receivedOn":"2023-06-01","respondedOn":"2023-06-01","closedOn":"2023-06-03"}
                {"id":"t2","channel":"12345","receivedOn":"2023-06-02","closedOn":"2023-06-05"}
                """, StandardCharsets.UTF_8);
        Run run = java(dir, "stream", tickets.toString(), "--township", GUOBAO.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("好行 2 · 坏行 0").contains("办结率 2/2 (100.00%)");
    }

    @Test
    void audit_extracts_the_figures_of_an_html_report_as_modules(@TempDir Path dir) throws Exception {
        Path output = dir.resolve("report");
        assertThat(java(dir, "report", "-o", output.toString(), GUOBAO.toString()).code()).isZero();
        Run run = java(dir, "audit", output.resolve("report.zh.html").toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("国宝乡 2023 年，数字");
    }
}
