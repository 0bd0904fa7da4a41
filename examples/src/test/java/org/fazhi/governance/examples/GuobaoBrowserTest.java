package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.report.ReportLine;
import org.fazhi.governance.rules.CheckReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Guobao HTML report in a real browser (headless Chromium over the DevTools protocol): the chart
 * bars have the widths of their rates, nothing overflows a phone's 375 px or a desktop's 1280 px, the
 * Chinese text is drawn with a CJK font, and printing gives A4 pages. Screenshots and the PDF are saved
 * under {@code target/browser/}; {@code -Dfazhi.updateDocs=true} also refreshes {@code docs/images/}.
 * Skipped, with a line saying how to install Chromium, where there is none; CI installs it.
 */
class GuobaoBrowserTest {
    private static final Path OUT = Path.of("target/browser");
    private static final int[] WIDTHS = {375, 1280};
    private static Chromium browser;
    private static AnnualRuleOfLawReport report;
    private static Path zh;
    private static Path en;

    @BeforeAll
    static void start() throws Exception {
        Optional<Path> binary = Chromium.find();
        if (binary.isEmpty()) {
            System.out.println(Chromium.HOW_TO_INSTALL);
            Assumptions.abort(Chromium.HOW_TO_INSTALL);
        }
        RuleOfLawRecord record = GuobaoExample.load();
        CheckReport check = GuobaoExample.evaluate(record);
        report = AnnualReports.build(record, check, Indicators.sheet(record, GuobaoExample.AS_OF));
        Files.createDirectories(OUT);
        zh = Files.writeString(OUT.resolve("guobao-2023.zh.html"), HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE), StandardCharsets.UTF_8)
                .toAbsolutePath();
        en = Files.writeString(OUT.resolve("guobao-2023.en.html"), HtmlRenderer.render(report, Locale.ENGLISH), StandardCharsets.UTF_8)
                .toAbsolutePath();
        browser = Chromium.start(binary.get());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** What a bar should show: its indicator's number over the chart's full scale. */
    private static Map<String, Double> expectedShares() {
        Map<String, Double> shares = new HashMap<>();
        double received = line("hotline.ticketsHandled").flatMap(ReportLine::number).map(BigDecimal::doubleValue).orElse(1.0);
        report.sections().forEach(s -> s.lines().forEach(l -> l.number().ifPresent(n -> shares.put(l.indicatorId(),
                Math.min(1.0, n.doubleValue() / (l.indicatorId().startsWith("hotline.") && l.unit() != org.fazhi.governance.indicators.IndicatorUnit.PERCENT ? received : 100.0))))));
        return shares;
    }

    private static Optional<ReportLine> line(String id) {
        return report.sections().stream().flatMap(s -> s.lines().stream()).filter(l -> l.indicatorId().equals(id)).findFirst();
    }

    private static final String BARS = "[...document.querySelectorAll('.track')].map(t => ({chart: t.closest('figure').id,"
            + " id: t.dataset.indicator, track: t.getBoundingClientRect().width, bar: t.querySelector('.bar').getBoundingClientRect().width,"
            + " target: t.querySelector('.target') ? t.querySelector('.target').getBoundingClientRect().left + 1 - t.getBoundingClientRect().left : null}))";

    @Test
    void chart_bars_have_the_widths_of_their_rates_on_a_phone_and_a_desktop() {
        Map<String, Double> expected = expectedShares();
        browser.open(zh);
        for (int width : WIDTHS) {
            browser.viewport(width, 900);
            JsonNode bars = browser.evaluate(BARS);
            assertThat(bars.size()).as("bars at " + width + " px").isGreaterThanOrEqualTo(9);
            int checked = 0;
            for (JsonNode b : bars) {
                String id = b.get("id").asText();
                double track = b.get("track").asDouble();
                assertThat(track).as(id + " track at " + width + " px").isGreaterThan(width < 600 ? 200 : 300);
                double share = expected.getOrDefault(id, 0.0);
                assertThat(b.get("bar").asDouble() / track).as(id + " at " + width + " px").isCloseTo(share, within(1.5 / track));
                if (!b.get("target").isNull()) {
                    double target = line(id).flatMap(ReportLine::target).map(BigDecimal::doubleValue).orElse(100.0) / 100.0;
                    assertThat(b.get("target").asDouble() / track).as(id + " target at " + width + " px").isCloseTo(target, within(2.0 / track));
                }
                checked += expected.containsKey(id) ? 1 : 0;
            }
            assertThat(checked).as("bars of indicators the report has").isGreaterThanOrEqualTo(7);
        }
    }

