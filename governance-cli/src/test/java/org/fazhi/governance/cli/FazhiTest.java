package org.fazhi.governance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, in process: outputs, files and exit codes. */
class FazhiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SEED = ROOT.resolveSibling("shared").resolve("seed/guobao-2023-rule-of-law-report.md");
    private static final Path GUOBAO = ROOT.resolve("examples/src/main/resources/guobao-2023.json");
    private static final Path TEXTS = ROOT.resolve("governance-text/src/test/resources/texts");

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, String out, String err) {}

    static Run fazhi(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Fazhi.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static int seedLine(String phrase) throws Exception {
        String text = Files.readString(SEED);
        return (int) text.substring(0, text.indexOf(phrase)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void audit_seed_failOnWarning_printsThe9756FindingWithItsLine_andExits1() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed report is not beside this clone: " + SEED);
        assertThat(SEED).exists();
        Run r = fazhi("audit", SEED.toString(), "--fail-on", "warning", "--lang", "en");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains(SEED + ":" + seedLine("满意率 97.56%") + ":", "[WARNING] FIG-PERCENT-DENOMINATOR", "97.56%", "41, 82, 123");
        assertThat(fazhi("audit", SEED.toString()).code()).as("warnings do not fail by default").isZero();
    }

    @Test
    void audit_seed_sarif_isWrittenWithRegionsIntoTheText(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(SEED), "the seed report is not beside this clone: " + SEED);
        Run r = fazhi("audit", SEED.toString(), "--format", "sarif", "--fail-on", "warning", "-o", dir.toString());
        assertThat(r.code()).isEqualTo(1);
        JsonNode log = JSON.readTree(Files.readString(dir.resolve(SEED.getFileName() + ".sarif")));
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        JsonNode result = log.at("/runs/0/results/0");
        JsonNode region = result.at("/locations/0/physicalLocation/region");
        assertThat(result.get("ruleId").asText()).isEqualTo("FIG-PERCENT-DENOMINATOR");
        assertThat(region.get("startLine").asInt()).isEqualTo(seedLine("满意率 97.56%"));
        String text = Files.readString(SEED);
        int offset = region.get("charOffset").asInt();
        assertThat(text.substring(offset, offset + region.get("charLength").asInt())).isEqualTo("97.56%");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("guobao-2023-rule-of-law-report.md");
        assertThat(JSON.readTree(r.out()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(dir.resolve(SEED.getFileName() + ".review.md")).content().contains("**97.56%**");
        assertThat(dir.resolve(SEED.getFileName() + ".review.html")).content().contains("<mark>97.56%</mark>");
        assertThat(JSON.readTree(Files.readString(dir.resolve(SEED.getFileName() + ".audit.json"))).at("/summary/figures").asInt()).isEqualTo(36);
    }

    @Test
    void audit_folder_printsProgressAndTheBatchTable(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("table.csv");
        Run r = fazhi("audit", TEXTS.toString(), "--table", table.toString(), "--lang", "en");
        List<Path> reports;
        try (Stream<Path> s = Files.list(TEXTS)) {
            reports = s.filter(p -> !p.toString().endsWith(".json")).collect(Collectors.toList());
        }
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("[1/" + reports.size() + "]", "[" + reports.size() + "/" + reports.size() + "]");
        assertThat(r.out()).contains("| file | unit | year |", "| tieshi-2024.md | 铁石乡 | 2024 | 13 | 13 | 0 | 1 | 0 |");
        assertThat(Files.readAllLines(table)).hasSize(reports.size() + 1).first().asString().startsWith("file,unit,year");
        assertThat(fazhi("audit", TEXTS.toString(), "--fail-on", "warning").code()).isEqualTo(1);
    }

    @Test
    void check_guobao_formatsAndThresholds(@TempDir Path dir) throws Exception {
        Run text = fazhi("check", GUOBAO.toString());
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("国宝乡 2023", "FIG-PERCENT-DENOMINATOR");
        assertThat(fazhi("check", GUOBAO.toString(), "--fail-on", "warning").code()).isEqualTo(1);
        JsonNode json = JSON.readTree(fazhi("check", GUOBAO.toString(), "--format", "json").out());
        assertThat(json.get("passing").asBoolean()).isTrue();
        assertThat(json.get("findings").findValuesAsText("ruleId")).contains("FIG-PERCENT-DENOMINATOR");
        assertThat(JSON.readTree(fazhi("check", GUOBAO.toString(), "--format", "sarif").out()).get("version").asText()).isEqualTo("2.1.0");
        assertThat(fazhi("check", GUOBAO.toString(), "--format", "md", "--lang", "en").out()).contains("# Annual rule-of-law government report 2023: 国宝乡").doesNotContain("<html");
        assertThat(fazhi("check", GUOBAO.toString(), "--format", "html").out()).startsWith("<!DOCTYPE html>");
        assertThat(fazhi("check", GUOBAO.toString(), "--as-of", "2023-12-31").code()).isZero();
    }

    @Test
    void indicators_haveAHeaderAndColumnsThatLineUpInChinese() {
        List<String> lines = fazhi("indicators", GUOBAO.toString()).out().lines().toList();
        String header = lines.get(0);
        assertThat(header).startsWith("指标").contains("数值", "来源", "名称");
        int nameColumn = columns(header.substring(0, header.indexOf("名称")));
        for (String line : lines.subList(1, lines.size())) {
            String name = line.split(" {2,}")[3];
            assertThat(columns(line.substring(0, line.indexOf(name, line.indexOf("  ")))))
                    .as("the name starts at the same terminal column: " + line).isEqualTo(nameColumn);
        }
    }

    /** Terminal columns, as a CJK terminal shows them: ideographs and full-width punctuation take two. */
    private static int columns(String text) {
        return text.codePoints().map(cp -> Character.isIdeographic(cp) || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF00 && cp <= 0xFF60 ? 2 : 1).sum();
    }

    @Test
    void indicatorsReportAndSchema_onGuobao(@TempDir Path dir) throws Exception {
        Run ind = fazhi("indicators", GUOBAO.toString(), "--lang", "en");
        assertThat(ind.code()).isZero();
        assertThat(ind.out()).contains("97.56%");
        Run rep = fazhi("report", GUOBAO.toString(), "-o", dir.toString());
        assertThat(rep.code()).isZero();
        assertThat(dir.resolve("report.zh.html")).exists();
        assertThat(dir.resolve("findings.sarif")).exists();
        JsonNode schema = JSON.readTree(fazhi("schema").out());
        assertThat(schema.get("$schema").asText()).contains("2020-12");
    }

    @Test
    void badInput_exits2_withTheReasonInBothLanguages(@TempDir Path dir) throws Exception {
        Run missing = fazhi("audit", dir.resolve("nope.md").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.md", "文件不存在");
        Run unsupported = fazhi("audit", "report.doc");
        assertThat(unsupported.code()).isEqualTo(2);
        assertThat(unsupported.err()).contains("report.doc", "不支持的报告格式");
        Path notRecord = dir.resolve("bad.json");
        Files.writeString(notRecord, "{\"unit\": 1, \"year\": 2023}");
        Run invalid = fazhi("check", notRecord.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).contains("/unit", "类型错误");
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "not a pdf");
        assertThat(fazhi("audit", broken.toString()).code()).isEqualTo(2);
        Path anonymous = dir.resolve("anon.txt");
        Files.writeString(anonymous, "全年组织专题学习4次。\n");
        Run noUnit = fazhi("audit", anonymous.toString());
        assertThat(noUnit.code()).isEqualTo(2);
        assertThat(noUnit.err()).contains("--unit");
        assertThat(fazhi("audit", anonymous.toString(), "--unit", "清波街道", "--year", "2023").code()).isZero();
        assertThat(fazhi("check").code()).as("missing parameter").isEqualTo(2);
        assertThat(fazhi("check", GUOBAO.toString(), "--format", "pdf").code()).as("bad option value").isEqualTo(2);
    }

    @Test
    void stream_badLinesAndEmptyFiles(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "{\"id\": \n");
        Run r = fazhi("stream", bad.toString(), "--township", GUOBAO.toString(), "--lang", "en");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bad.jsonl");
        assertThat(r.out()).contains("bad lines 1");
        Path empty = dir.resolve("empty.jsonl");
        Files.writeString(empty, "");
        Run e = fazhi("stream", empty.toString(), "--township", GUOBAO.toString(), "--progress-every", "1");
        assertThat(e.code()).isZero();
        assertThat(e.out()).contains("好行 0");
    }

    @Test
    void help_listsTheCommandsAndExitCodes() {
        Run r = fazhi("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("check", "indicators", "report", "audit", "stream", "schema", "Exit codes");
    }

    @Test
    void stream_withOneBadLineAmongGoodOnes_exits2() throws Exception {
        Path dir = Files.createTempDirectory("fazhi-stream");
        Path mixed = dir.resolve("mixed.jsonl");
        String good = "{\"id\":\"t1\",\"channel\":\"12345\",\"receivedOn\":\"2023-03-01\",\"category\":\"咨询\"}";
        Files.writeString(mixed, good + "\n{\"id\": \n");
        Run r = fazhi("stream", mixed.toString(), "--township", GUOBAO.toString(), "--lang", "en");
        assertThat(r.out()).contains("bad lines 1");
        assertThat(r.code()).as("a stream with a bad line is bad input, even when other lines are good").isEqualTo(2);
    }

    @Test
    void check_aFileThatDoesNotExist_saysSoInBothLanguages_andExits2() {
        Run r = fazhi("check", "/nonexistent/record.json");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("/nonexistent/record.json: 没有这个文件 / no such file").doesNotContain("Exception");
    }

    @Test
    void check_aDirectoryOrAnInvalidRecord_namesTheFileBeforeWhatIsWrong(@TempDir Path dir) throws Exception {
        Run directory = fazhi("check", dir.toString());
        assertThat(directory.code()).isEqualTo(2);
        assertThat(directory.err()).contains(dir + ": 是目录，不是记录文件 / is a directory, not a record file");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"unit\": 3}");
        Run invalid = fazhi("check", bad.toString());
        assertThat(invalid.code()).isEqualTo(2);
        assertThat(invalid.err()).startsWith(bad + ": ").contains("/unit").doesNotContain("Exception");
    }

    @Test
    void aBadArgument_isNamedInBothLanguages_withTheHelpToRead_andExits2() {
        Run r = fazhi("check", GUOBAO.toString(), "--as-of", "2023-13-01");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("参数有误 / Invalid arguments: ", "--as-of", "不是日期，应写成 yyyy-MM-dd",
                "is not a date written yyyy-MM-dd", "用法见 / Usage: fazhi check --help")
                .doesNotContain("Usage: fazhi check [").doesNotContain("java.time");
    }

    @Test
    void help_onASubcommand_printsItsUsage() {
        Run r = fazhi("check", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("RECORD.json", "--fail-on");
    }
}
