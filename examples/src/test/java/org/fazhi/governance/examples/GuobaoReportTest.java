package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.report.MarkdownRenderer;
import org.fazhi.governance.report.ReportJson;
import org.fazhi.governance.report.SarifRenderer;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The Guobao 2023 record end to end: sensible findings, every seed indicator, the audit, and golden reports. */
class GuobaoReportTest {
    private final RuleOfLawRecord record = GuobaoExample.load();
    private final CheckReport check = GuobaoExample.evaluate(record);
    private final IndicatorSheet sheet = Indicators.sheet(record, GuobaoExample.AS_OF);
    private final AnnualRuleOfLawReport report = AnnualReports.build(record, check, sheet);

    @Test
    void guobao_checks_without_error_and_its_only_failure_is_the_impossible_rate() {
        assertThat(check.isPassing()).as(check.toString()).isTrue();
        assertThat(check.failures()).extracting(Finding::ruleId).containsExactly("FIG-PERCENT-DENOMINATOR");
        assertThat(check.failures().get(0).messageEn()).contains("97.56% cannot be a whole number out of 130",
                "126/130 = 96.92%, 127/130 = 97.69%", "are 41, 82, 123");
    }

    @Test
    void guobao_gets_insufficient_data_where_the_seed_gives_only_totals() {
        assertThat(check.ofRule("ENF-TWO-OFFICERS").findings()).extracting(Finding::outcome).containsExactly(Outcome.INSUFFICIENT_DATA);
        assertThat(check.ofRule("CERT-TRAINING-ASSESSMENT-RATE").findings()).extracting(Finding::outcome).containsExactly(Outcome.INSUFFICIENT_DATA);
        assertThat(check.ofRule("NPC-REPLY-3M-6M").findings()).extracting(Finding::outcome).containsExactly(Outcome.INSUFFICIENT_DATA);
        assertThat(check.ofRule("FIG-UNSUPPORTED-RATE").findings()).extracting(Finding::outcome).containsOnly(Outcome.INSUFFICIENT_DATA).hasSize(4);
    }

    @Test
    void guobao_passes_where_its_figures_decide_the_rule() {
        for (String id : new String[] {"DISP-PINGLI-ROOM", "RURAL-VILLAGE-LEGAL-ADVISER", "RURAL-TOWNSHIP-LEGAL-ADVISER", "GRID-COMPREHENSIVE-CENTER",
            "GRID-PATROL", "TRS-REVIEWER-RATIO", "LIST-8TH-PUFA", "RPT-CONTENT", "RPT-FIRST-RESPONSIBLE"}) {
            assertThat(check.ofRule(id).findings()).as(id).extracting(Finding::outcome).containsOnly(Outcome.PASS);
        }
        assertThat(check.ofRule("DISP-PINGLI-ROOM").findings().get(0).evidence()).containsEntry("rooms", "9").containsEntry("needed", "9");
        assertThat(check.ofRule("GRID-STRUCTURE").findings()).extracting(Finding::outcome).containsOnly(Outcome.PASS).hasSize(3);
    }

    @Test
    void every_seed_indicator_is_shown_with_its_source() {
        assertThat(sheet.get(Indicator.HOTLINE_RECEIVED).display()).isEqualTo("130");
        assertThat(sheet.get(Indicator.HOTLINE_SATISFACTION_RATE).display()).isEqualTo("97.56%");
        assertThat(sheet.get(Indicator.HOTLINE_SATISFACTION_RATE).source()).isEqualTo(IndicatorSource.DECLARED);
        assertThat(sheet.get(Indicator.GRID_STAFF_TOTAL).display()).isEqualTo("134");
        assertThat(sheet.get(Indicator.GRID_STAFF_TOTAL).source()).isEqualTo(IndicatorSource.DERIVED);
        assertThat(sheet.get(Indicator.GRID_LEVEL2_PER_LEVEL1).display()).isEqualTo("2.25");
        assertThat(sheet.get(Indicator.CAMERAS_TOTAL).display()).isEqualTo("225");
        assertThat(sheet.get(Indicator.MEDIATION_SUCCESS_RATE).display()).as("over disputes mediated, which the report does not state").isEqualTo("—");
        assertThat(sheet.get(Indicator.ADVISER_COVERAGE).display()).isEqualTo("100.00%");
        assertThat(sheet.get(Indicator.CAMPAIGNS).display()).isEqualTo("30+");
        assertThat(sheet.get(Indicator.PATROLS_PER_WEEK).display()).isEqualTo("2");
        long shown = sheet.results().stream().filter(r -> r.source() != IndicatorSource.UNAVAILABLE).count();
        assertThat(shown).isEqualTo(42);
        assertThat(record.declaredFigures()).allSatisfy(f ->
                assertThat(sheet.get(f.concept())).as(f.concept().id() + " has a result").isPresent());
    }