    private static final String OVERFLOW = "(() => { const w = document.documentElement.clientWidth; const out = [];"
            + " for (const e of document.body.querySelectorAll('*')) { const r = e.getBoundingClientRect();"
            + " if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..'"
            + " + Math.round(r.right) + ': ' + (e.textContent || '').trim().slice(0, 40)); }"
            + " return {clientWidth: w, scrollWidth: document.documentElement.scrollWidth, out: out}; })()";

    @Test
    void nothing_overflows_a_375_px_phone_or_a_1280_px_desktop_and_screenshots_are_saved() throws IOException {
        for (Path page : List.of(zh, en)) {
            browser.open(page);
            String lang = page.getFileName().toString().contains(".zh.") ? "zh" : "en";
            for (int width : WIDTHS) {
                browser.viewport(width, 900);
                JsonNode r = browser.evaluate(OVERFLOW);
                assertThat(r.get("scrollWidth").asInt()).as(lang + " page width at " + width + " px").isLessThanOrEqualTo(r.get("clientWidth").asInt());
                List<String> out = new ArrayList<>();
                r.get("out").forEach(x -> out.add(x.asText()));
                assertThat(out).as(lang + " elements past the edge at " + width + " px").isEmpty();
                Files.write(OUT.resolve("guobao-2023." + lang + "-" + width + ".png"), browser.screenshot(20_000));
            }
        }
        if (Boolean.getBoolean("fazhi.updateDocs")) {
            Path images = Path.of("").toAbsolutePath().getParent().resolve("docs/images");
            browser.open(zh);
            browser.viewport(1280, 900);
            Files.write(images.resolve("guobao-report.png"), browser.screenshot(1500));
            browser.viewport(375, 800);
            Files.write(images.resolve("guobao-report-mobile.png"), browser.screenshot(1400));
        }
        assertThat(OUT.resolve("guobao-2023.zh-375.png")).isNotEmptyFile();
        assertThat(OUT.resolve("guobao-2023.zh-1280.png")).isNotEmptyFile();
    }

    @Test
    void chinese_text_is_drawn_with_a_cjk_font_not_boxes() {
        browser.open(zh);
        browser.call("DOM.enable", Chromium.params());
        browser.call("CSS.enable", Chromium.params());
        int root = browser.call("DOM.getDocument", Chromium.params()).get("root").get("nodeId").asInt();
        for (String selector : new String[] {"h1", "#chart-rates .label", "table.figures td"}) {
            int node = browser.call("DOM.querySelector", Chromium.params().put("nodeId", root).put("selector", selector)).get("nodeId").asInt();
            List<String> fonts = new ArrayList<>();
            browser.call("CSS.getPlatformFontsForNode", Chromium.params().put("nodeId", node)).get("fonts")
                    .forEach(f -> fonts.add(f.get("familyName").asText()));
            assertThat(fonts).as(selector + " is drawn with " + fonts + "; install a CJK font (fonts-noto-cjk)")
                    .anyMatch(f -> f.matches("(?i).*(CJK|YaHei|PingFang|Hiragino|WenQuanYi|Source Han|Heiti).*"));
        }
    }

    @Test
    void printing_gives_a4_pages_with_tables_and_charts_kept_whole() throws IOException {
        browser.open(zh);
        browser.viewport(375, 800);
        browser.media("print");
        JsonNode styles = browser.evaluate("['table', 'figure', 'tr', 'li'].map(s => getComputedStyle(document.querySelector(s)).breakInside)");
        styles.forEach(s -> assertThat(s.asText()).isEqualTo("avoid"));
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('thead')).display").asText()).isEqualTo("table-header-group");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('.bar.meets')).backgroundColor").asText())
                .as("meets in its darker print green").isEqualTo("rgb(11, 93, 30)");
        browser.media("");
        byte[] pdf = browser.pdf();
        Files.write(OUT.resolve("guobao-2023.zh.pdf"), pdf);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("%PDF-");
        Matcher box = Pattern.compile("/MediaBox\\s*\\[\\s*0 0 ([0-9.]+) ([0-9.]+)\\s*\\]").matcher(text);
        int pages = 0;
        while (box.find()) {
            pages++;
            assertThat(Double.parseDouble(box.group(1))).as("A4 width in points").isCloseTo(595.3, within(2.0));
            assertThat(Double.parseDouble(box.group(2))).as("A4 height in points").isCloseTo(841.9, within(2.0));
        }
        assertThat(pages).as("pages").isBetween(2, 12);
    }
}
