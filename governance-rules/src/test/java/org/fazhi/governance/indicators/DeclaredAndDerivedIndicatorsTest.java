package org.fazhi.governance.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

/**
 * A township known only from its report: indicators show the report's own figures, or are derived from two of them
 * when both are exact, and a computed value is checked against the declared one.
 */
class DeclaredAndDerivedIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    private static RuleOfLawRecord.Builder reportOnly() {
        return RuleOfLawRecord.builder().year(2023).unit(GovernmentUnit.builder().name("报告乡").level(UnitLevel.TOWNSHIP).build());
    }

    private static DeclaredFigure exact(String key, long value) {
        return DeclaredFigure.count(FigureCatalog.standard().require(key), value, key + " " + value);
    }

    private static DeclaredFigure about(String key, long value) {
        return DeclaredFigure.builder().concept(FigureCatalog.standard().require(key)).value(BigDecimal.valueOf(value)).unit(FigureUnit.COUNT).qualifier(FigureQualifier.AT_LEAST)
                .quote(value + " 余").build();
    }

    private static IndicatorResult result(RuleOfLawRecord r, String id) {
        return Indicators.sheet(r, AS_OF).get(id).orElseThrow();
    }

    @Test
    void a_declared_figure_is_shown_as_the_report_wrote_it() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(DeclaredFigure.percent(StandardFigures.HOTLINE_SATISFACTION_RATE, "97.56", "满意率 97.56%"))
                .addDeclaredFigure(about("publicity.campaigns", 30)).addDeclaredFigure(exact("hotline.ticketsHandled", 130)).build();
        IndicatorResult rate = result(r, "hotline.satisfactionRate");
        assertThat(rate.source()).isEqualTo(IndicatorSource.DECLARED);
        assertThat(rate.display()).isEqualTo("97.56%");
        assertThat(rate.number()).contains(new BigDecimal("97.56"));
        assertThat(rate.declared()).map(DeclaredFigure::quote).contains("满意率 97.56%");
        assertThat(rate.computed()).isEmpty();
        assertThat(rate.derived()).isEmpty();
        assertThat(rate.agrees()).as("nothing to compare with").isEmpty();
        assertThat(rate.toString()).isEqualTo("hotline.satisfactionRate = 97.56% [DECLARED]");
        assertThat(result(r, "publicity.campaigns").display()).isEqualTo("30+");
        assertThat(result(r, "hotline.ticketsHandled").display()).isEqualTo("130");
    }

    @Test
    void a_rate_is_derived_from_two_exact_counts_when_the_part_fits_the_whole() {
        IndicatorResult fits = result(reportOnly().addDeclaredFigure(exact("disputes.mediatedSuccessfully", 66))
                .addDeclaredFigure(exact("disputes.mediated", 67)).build(), "disputes.mediationSuccessRate");
        assertThat(fits.source()).isEqualTo(IndicatorSource.DERIVED);
        assertThat(fits.display()).isEqualTo("98.51%");
        assertThat(fits.number()).as("full precision; only display rounds").contains(new BigDecimal("98.5074626866"));
        assertThat(fits.derived()).isPresent();
        assertThat(result(reportOnly().addDeclaredFigure(exact("disputes.mediatedSuccessfully", 67))
                .addDeclaredFigure(exact("disputes.mediated", 67)).build(), "disputes.mediationSuccessRate").display()).isEqualTo("100.00%");
        assertThat(result(reportOnly().addDeclaredFigure(exact("disputes.mediatedSuccessfully", 70))
                .addDeclaredFigure(exact("disputes.mediated", 67)).build(), "disputes.mediationSuccessRate").source())
                .as("a part larger than its whole derives nothing").isEqualTo(IndicatorSource.UNAVAILABLE);
        assertThat(result(reportOnly().addDeclaredFigure(about("disputes.mediatedSuccessfully", 60))
                .addDeclaredFigure(exact("disputes.mediated", 67)).build(), "disputes.mediationSuccessRate").source())
                .as("an approximate count derives nothing").isEqualTo(IndicatorSource.UNAVAILABLE);
        assertThat(result(reportOnly().addDeclaredFigure(exact("disputes.mediated", 67)).build(), "disputes.mediationSuccessRate").source())
                .isEqualTo(IndicatorSource.UNAVAILABLE);
    }

    @Test
    void coverage_rates_are_derived_against_the_declared_number_of_villages() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(exact("unit.villageCount", 8)).addDeclaredFigure(exact("legalAdvisers.villagesCovered", 8))
                .addDeclaredFigure(exact("safety.villageGovernanceCenters", 6)).build();
        assertThat(result(r, "coverage.legalAdviserVillages").display()).isEqualTo("100.00%");
        assertThat(result(r, "coverage.governanceCentreVillages").display()).isEqualTo("75.00%");
    }

    @Test
    void an_average_is_derived_from_two_exact_counts() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(exact("grid.level2Count", 42)).addDeclaredFigure(exact("grid.level1Count", 8))
                .addDeclaredFigure(exact("enforcement.legalReviewers", 1)).addDeclaredFigure(exact("enforcement.fullTimeOfficers", 4)).build();
        assertThat(result(r, "grid.level2PerLevel1").display()).isEqualTo("5.25");
        assertThat(result(r, "enforcement.reviewersPerOfficer").display()).isEqualTo("0.25");
        assertThat(result(reportOnly().addDeclaredFigure(exact("grid.level2Count", 42)).build(), "grid.level2PerLevel1").source())
                .isEqualTo(IndicatorSource.UNAVAILABLE);
    }

    @Test
    void a_total_is_the_sum_of_exact_declared_parts_and_unknown_if_any_part_is_approximate() {
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(exact("cameras.caringEye", 40)).addDeclaredFigure(exact("cameras.publicAreaSafety", 12))
                .addDeclaredFigure(DeclaredFigure.percent(StandardFigures.CAMERAS_NETWORKED_RATE, "90", "联网率 90%"))
                .addDeclaredFigure(exact("grid.staff.gridLeader", 8)).addDeclaredFigure(exact("grid.staff.partyGroupLeader", 34)).build();
        assertThat(result(r, "cameras.total").display()).as("the percentage is not a part").isEqualTo("52");
        assertThat(result(r, "cameras.total").source()).isEqualTo(IndicatorSource.DERIVED);
        assertThat(result(r, "grid.staffTotal").display()).isEqualTo("42");
        RuleOfLawRecord rough = RuleOfLawRecord.builder().from(r).addDeclaredFigure(about("cameras.scenicArea", 5)).build();
        assertThat(result(rough, "cameras.total").source()).isEqualTo(IndicatorSource.UNAVAILABLE);
    }

    @Test
    void a_computed_value_is_checked_against_the_declared_one_at_its_precision() {
        RuleOfLawRecord clean = TownshipsAccess.clean();
        IndicatorResult same = result(RuleOfLawRecord.builder().from(clean).addDeclaredFigure(exact("rural.legalPersonnel", 6)).build(), "rural.legalPersonnel");
        assertThat(same.source()).isEqualTo(IndicatorSource.COMPUTED);
        assertThat(same.agrees()).contains(true);
        IndicatorResult other = result(RuleOfLawRecord.builder().from(clean).addDeclaredFigure(exact("rural.legalPersonnel", 7)).build(), "rural.legalPersonnel");
        assertThat(other.agrees()).contains(false);
        assertThat(other.toString()).isEqualTo("rural.legalPersonnel = 6 [COMPUTED] DISAGREES with declared 7");
        assertThat(result(RuleOfLawRecord.builder().from(clean).addDeclaredFigure(about("rural.legalPersonnel", 6)).build(), "rural.legalPersonnel")
                .agrees()).as("'6 余' allows 6").contains(true);
        assertThat(result(RuleOfLawRecord.builder().from(clean).addDeclaredFigure(about("rural.legalPersonnel", 7)).build(), "rural.legalPersonnel")
                .agrees()).as("'7 余' is more than 6").contains(false);
    }

    @Test
    void a_rate_is_not_derived_from_one_channel_picked_among_several() {
        // The base is declared for 12345 and for 8890 and no total is given: which base the rate is over is unknown.
        RuleOfLawRecord r = reportOnly().addDeclaredFigure(exact("hotline.satisfied", 80))
                .addDeclaredFigure(exact("hotline.rated", 82).withChannel("12345"))
                .addDeclaredFigure(exact("hotline.rated", 90).withChannel("8890")).build();
        assertThat(result(r, "hotline.satisfactionRate").source()).isEqualTo(IndicatorSource.UNAVAILABLE);
        RuleOfLawRecord one = reportOnly().addDeclaredFigure(exact("hotline.satisfied", 80))
                .addDeclaredFigure(exact("hotline.rated", 82).withChannel("12345")).build();
        assertThat(result(one, "hotline.satisfactionRate").display()).as("the only base there is").isEqualTo("97.56%");
    }
}
