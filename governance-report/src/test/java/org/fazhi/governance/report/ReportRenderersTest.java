package org.fazhi.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.ReportPublication;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.legal.Venue;
import org.fazhi.governance.model.legal.VenueKind;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Severity;
import org.fazhi.governance.rules.SubjectRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
            Document doc = Jsoup.parse(html);
            assertThat(doc.select("figure#chart-rates, figure#chart-coverage, figure#chart-grid, figure#chart-hotline")).hasSize(4);
            for (org.jsoup.nodes.Element track : doc.select(".track")) {
                double share = Math.min(1, Double.parseDouble(track.attr("data-value")) / Double.parseDouble(track.attr("data-max")));
                assertThat(track.selectFirst(".bar").attr("style")).isEqualTo(String.format(Locale.ROOT, "width:%.2f%%", share * 100));
            }
            boolean cases = r.isComplete(RecordList.ENFORCEMENT_CASES) && !r.enforcementCases().isEmpty();
            assertThat(doc.select("figure#chart-cases")).as("the case funnel, where cases are recorded").hasSize(cases ? 1 : 0);
            assertThat(doc.select("link[href], script[src], img[src]")).as("no external assets").isEmpty();
            assertThat(doc.select("h2")).hasSize(3);
            assertThat(doc.select("section")).as("the profile and the eight sections of the outline").hasSize(9);
        });
    }

    @Test
    void bars_are_coloured_by_whether_their_value_meets_its_target() {
        ReportSection section = ReportSection.builder().id(ReportSectionId.PROFILE).titleZh("节").titleEn("s").checksPassed(0).checksFailed(0).checksUndecided(0)
                .addLine(rate("a.low", "80", "90", org.fazhi.governance.indicators.IndicatorSource.COMPUTED))
                .addLine(rate("a.high", "95", "90", org.fazhi.governance.indicators.IndicatorSource.COMPUTED))
                .addLine(rate("a.claimed", "100", "90", org.fazhi.governance.indicators.IndicatorSource.DECLARED))
                .addLine(rate("a.free", "50", null, org.fazhi.governance.indicators.IndicatorSource.COMPUTED)).build();
        AnnualRuleOfLawReport report = AnnualRuleOfLawReport.builder().unitName("甲乡").year(2023).asOf(AS_OF).addSection(section)
                .checkSummary(Map.of("PASS", 0, "FAIL", 0, "INSUFFICIENT_DATA", 0, "NOT_APPLICABLE", 0, "WAIVED", 0)).passing(true).build();
        Document doc = Jsoup.parse(HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE));
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=a.low] .bar").classNames()).contains("misses");
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=a.high] .bar").classNames()).contains("meets");
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=a.claimed] .bar").classNames()).contains("unverified");
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=a.free] .bar").classNames()).contains("no-target");
        assertThat(doc.selectFirst("#chart-rates .track[data-indicator=a.low] .target").attr("style")).isEqualTo("left:90.00%");
        assertThat(doc.select("#chart-rates .value").eachText()).contains("80% · 由明细计算未达标", "95% · 由明细计算达标");
        assertThat(doc.select("tr[data-indicator=a.low] td").eachText()).contains("80%", "90%").doesNotContain("90");
        assertThat(doc.selectFirst("p.summary").text()).endsWith("。");
        assertThat(MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE)).contains("| 80% | 由明细计算 | 90% |");
    }

    private static ReportLine rate(String id, String value, String target, org.fazhi.governance.indicators.IndicatorSource source) {
        return ReportLine.builder().indicatorId(id).labelZh(id).labelEn(id).value(value + "%").number(new java.math.BigDecimal(value))
                .unit(org.fazhi.governance.indicators.IndicatorUnit.PERCENT).source(source).target(java.util.Optional.ofNullable(target).map(java.math.BigDecimal::new)).build();
    }

    @Test
    void report_json_states_its_format_version_and_refuses_another_major_one() {
        AnnualRuleOfLawReport report = reportOf(hostile());
        String json = ReportJson.write(report);
        assertThat(json).startsWith("{\n  \"formatVersion\" : \"" + AnnualRuleOfLawReport.FORMAT_VERSION + "\"");
        assertThat(ReportJson.read(json.replace("\"formatVersion\" : \"1.0\"", "\"formatVersion\" : \"1.7\"")).formatVersion()).isEqualTo("1.7");
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"formatVersion\" : \"1.0\"", "\"formatVersion\" : \"2.0\"")))
                .isInstanceOf(org.fazhi.governance.model.base.InvalidRecordException.class).hasMessageContaining("/formatVersion")
                .hasMessageContaining("2.0");
    }

    @Test
    void report_json_writes_typed_section_ids_and_units_as_their_stable_strings() {
        AnnualRuleOfLawReport report = reportOf(hostile());
        String json = ReportJson.write(report);
        assertThat(json).contains("\"id\" : \"services-and-hotline\"")
                .contains("\"id\" : \"decisions-and-enforcement\"").contains("\"unit\" : \"PERCENT\"").contains("\"unit\" : \"COUNT\"");
        assertThat(report.sections()).extracting(ReportSection::id).containsExactly(ReportSectionId.values());
        assertThatThrownBy(() -> ReportJson.read(json.replace("\"id\" : \"safety\"", "\"id\" : \"safty\"")))
                .isInstanceOf(org.fazhi.governance.model.base.InvalidRecordException.class);
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
    void sarif_has_rules_results_levels_regions_and_json_path_locations() throws Exception {
        RuleOfLawRecord r = hostile();
        CheckReport check = GovernanceRules.all().evaluate(r, AS_OF);
        String json = GovernanceJson.write(r);
        JsonLocations locations = JsonLocations.index(json.getBytes(StandardCharsets.UTF_8));
        JsonNode sarif = GovernanceJson.newMapper().readTree(SarifRenderer.render(check, GovernanceRules.all(), "data/record.json", locations, Locale.ENGLISH));
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(GovernanceRules.all().rules().size());
        assertThat(run.get("originalUriBaseIds").has(SarifRenderer.SRCROOT)).isTrue();
        long failures = check.failures().size();
        long undecided = check.findings().stream().filter(f -> f.outcome() == org.fazhi.governance.rules.Outcome.INSUFFICIENT_DATA).count();
        assertThat(run.get("results")).hasSize((int) (failures + undecided));
        String[] lines = json.split("\n", -1);
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        for (JsonNode res : run.get("results")) {
            assertThat(res.get("kind").asText()).isIn("fail", "review");
            assertThat(res.get("level").asText()).isIn(res.get("kind").asText().equals("fail") ? new String[] {"error", "warning", "note"} : new String[] {"none"});
            String pointer = res.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText();
            assertThat(pointer).startsWith("/");
            JsonNode physical = res.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asText()).isEqualTo("data/record.json");
            assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo(SarifRenderer.SRCROOT);
            JsonNode region = physical.get("region");
            JsonLocations.Span span = locations.find(pointer.equals("/") ? "" : pointer);
            assertThat(region.get("startLine").asInt()).isEqualTo(span.startLine());
            assertThat(region.get("startColumn").asInt()).isEqualTo(span.startColumn());
            char first = lines[span.startLine() - 1].charAt(span.startColumn() - 1);
            assertThat(first).as("the region starts at a JSON value").isIn('{', '[', '"', 't', 'f', 'n', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
            assertThat(fingerprints.add(res.get("fingerprints").get(SarifRenderer.FINGERPRINT).asText())).as("fingerprints are unique").isTrue();
            assertThat(res.get("properties").get("subject").asText()).contains(":");
            int index = res.get("ruleIndex").asInt();
            assertThat(run.get("tool").get("driver").get("rules").get(index).get("id").asText()).isEqualTo(res.get("ruleId").asText());
        }
        JsonNode rule = run.get("tool").get("driver").get("rules").get(0);
        assertThat(rule.get("help").get("text").asText()).contains("Administrative Penalty Law");
    }

    @Test
    void sarif_fingerprints_keep_rule_and_subject_and_ignore_evidence_and_order() {
        Finding a = finding("R-1", SubjectRef.of(Grid.class, "g1"), "/grids/0", Map.of("subject", "行政处罚案件"));
        Finding b = finding("R-1", SubjectRef.of(Grid.class, "g2"), "/grids/1", Map.of());
        Finding moved = finding("R-1", SubjectRef.of(Grid.class, "g1"), "/grids/7", Map.of("subject", "other evidence"));
        List<String> first = SarifRenderer.fingerprints(List.of(a, b));
        assertThat(SarifRenderer.fingerprints(List.of(b, moved))).containsExactly(first.get(1), first.get(0));
        assertThat(first.get(0)).hasSize(64).isNotEqualTo(first.get(1));
        // one subject reported twice by a rule: the path tells them apart, and an ordinal if even that repeats
        Finding again = finding("R-1", SubjectRef.of(Grid.class, "g1"), "/grids/0/staff", Map.of());
        assertThat(SarifRenderer.fingerprints(List.of(a, again, again))).doesNotHaveDuplicates();
    }

    @Test
    void sarif_refuses_an_absolute_artifact_uri_and_encodes_a_relative_one() {
        assertThat(SarifRenderer.relativeUri("data\\国宝 2023.json")).isEqualTo("data/%E5%9B%BD%E5%AE%9D%202023.json");
        for (String bad : new String[] {"/tmp/r.json", "file:///tmp/r.json", "C:/r.json", " "}) {
            assertThatThrownBy(() -> SarifRenderer.relativeUri(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(SarifRenderer.SRCROOT);
        }
    }

    private static Finding finding(String rule, SubjectRef subject, String path, Map<String, String> evidence) {
        return Finding.builder().ruleId(rule).severity(Severity.ERROR).outcome(org.fazhi.governance.rules.Outcome.FAIL).path(path).subject(subject)
                .putAllEvidence(evidence).messageZh("m").messageEn("m").remediationZh("r").remediationEn("r")
                .citation(GovernanceRules.all().rules().get(0).descriptor().citation()).build();
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
