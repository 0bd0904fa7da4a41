package org.fazhi.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.legal.Venue;
import org.fazhi.governance.model.legal.VenueKind;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ReportRenderersTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final String HOSTILE = "<script>alert('x')</script>|**x**";

    static AnnualRuleOfLawReport reportOf(RuleOfLawRecord r) {
        CheckReport check = GovernanceRules.all().evaluate(r, AS_OF);
        return AnnualReports.build(r, check, Indicators.sheet(r, AS_OF));
    }

    static RuleOfLawRecord hostile() {
        return RuleOfLawRecord.builder().year(2023).completeLists(EnumSet.allOf(RecordList.class))
                .unit(GovernmentUnit.builder().name(HOSTILE).level(UnitLevel.TOWN).build())
                .addVenue(Venue.builder().id("v").kind(VenueKind.CIRCUIT_COURT).name("法庭" + HOSTILE).addPartner("<b>县法院</b>").build())
                .report(ReportPublication.builder().signedOn(LocalDate.of(2023, 12, 25)).addShortcoming("短板" + HOSTILE)
                        .addRecommendation("建议 & <img src=x onerror=alert(1)>").build())
                .build();
    }

    @Test
    void html_escapes_every_piece_of_record_text() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String html = HtmlRenderer.render(reportOf(hostile()), l);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("script")).isEmpty();
            assertThat(doc.select("img")).isEmpty();
            assertThat(doc.select("b")).isEmpty();
            assertThat(doc.select("h1").text()).contains(HOSTILE);
            assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        }
    }

    @Test
    void html_structure_for_generated_records() {
        qt().withExamples(20).forAll(ModelGenerators.records()).checkAssert(r -> {
            String html = HtmlRenderer.render(reportOf(r), Locale.SIMPLIFIED_CHINESE);
            Document xml = Jsoup.parse(html, "", Parser.xmlParser());
            boolean cases = r.isComplete(RecordList.ENFORCEMENT_CASES) && !r.enforcementCases().isEmpty();
            assertThat(xml.select("svg")).hasSize(cases ? 5 : 4);
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("figure#chart-rates svg, figure#chart-coverage svg, figure#chart-grid svg, figure#chart-hotline svg")).hasSize(4);
            assertThat(doc.select("figure#chart-cases svg")).as("the case funnel, where cases are recorded").hasSize(cases ? 1 : 0);
            assertThat(doc.select("link[href], script[src], img[src]")).as("no external assets").isEmpty();
            assertThat(doc.select("h2")).hasSize(3);
            assertThat(doc.select("section")).as("the profile and the eight sections of the outline").hasSize(9);
        });
    }

    @Test
    void markdown_escapes_table_and_markup_characters() {
        String md = MarkdownRenderer.render(reportOf(hostile()), Locale.SIMPLIFIED_CHINESE);
        assertThat(md).startsWith("# \\<script\\>alert('x')\\</script\\>\\|\\*\\*x\\*\\* 2023 年法治政府建设年度报告");
        assertThat(md).contains("建议 & \\<img src=x onerror=alert(1)\\>");
        assertThat(java.util.regex.Pattern.compile("(?<!\\\\)<").matcher(md).find()).as("every < is escaped").isFalse();
    }

    @Test
    void report_json_round_trips() {
        qt().withExamples(20).forAll(ModelGenerators.records()).checkAssert(r -> {
            AnnualRuleOfLawReport report = reportOf(r);
            assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
        });
    }

    @Test
    void sarif_has_rules_results_levels_and_json_path_locations() throws Exception {
        RuleOfLawRecord r = hostile();
        CheckReport check = GovernanceRules.all().evaluate(r, AS_OF);
        JsonNode sarif = GovernanceJson.newMapper().readTree(SarifRenderer.render(check, GovernanceRules.all(), "record.json", Locale.ENGLISH));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(GovernanceRules.all().rules().size());
        long failures = check.failures().size();
        long undecided = check.findings().stream().filter(f -> f.outcome() == org.fazhi.governance.rules.Outcome.INSUFFICIENT_DATA).count();
        assertThat(run.get("results")).hasSize((int) (failures + undecided));
        for (JsonNode res : run.get("results")) {
            assertThat(res.get("kind").asText()).isIn("fail", "review");
            assertThat(res.get("level").asText()).isIn("error", "warning", "note");
            assertThat(res.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText()).startsWith("/");
            int index = res.get("ruleIndex").asInt();
            assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText()).isEqualTo(res.get("ruleId").asText());
        }
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertThat(rule.get("help").get("text").asText()).contains("Administrative Penalty Law");
    }

    @Test
    void rendering_is_deterministic() {
        AnnualRuleOfLawReport once = reportOf(hostile());
        AnnualRuleOfLawReport again = reportOf(hostile());
        assertThat(again).isEqualTo(once);
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertThat(HtmlRenderer.render(again, l)).isEqualTo(HtmlRenderer.render(once, l));
            assertThat(MarkdownRenderer.render(again, l)).isEqualTo(MarkdownRenderer.render(once, l));
        }
    }

    @Test
    void a_report_checked_past_the_working_day_calendar_says_so_under_its_summary() {
        RuleOfLawRecord r = RuleOfLawRecord.builder().from(hostile()).year(2026)
                .unit(GovernmentUnit.builder().name("示范乡").level(UnitLevel.TOWN).build()).build();
        LocalDate asOf = LocalDate.of(2027, 3, 1);
        CheckReport check = GovernanceRules.all().evaluate(r, asOf);
        AnnualRuleOfLawReport report = AnnualReports.build(r, check, Indicators.sheet(r, asOf));
        assertThat(report.calendarNoteZh()).isEqualTo(check.calendarNote(Locale.CHINESE)).isPresent();
        assertThat(report.calendarNote(Locale.ENGLISH)).isEqualTo(check.calendarNote(Locale.ENGLISH)).isPresent();
        String zhNote = "注意：工作日历只载入到 2026 年的国务院节假日安排（2019—2026 年），截至日 2027-03-01 已超出；";
        assertThat(MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE)).contains("\n\n> " + zhNote);
        assertThat(MarkdownRenderer.render(report, Locale.ENGLISH))
                .contains("\n\n> Note: the working-day calendar holds the State Council holiday notices up to 2026 (2019–2026) and the as-of date 2027-03-01 lies past them;");
        Document html = Jsoup.parse(HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(html.select("p.summary.undecided").text()).startsWith(zhNote);
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);

        AnnualRuleOfLawReport covered = reportOf(r);
        assertThat(covered.calendarNoteZh()).isEmpty();
        assertThat(MarkdownRenderer.render(covered, Locale.SIMPLIFIED_CHINESE)).doesNotContain("工作日历");
        assertThat(Jsoup.parse(HtmlRenderer.render(covered, Locale.ENGLISH)).select("p.summary.undecided")).isEmpty();
        assertThat(ReportJson.write(covered)).doesNotContain("calendarNote");
    }
}
