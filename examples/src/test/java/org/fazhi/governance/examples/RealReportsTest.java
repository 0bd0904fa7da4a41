package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.FigureCatalog;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real township, town and subdistrict reports beyond Guobao, modelled as records from their figures and
 * short phrases: each loads with no unknown key, checks, computes and renders; the audit finds exactly the
 * arithmetic impossibilities their figures hold; docs/real-reports.md is generated from them.
 */
class RealReportsTest {
    private static final List<String> FIXTURES = List.of("anju-2023", "changshou-2023", "huangshi-2022", "liulang-2024", "longgui-2022",
            "nanxing-2022", "nishan-2024", "qingbo-2023", "tieshi-2024", "wangjia-2023", "xixing-2024", "xizhu-2025", "yicheng-2024",
            "yuanjianglu-2024");

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    static RuleOfLawRecord load(String name) {
        if (name.equals("guobao-2023")) {
            return GuobaoExample.load();
        }
        try (InputStream in = RealReportsTest.class.getResourceAsStream("/real-reports/" + name + ".json")) {
            assertThat(in).as(name).isNotNull();
            return GovernanceJson.readRecord(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate asOf(RuleOfLawRecord r) {
        return LocalDate.of(r.year(), 12, 31);
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void every_real_report_loads_checks_and_renders_with_every_figure_in_its_section(String name) {
        RuleOfLawRecord r = load(name);
        assertThat(r.declaredFigures()).as(name).isNotEmpty().allSatisfy(f -> {
            assertThat(FigureCatalog.standard().contains(f.concept())).as(f.concept().id()).isTrue();
            assertThat(f.quote().length()).as("a short phrase, never a paragraph: " + f.quote()).isLessThanOrEqualTo(40);
        });
        CheckReport check = GovernanceRules.all().evaluate(r, asOf(r));
        IndicatorSheet sheet = Indicators.sheet(r, asOf(r));
        AnnualRuleOfLawReport report = AnnualReports.build(r, check, sheet);
        String zh = MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE);
        String html = MarkdownRenderer.render(report, Locale.ENGLISH);
        r.declaredFigures().forEach(f -> {
            assertThat(zh).as("the report keeps " + f.concept().id()).contains(f.quote().replace("|", "\\|"));
            assertThat(html).as("the English report keeps " + f.concept().id()).contains(f.concept().en());
        });
        assertThat(ReportJson.read(ReportJson.write(report))).isEqualTo(report);
        assertThat(SarifRenderer.render(check, GovernanceRules.all(), name + ".json",
                org.fazhi.governance.model.JsonLocations.index(GovernanceJson.write(r).getBytes(java.nio.charset.StandardCharsets.UTF_8)), Locale.ENGLISH))
                .contains("\"version\" : \"2.1.0\"", "\"startLine\"");
    }

    @Test
    void the_audit_catches_exactly_the_impossible_figures_of_the_real_reports() {
        Map<String, List<String>> failures = new TreeMap<>();
        for (String name : allReports()) {
            RuleOfLawRecord r = load(name);
            List<String> fig = GovernanceRules.all().evaluate(r, asOf(r)).failures().stream().filter(f -> f.ruleId().startsWith("FIG-"))
                    .map(f -> f.ruleId() + " " + f.path()).collect(Collectors.toList());
            if (!fig.isEmpty()) {
                failures.put(name, fig);
            }
        }
        assertThat(failures).containsExactlyInAnyOrderEntriesOf(Map.of(
                // 97.56 % is no k/130 (the seed report)
                "guobao-2023", List.of("FIG-PERCENT-DENOMINATOR /declaredFigures/13"),
                // a power list of 80 items whose nine categories add up to 82
                "tieshi-2024", List.of("FIG-PART-TOTAL /declaredFigures/0")));
    }

    @Test
    void an_absent_count_is_insufficient_never_a_failure() {
        // 六郎镇 says it lost no lawsuit but not how many it had: the loss rate is unavailable, not 0 % and not 100 %.
        RuleOfLawRecord r = load("liulang-2024");
        IndicatorSheet sheet = Indicators.sheet(r, asOf(r));
        assertThat(sheet.get("litigation.administrative.lossRate")).isEmpty();
        assertThat(sheet.get("litigation.administrative.lost").orElseThrow().display()).isEqualTo("0");
    }

    static List<String> allReports() {
        List<String> all = new ArrayList<>();
        all.add("guobao-2023");
        all.addAll(FIXTURES);
        return all;
    }

    @Test
    void docs_real_reports_md_lists_every_report_and_the_typed_share() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Real reports modelled as records\n\n")
                .append("Generated by `RealReportsTest` from the fixtures in `examples/src/test/resources/real-reports/` and the Guobao\n")
                .append("record; regenerate with `mvn -B verify -Dfazhi.updateDocs=true`. Each fixture holds a report's unit, year, source and\n")
                .append("every figure the text states, each with its meaning (a standard-catalog concept), unit, qualifier, period, channel or\n")
                .append("scope, the relations its wording gives, and the short phrase that states it; never a paragraph. The figures are those\n")
                .append("of the opening of each published report (its first 1,500 characters or so). Guobao's text is the seed report, kept in the\n")
                .append("steering repository's `shared/seed/` beside this one, not copied here.\n\n")
                .append("| report | unit | level | province | year | figures in the text | typed in the standard catalog | indicators shown | audit: fail / insufficient |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        int stated = 0;
        int typed = 0;
        for (String name : allReports()) {
            RuleOfLawRecord r = load(name);
            CheckReport check = GovernanceRules.all().evaluate(r, asOf(r));
            IndicatorSheet sheet = Indicators.sheet(r, asOf(r));
            long shown = sheet.results().stream().filter(x -> x.source() != IndicatorSource.UNAVAILABLE).count();
            long fails = check.failures().size();
            long insufficient = check.findings().stream().filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA).count();
            int n = r.declaredFigures().size();
            int t = (int) r.declaredFigures().stream().filter(f -> FigureCatalog.standard().contains(f.concept())).count();
            stated += n;
            typed += t;
            md.append("| ").append(name).append(" | ").append(r.unit().name()).append(" | ").append(r.unit().level().zh()).append(" | ")
                    .append(r.unit().province().orElse("—")).append(" | ").append(r.year()).append(" | ").append(n).append(" | ").append(t)
                    .append(" | ").append(shown).append(" | ").append(fails).append(" / ").append(insufficient)
                    .append(check.failures().stream().filter(f -> f.ruleId().startsWith("FIG-")).map(Finding::ruleId).map(id -> " (" + id + ")")
                            .collect(Collectors.joining()))
                    .append(" |\n");
        }
        md.append("\nSources: ").append(allReports().stream().map(RealReportsTest::load)
                .map(r -> r.unit().name() + " " + r.year() + ": " + r.source().orElse("shared/seed/guobao-2023-rule-of-law-report.md"))
                .collect(Collectors.joining("; "))).append(".\n\n");
        md.append(String.format(Locale.ROOT, "Typed place: %d of %d figures (%d %%)%n", typed, stated, Math.round(100.0 * typed / stated)));
        Path file = docs("real-reports.md");
        if (Boolean.getBoolean("fazhi.updateDocs")) {
            Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(file + " is out of date: regenerate with -Dfazhi.updateDocs=true")
                .isEqualTo(md.toString());
        assertThat(typed).isEqualTo(stated);
    }

    static Path docs(String name) {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.exists(p.resolve("docs"))) {
            p = p.getParent();
        }
        return (p == null ? Path.of("..").toAbsolutePath() : p).resolve("docs").resolve(name);
    }
}
