package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureSection;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.MarkdownRenderer;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.junit.jupiter.api.Test;

/** A province's own figure concepts flow through indicators, the audit and the annual report like the standard ones. */
class HostCatalogTest {
    private static final FigureConcept REQUESTS = FigureConcept.builder().id("zj.zheliban.requests").zh("浙里办诉求件数").en("Zheliban requests")
            .unit(FigureUnit.COUNT).section(FigureSection.HOTLINE).counts("浙里办受理的诉求件数", "requests received on Zheliban")
            .source("浙江省数字政府建设要求", "Zhejiang digital government requirements").build();
    private static final FigureConcept SATISFIED = REQUESTS.toBuilder().id("zj.zheliban.satisfied").zh("浙里办满意件数").en("Zheliban satisfied")
            .counts("评价满意的诉求件数", "requests rated satisfied").build();
    private static final FigureConcept RATE = REQUESTS.toBuilder().id("zj.zheliban.satisfactionRate").zh("浙里办满意率").en("Zheliban satisfaction rate")
            .unit(FigureUnit.PERCENT).counts("满意 ÷ 受理", "satisfied ÷ received").numerator("zj.zheliban.satisfied").base("zj.zheliban.requests").build();
    private static final FigureCatalog ZHEJIANG = FigureCatalog.standard().extend(List.of(REQUESTS, SATISFIED, RATE));
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private static RuleOfLawRecord record(String rate) {
        String json = "{\"unit\":{\"name\":\"试点街道\",\"level\":\"SUBDISTRICT\",\"province\":\"浙江省\"},\"year\":2024,\"declaredFigures\":["
                + "{\"key\":\"zj.zheliban.requests\",\"value\":130,\"unit\":\"COUNT\",\"channel\":\"浙里办\",\"quote\":\"浙里办诉求130件\"},"
                + "{\"key\":\"zj.zheliban.satisfactionRate\",\"value\":" + rate + ",\"unit\":\"PERCENT\",\"channel\":\"浙里办\",\"quote\":\"满意率" + rate + "%\"}]}";
        return GovernanceJson.readRecord(json.getBytes(StandardCharsets.UTF_8), ZHEJIANG);
    }

    @Test
    void a_host_figure_has_an_indicator_result_in_its_own_right() {
        IndicatorSheet sheet = Indicators.sheet(record("97.56"), AS_OF);
        IndicatorResult requests = sheet.get(REQUESTS).orElseThrow();
        assertThat(requests.source()).isEqualTo(IndicatorSource.DECLARED);
        assertThat(requests.display()).isEqualTo("130");
        assertThat(requests.indicator()).isEmpty();
        assertThat(sheet.get(RATE).orElseThrow().zh()).isEqualTo("浙里办满意率");
    }

    @Test
    void the_audit_holds_a_host_rate_to_its_catalog_base() {
        CheckReport bad = GovernanceRules.all().evaluate(record("97.56"), AS_OF);
        assertThat(bad.failures()).extracting(Finding::ruleId, Finding::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FIG-PERCENT-DENOMINATOR", "/declaredFigures/1"));
        assertThat(GovernanceRules.all().evaluate(record("97.69"), AS_OF).failures()).as("127/130 = 97.69%").isEmpty();
    }

    @Test
    void the_annual_report_shows_host_figures_in_their_area_with_quote_and_channel() {
        RuleOfLawRecord r = record("97.69");
        CheckReport check = GovernanceRules.all().evaluate(r, AS_OF);
        String md = MarkdownRenderer.render(AnnualReports.build(r, check, Indicators.sheet(r, AS_OF)), Locale.SIMPLIFIED_CHINESE);
        String services = md.substring(md.indexOf("（三）"), md.indexOf("（四）"));
        assertThat(services).contains("浙里办诉求件数（浙里办）", "浙里办诉求130件", "浙里办满意率（浙里办）", "满意率97.69%");
    }
}