    @Test
    void the_report_says_what_the_data_cannot_show_and_which_figure_does_not_add_up() {
        String md = MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE);
        assertThat(md).contains("## 二、存在问题及短板", "97.56% 不可能是 130 中的整数占比", "### 数据无法证明的事项",
                "报告声明代表建议办结率为 100%", "国宝乡人民政府  \n2023-12-25");
        String en = MarkdownRenderer.render(report, Locale.ENGLISH);
        assertThat(en).contains("## 2. Problems and shortcomings", "97.56% cannot be a whole number out of 130");
    }

    @Test
    void the_html_report_parses_and_has_every_chart() {
        Document doc = Jsoup.parse(HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(doc.select("figure.chart")).hasSize(4);
        assertThat(doc.select("#chart-grid .node .count").eachText()).containsExactly("8", "18", "134");
        assertThat(doc.select("#chart-hotline .value").eachText()).contains("130 · 报告声明");
        assertThat(doc.select("#chart-rates .value").eachText()).contains("97.56% · 报告声明");
        assertThat(doc.select("#chart-coverage .label").eachText().stream().collect(Collectors.joining(" "))).contains("一村一法律顾问覆盖率");
        // 100 % of villages with an adviser, derived from the declared 8 of 8: meets its target
        assertThat(doc.selectFirst("#chart-coverage .track[data-indicator=coverage.legalAdviserVillages] .bar").classNames()).contains("meets");
        // "培训考核率达 100%" is declared with no counts: not verified, so not shown as met
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=enforcement.trainingAssessmentRate] .bar").classNames()).contains("unverified");
    }

    @Test
    void the_chinese_report_speaks_chinese_says_each_cause_once_and_ends_its_sentences_with_a_chinese_stop() {
        for (String text : new String[] {Jsoup.parse(HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE)).body().text(),
            MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE)}) {
            assertThat(text).doesNotContainPattern("[A-Z]{2,}-[A-Z0-9-]+").as("no rule ids");
            assertThat(text).doesNotContainPattern("/[a-z]+[A-Z][A-Za-z]*").as("no JSON paths");
            assertThat(text).doesNotContainPattern("[a-z]+\\.[a-z]+[A-Z]").as("no figure keys such as hotline.satisfactionRate");
            assertThat(text).doesNotContain("WARNING", "ERROR", "截至某日", "（余、多、超、以上）");
            assertThat(text.split("没有执法案件记录", -1)).as("the shared cause is said once").hasSize(2);
            assertThat(text).contains("报告声明有 3 名执法人员，但没有执法案件记录，25 项检查无法进行，涉及行政处罚案件、");
        }
        Document doc = Jsoup.parse(HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(doc.selectFirst("p.summary").text()).endsWith("。");
        assertThat(doc.select("li.fail").first().text()).contains("位置：报告中声明的数字 › 第 14 项（满意率）");
        assertThat(doc.select("li.fail").first().attr("data-rule")).isEqualTo("FIG-PERCENT-DENOMINATOR");
        assertThat(doc.select("tr[data-indicator=enforcement.trainingAssessmentRate] td").eachText()).containsSubsequence("100%", "报告声明", "100%");
        assertThat(ReportJson.write(report)).contains("\"formatVersion\" : \"1.0\"");
    }

    static void golden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean("fazhi.updateGolden")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name + " differs from the golden file; if the change is intended, "
                + "rerun with -Dfazhi.updateGolden=true and review the diff").isEqualTo(actual);
    }

    @Test
    void golden_files_for_every_format() throws IOException {
        golden("guobao-2023.zh.md", MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        golden("guobao-2023.en.md", MarkdownRenderer.render(report, Locale.ENGLISH));
        golden("guobao-2023.zh.html", HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        golden("guobao-2023.en.html", HtmlRenderer.render(report, Locale.ENGLISH));
        golden("guobao-2023.report.json", ReportJson.write(report));
        golden("guobao-2023.sarif", SarifRenderer.render(check, GovernanceRules.all(), GuobaoExample.SOURCE_PATH,
                JsonLocations.index(GuobaoExample.bytes()), Locale.SIMPLIFIED_CHINESE));
    }
}
