package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.PeriodKind;
import org.fazhi.governance.rules.Severity;
import org.junit.jupiter.api.Test;

/** The seed report is the first fixture: its text gives back every figure the Guobao record declares. */
@org.junit.jupiter.api.condition.EnabledIf(value = "org.fazhi.governance.text.Fixtures#seedPresent",
        disabledReason = "the seed report ../shared/seed/guobao-2023-rule-of-law-report.md is not beside this clone")
class SeedReportTest {
    private static final TextExtraction SEED = FigureExtractor.standard().extract(ReportText.read(Fixtures.seed()));

    private static String key(String concept, BigDecimal value, Object unit, FigureQualifier q) {
        return concept + "=" + value.stripTrailingZeros().toPlainString() + " " + unit + " " + q;
    }

    @Test
    void extract_seed_findsEveryDeclaredFigureOfTheGuobaoRecord_andNothingElse() {
        RuleOfLawRecord record = GovernanceJson.readRecord(Fixtures.guobaoRecord());
        List<String> expected = new ArrayList<>();
        for (DeclaredFigure f : record.declaredFigures()) {
            expected.add(key(f.concept().id(), f.value(), f.unit(), f.qualifier()));
        }
        List<String> found = new ArrayList<>();
        for (ExtractedFigure f : SEED.figures()) {
            found.add(key(f.key(), f.value(), f.unit(), f.qualifier()));
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        Metrics m = Metrics.of(expected, found);
        assertThat(m.recall()).as("recall").isEqualTo(1.0);
        assertThat(m.precision()).as("precision").isEqualTo(1.0);
    }

    @Test
    void extract_seed_keepsPeriodChannelNotationAndRelationsOfTheRecord() {
        ExtractedFigure tickets = only("hotline.ticketsHandled");
        ExtractedFigure rate = only("hotline.satisfactionRate");
        assertThat(tickets.period().kind()).isEqualTo(PeriodKind.AS_OF);
        assertThat(tickets.period().to()).hasValue(java.time.LocalDate.of(2023, 12, 25));
        assertThat(tickets.channel()).hasValue("12345");
        assertThat(rate.channel()).hasValue("12345");
        assertThat(rate.base()).hasValue(tickets.index());
        assertThat(rate.written()).isEqualTo("97.56%");
        assertThat(only("patrol.perWeek").notation()).isEqualTo(org.fazhi.governance.model.figure.FigureNotation.WORDS);
        assertThat(only("publicity.campaigns").written()).isEqualTo("30 余场次");
        assertThat(only("disputes.mediatedSuccessfully").partOf()).hasValue(only("disputes.screened").index());
        assertThat(only("legalAdvisers.townshipCovered").notation()).isEqualTo(org.fazhi.governance.model.figure.FigureNotation.IMPLIED);
        assertThat(SEED.unitName()).hasValue("国宝乡");
        assertThat(SEED.year()).hasValue(2023);
        assertThat(SEED.reportDate()).hasValue(java.time.LocalDate.of(2023, 12, 25));
    }

    @Test
    void extract_seed_locatesEachFigureAtItsCharactersInTheFile() {
        String file = Fixtures.read(Fixtures.seed());
        for (ExtractedFigure f : SEED.figures()) {
            String at = file.substring(f.span().start(), f.span().end()).replaceAll("\\s+", " ");
            assertThat(at).as("%s", f).isEqualTo(f.written());
            int lineStart = file.lastIndexOf('\n', f.span().start() - 1) + 1;
            assertThat(f.span().column()).isEqualTo(f.span().start() - lineStart + 1);
        }
    }

    @Test
    void audit_seed_pointsThe9756Finding_atItsLine() {
        TextAuditResult r = TextAudit.run(SEED);
        assertThat(r.failures()).hasSize(1);
        TextFinding f = r.failures().get(0);
        assertThat(f.finding().ruleId()).isEqualTo("FIG-PERCENT-DENOMINATOR");
        assertThat(f.finding().severity()).isEqualTo(Severity.WARNING);
        assertThat(f.span()).get().extracting(TextSpan::line).isEqualTo(Fixtures.lineOf(Fixtures.seed(), "满意率 97.56%"));
        assertThat(f.figure().get().sentenceText()).contains("130 件", "97.56%");
        assertThat(f.finding().message(Locale.ENGLISH)).contains("41, 82, 123");
        assertThat(f.line("seed.md", Locale.ENGLISH)).startsWith("seed.md:" + f.span().get().line() + ":" + f.span().get().column() + ": [WARNING]");
        assertThat(r.failsAt(Severity.WARNING)).isTrue();
        assertThat(r.failsAt(Severity.ERROR)).isFalse();
    }

    private static ExtractedFigure only(String key) {
        List<ExtractedFigure> all = SEED.figures().stream().filter(f -> f.key().equals(key)).collect(java.util.stream.Collectors.toList());
        assertThat(all).as(key).hasSize(1);
        return all.get(0);
    }
}
