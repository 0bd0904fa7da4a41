package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.condition.EnabledIf(value = "org.fazhi.governance.text.Fixtures#seedPresent",
        disabledReason = "the seed report ../shared/seed/guobao-2023-rule-of-law-report.md is not beside this clone")
class TextReviewsTest {
    private static final TextAuditResult SEED = TextAudit.run(FigureExtractor.standard().extract(ReportText.read(Fixtures.seed())));
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonSchema sarifSchema() {
        InputStream in = TextReviewsTest.class.getResourceAsStream("/sarif-2.1.0-subset.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }

    /** Asserts a SARIF log is valid and every region's offsets, lines, columns and snippet agree with the text. */
    static void assertValidSarifWithRegions(String sarif, String artifactText) throws Exception {
        JsonNode log = JSON.readTree(sarif);
        assertThat(sarifSchema().validate(log)).isEmpty();
        JsonNode results = log.at("/runs/0/results");
        assertThat(results.size()).isPositive();
        int withRegion = 0;
        for (JsonNode r : results) {
            JsonNode region = r.at("/locations/0/physicalLocation/region");
            if (region.isMissingNode()) {
                continue;
            }
            withRegion++;
            int offset = region.get("charOffset").asInt();
            int length = region.get("charLength").asInt();
            assertThat(region.at("/snippet/text").asText()).isEqualTo(artifactText.substring(offset, offset + length));
            int line = (int) artifactText.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
            assertThat(region.get("startLine").asInt()).isEqualTo(line);
            assertThat(region.get("startColumn").asInt()).isEqualTo(offset - (artifactText.lastIndexOf('\n', offset - 1) + 1) + 1);
        }
        assertThat(withRegion).isPositive();
    }

    @Test
    void sarif_seed_isValidAndItsRegionsPointAtTheFigures() throws Exception {
        String sarif = TextReviews.sarif(SEED, "guobao-2023-rule-of-law-report.md", Locale.ENGLISH);
        assertValidSarifWithRegions(sarif, SEED.extraction().report().artifactText());
        JsonNode fail = JSON.readTree(sarif).at("/runs/0/results/0");
        assertThat(fail.get("ruleId").asText()).isEqualTo("FIG-PERCENT-DENOMINATOR");
        assertThat(fail.get("level").asText()).isEqualTo("warning");
        assertThat(fail.at("/locations/0/physicalLocation/region/snippet/text").asText()).isEqualTo("97.56%");
        assertThat(fail.at("/locations/0/physicalLocation/contextRegion/snippet/text").asText()).contains("130 件");
    }

    @Test
    void markdown_seed_quotesTheSentenceWithTheFigureInBold() {
        String md = TextReviews.markdown(SEED, Locale.SIMPLIFIED_CHINESE);
        assertThat(md).contains("# 数字审核单：国宝乡 2023 年", "满意率 **97.56%**", "FIG-PERCENT-DENOMINATOR", "第 "
                + SEED.failures().get(0).span().get().line() + " 行", "| 0 | 23:");
        assertThat(TextReviews.markdown(SEED, Locale.ENGLISH)).contains("Figure review: 国宝乡 2023", "line ", "Figures in the text");
    }

    @Test
    void html_seed_isWellFormedAndMarksTheFigure() {
        String html = TextReviews.html(SEED, Locale.SIMPLIFIED_CHINESE);
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("mark").eachText()).contains("97.56%");
        assertThat(doc.select("table tr")).hasSize(SEED.extraction().figures().size() + 1);
        assertThat(doc.select("script")).isEmpty();
        String injected = TextReviews.html(TextAudit.run(FigureExtractor.standard().extract(ReportText.plain("x.md", ReportFormat.MARKDOWN,
                "# 国宝乡 2023 年报告\n<script>alert(1)</script>办理 12345 诉求件 130 件，满意率 97.56%。\n"))), Locale.ENGLISH);
        assertThat(Jsoup.parse(injected).select("script")).isEmpty();
        assertThat(injected).contains("&lt;script&gt;");
    }

    @Test
    void json_seed_givesEveryFigureAndTheFindingWithPositions() throws Exception {
        JsonNode j = JSON.readTree(TextReviews.json(SEED));
        assertThat(j.get("unit").asText()).isEqualTo("国宝乡");
        assertThat(j.get("figures").size()).isEqualTo(36);
        assertThat(j.at("/summary/warning").asInt()).isEqualTo(1);
        JsonNode finding = j.at("/findings/0");
        assertThat(finding.get("ruleId").asText()).isEqualTo("FIG-PERCENT-DENOMINATOR");
        assertThat(finding.at("/span/line").asInt()).isEqualTo(Fixtures.lineOf(Fixtures.seed(), "满意率 97.56%"));
        assertThat(j.at("/figures/12/recordPath").asText()).startsWith("/declaredFigures/");
    }
}
