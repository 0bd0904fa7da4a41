package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleGroup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The worked example: a year of a town's cases with one procedural defect of each kind planted; the check finds exactly those. */
class CaseLifecycleExampleTest {
    private final RuleOfLawRecord year = CaseLifecycleExample.township();
    private final CheckReport check = GovernanceRules.all().evaluate(year, CheckContext.of(CaseLifecycleExample.AS_OF));
    private final IndicatorSheet sheet = Indicators.sheet(year, CaseLifecycleExample.AS_OF);

    @Test
    void the_year_is_a_valid_record_of_49_cases() {
        assertThat(RecordValidator.shared().validate(year)).isEmpty();
        assertThat(year.enforcementCases()).hasSize(CaseLifecycleExample.LAWFUL + 25);
    }

    @Test
    void the_check_finds_exactly_the_planted_defects_one_finding_each() {
        Map<String, String> found = check.failures().stream().collect(Collectors.toMap(Finding::ruleId, Finding::path));
        assertThat(check.failures()).as(check.toString()).hasSize(CaseLifecycleExample.expectedFailures().size());
        assertThat(found).containsExactlyInAnyOrderEntriesOf(CaseLifecycleExample.expectedFailures());
        assertThat(found).hasSize(26);
    }

    @Test
    void a_complete_case_file_leaves_no_enforcement_rule_undecided() {
        assertThat(check.findings().stream().filter(f -> f.outcome() == Outcome.INSUFFICIENT_DATA)
                .filter(f -> GovernanceRules.byId(f.ruleId()).orElseThrow().descriptor().group() == RuleGroup.ENFORCEMENT
                        || GovernanceRules.byId(f.ruleId()).orElseThrow().descriptor().group() == RuleGroup.THREE_SYSTEMS)
                .map(f -> f.line(Locale.ENGLISH)).collect(Collectors.toList())).isEmpty();
    }

    @Test
    void the_findings_name_the_defect_in_both_languages() {
        Finding hearing = check.ofRule("ENF-HEARING-TIMELINE").failures().get(0);
        assertThat(hearing.messageZh()).isEqualTo("案件 P14 的听证通知（2023-05-18）距听证（2023-05-23）只有 3 个工作日，少于 7 个");
        assertThat(hearing.messageEn()).isEqualTo("case P14 gave notice of the hearing (2023-05-18) only 3 working days before it (2023-05-23), fewer than 7");
        Finding withdrawal = check.ofRule("ENF-DECISION-DISCLOSURE").failures().get(0);
        assertThat(withdrawal.messageEn()).isEqualTo("case P21 had its decision corrected on 2023-09-01 but the published decision was withdrawn only on "
                + "2023-09-11, beyond 3 working days (2023-09-06)");
    }

    @Test
    void the_indicators_count_the_year_and_the_html_report_shows_the_case_funnel() {
        assertThat(sheet.get(Indicator.CASES).display()).isEqualTo("49");
        assertThat(sheet.get(Indicator.CASES_DECIDED).display()).isEqualTo("49");
        assertThat(sheet.get(Indicator.CORRECTED_ON_RECONSIDERATION).display()).isEqualTo("1");
        org.fazhi.governance.indicators.IndicatorValue onTime = sheet.get(Indicator.ON_TIME_DECISION_RATE).computed().orElseThrow();
        assertThat(onTime.numerator()).as("P06 alone is late").isEqualTo(onTime.denominator() - 1);
        Document doc = Jsoup.parse(HtmlRenderer.render(AnnualReports.build(year, check, sheet), Locale.SIMPLIFIED_CHINESE));
        assertThat(doc.select("figure#chart-cases")).hasSize(1);
        assertThat(doc.select("figure#chart-cases figcaption").text()).isEqualTo("执法案件漏斗（案件→决定→送达→结案→归档，以案件数为满格）");
        assertThat(doc.select("#chart-cases .label").eachText()).containsSubsequence("执法案件", "作出决定", "送达", "结案", "归档");
        assertThat(doc.select("#chart-cases .value").eachText()).first().asString().startsWith("49");
        assertThat(doc.select("#chart-cases .label").eachText()).contains("事先告知率", "按时公开率");
    }
}
