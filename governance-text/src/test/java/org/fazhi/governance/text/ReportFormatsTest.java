package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The same report read from Markdown, Word, PDF and HTML gives the same figures, each located in its artifact. */
@org.junit.jupiter.api.condition.EnabledIf(value = "org.fazhi.governance.text.Fixtures#seedPresent",
        disabledReason = "the seed report ../shared/seed/guobao-2023-rule-of-law-report.md is not beside this clone")
class ReportFormatsTest {
    private static final String SEED = Fixtures.read(Fixtures.seed());
    private static final TextExtraction FROM_MARKDOWN = FigureExtractor.standard().extract(ReportText.read(Fixtures.seed()));

    private static List<String> keys(TextExtraction x) {
        return x.figures().stream().map(f -> f.key() + "=" + f.value().toPlainString() + " " + f.unit() + " " + f.qualifier())
                .sorted().collect(Collectors.toList());
    }

    private static void eachFigureAtItsText(TextExtraction x) {
        String artifact = x.report().artifactText();
        for (ExtractedFigure f : x.figures()) {
            assertThat(artifact.substring(f.span().start(), f.span().end()).replaceAll("\\s+", " ")).as("%s", f).isEqualTo(f.written());
        }
    }

    @Test
    void docx_ofTheSeed_givesTheFiguresOfTheMarkdown() {
        byte[] docx = TestDocuments.docx(TestDocuments.paragraphs(SEED), null);
        TextExtraction x = FigureExtractor.standard().extract(ReportText.of("seed.docx", ReportFormat.DOCX, docx));
        assertThat(keys(x)).isEqualTo(keys(FROM_MARKDOWN));
        assertThat(x.unitName()).hasValue("国宝乡");
        eachFigureAtItsText(x);
        TextAuditResult r = TextAudit.run(x);
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.figure().get().written()).isEqualTo("97.56%"));
    }

    @Test
    void docx_tableCells_areReadRowByRow() {
        String[][] table = {{"事项", "件数"}, {"新增行政复议案件", "0件"}, {"新增行政诉讼案件", "2件"}};
        byte[] docx = TestDocuments.docx(List.of("南星街道2022年法治政府建设情况报告", "南星街道办事处", "2023年2月7日"), table);
        TextExtraction x = FigureExtractor.standard().extract(ReportText.of("t.docx", ReportFormat.DOCX, docx));
        assertThat(keys(x)).containsExactly("litigation.administrative.received=2 COUNT EXACT", "reconsideration.received=0 COUNT EXACT");
    }

    @Test
    void pdf_ofTheSeed_givesTheFiguresOfTheMarkdown_withPages() {
        byte[] pdf = TestDocuments.pdf(TestDocuments.paragraphs(SEED));
        TextExtraction x = FigureExtractor.standard().extract(ReportText.of("seed.pdf", ReportFormat.PDF, pdf));
        assertThat(keys(x)).isEqualTo(keys(FROM_MARKDOWN));
        eachFigureAtItsText(x);
        assertThat(x.figures()).allSatisfy(f -> assertThat(f.span().page()).isPositive());
        assertThat(x.figures().stream().mapToInt(f -> f.span().page()).max().getAsInt()).isGreaterThan(1);
        TextAuditResult r = TextAudit.run(x);
        assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.line("seed.pdf", java.util.Locale.ENGLISH)).startsWith("seed.pdf:p."));
    }

    @Test
    void html_positions_pointIntoThePageSource_throughEntities() {
        String html = "<html><head><title>王家乡 2023 年法治政府建设年度报告</title></head><body>\n<p>发放&ldquo;宣传手册&rdquo;1000余份，"
                + "<b>召开院坝会</b>20余场。</p><script>var n = 12345件;</script></body></html>";
        TextExtraction x = FigureExtractor.standard().extract(ReportText.html("w.html", html));
        assertThat(keys(x)).containsExactly("publicity.courtyardMeetings=20 COUNT AT_LEAST", "publicity.materials=1000 COUNT AT_LEAST");
        for (ExtractedFigure f : x.figures()) {
            assertThat(html.substring(f.span().start(), f.span().end())).isEqualTo(f.written());
            assertThat(f.span().line()).isEqualTo(2);
        }
    }

    @Test
    void plainText_inGbk_isReadToo() {
        byte[] gbk = "清波街道2023年法治政府建设年度报告\n全年组织党工委专题学习4次。\n".getBytes(Charset.forName("GB18030"));
        TextExtraction x = FigureExtractor.standard().extract(ReportText.of("q.txt", ReportFormat.TEXT, gbk));
        assertThat(keys(x)).containsExactly("leadership.topicalStudySessions=4 COUNT EXACT");
        byte[] utf8 = "全年组织党工委专题学习4次。".getBytes(StandardCharsets.UTF_8);
        assertThat(ReportText.of("q.txt", ReportFormat.TEXT, utf8).text()).isEqualTo("全年组织党工委专题学习4次。");
    }

    @Test
    void unsupportedOrBrokenFiles_areRejected_namingTheFile() {
        assertThatThrownBy(() -> ReportFormat.of(Path.of("report.doc"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("report.doc").hasMessageContaining("不支持的报告格式");
        assertThatThrownBy(() -> ReportText.of("broken.pdf", ReportFormat.PDF, "not a pdf".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.pdf").hasMessageContaining("无法读取的PDF文件");
        assertThatThrownBy(() -> ReportText.of("broken.docx", ReportFormat.DOCX, new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken.docx").hasMessageContaining("Word");
    }
}
