package org.fazhi.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.junit.jupiter.api.Test;

/** No raw resident identity number or phone number reaches any report format. */
class ReportPersonalDataTest {
    @Test
    void no_report_format_contains_raw_personal_data() {
        qt().withExamples(30).forAll(ModelGenerators.records()).checkAssert(r -> {
            CheckReport check = GovernanceRules.all().evaluate(r, LocalDate.of(2023, 12, 31));
            AnnualRuleOfLawReport report = ReportRenderersTest.reportOf(r);
            List<String> outputs = List.of(MarkdownRenderer.render(report, Locale.SIMPLIFIED_CHINESE), MarkdownRenderer.render(report, Locale.ENGLISH),
                    HtmlRenderer.render(report, Locale.SIMPLIFIED_CHINESE), HtmlRenderer.render(report, Locale.ENGLISH), ReportJson.write(report),
                    SarifRenderer.render(check, GovernanceRules.all(), "r.json",
                            org.fazhi.governance.model.JsonLocations.index(org.fazhi.governance.model.GovernanceJson.write(r).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                            Locale.ENGLISH, true), check.toString(), check.findings().toString());
            for (String secret : secrets(r)) {
                for (String out : outputs) {
                    assertThat(out).doesNotContain(secret);
                }
            }
        });
    }

    static List<String> secrets(RuleOfLawRecord r) {
        List<String> out = new ArrayList<>();
        for (Person p : r.people()) {
            p.residentId().ifPresent(id -> out.add(id.unmasked()));
            p.phone().ifPresent(ph -> out.add(ph.unmasked()));
        }
        return out;
    }
}
