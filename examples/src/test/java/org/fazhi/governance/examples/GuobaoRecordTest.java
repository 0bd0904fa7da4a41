package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.governance.model.AreaKind;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.FigureCatalog;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.GrassrootsKind;
import org.fazhi.governance.model.GuidingPrinciple;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.legal.VenueKind;
import org.junit.jupiter.api.Test;

/** The bundled Guobao 2023 record holds every figure of the seed report, with its quote. */
class GuobaoRecordTest {
    private final RuleOfLawRecord record = GuobaoExample.load();

    @Test
    void record_is_valid_and_round_trips() {
        assertThat(RecordValidator.shared().validate(record)).isEmpty();
        assertThat(GovernanceJson.readRecord(GovernanceJson.write(record))).isEqualTo(record);
    }

    @Test
    void structure_names_eight_villages_two_areas_and_the_scenic_area() {
        assertThat(record.unit().name()).isEqualTo("国宝乡");
        assertThat(record.year()).isEqualTo(2023);
        assertThat(record.unit().grassrootsUnits()).hasSize(8).allMatch(u -> u.kind() == GrassrootsKind.VILLAGE);
        assertThat(record.unit().areas()).extracting(a -> a.name() + ":" + a.kind())
                .containsExactly("南斗片区:" + AreaKind.SUB_AREA, "佛岭片区:" + AreaKind.SUB_AREA, "云龙谷景区:" + AreaKind.SCENIC_AREA);
        assertThat(record.guidingPrinciples()).containsExactlyInAnyOrder(GuidingPrinciple.values());
        assertThat(record.venues()).extracting(v -> v.kind()).contains(VenueKind.CIRCUIT_COURT, VenueKind.MEDIATION_ROOM,
                VenueKind.PUBLIC_LEGAL_SERVICE_STATION, VenueKind.NEIGHBOURHOOD_COUNCIL_HALL);
        assertThat(record.report()).hasValueSatisfying(r -> assertThat(r.signedOn()).contains(LocalDate.of(2023, 12, 25)));
    }

    @Test
    void every_seed_figure_is_declared_with_its_quote() {
        Map<String, String> counts = Map.ofEntries(
                Map.entry("grid.level1Count", "8"), Map.entry("grid.level2Count", "18"),
                Map.entry("grid.staff.partyBranchSecretary", "8"), Map.entry("grid.staff.partyGroupLeader", "18"),
                Map.entry("grid.staff.partyGroupDeputyLeader", "3"), Map.entry("grid.staff.fullTimeGridWorker", "3"),
                Map.entry("grid.staff.partyMemberBuildingCaptain", "6"), Map.entry("grid.staff.partTimeGridWorker", "32"),
                Map.entry("grid.staff.gridVolunteer", "64"),
                Map.entry("enforcementCoordinationGroup.leaders", "14"), Map.entry("enforcementCoordinationGroup.cadres", "11"),
                Map.entry("hotline.ticketsHandled", "130"),
                Map.entry("enforcement.fullTimeOfficers", "3"), Map.entry("enforcement.legalReviewers", "1"),
                Map.entry("rural.legalPersonnel", "535"), Map.entry("safety.villageGovernanceCenters", "8"),
                Map.entry("cameras.publicAreaSafety", "51"), Map.entry("cameras.caringEye", "59"),
                Map.entry("cameras.policeStationArea", "58"), Map.entry("cameras.scenicArea", "57"),
                Map.entry("patrol.motorcycles", "3"), Map.entry("patrol.cars", "1"),
                Map.entry("mediation.localWorthyMediators", "6"),
                Map.entry("reasoningRooms.count", "9"), Map.entry("reasoningRooms.members", "100"),
                Map.entry("disputes.screened", "67"), Map.entry("disputes.mediatedSuccessfully", "67"),
                Map.entry("legalAdvisers.villagesCovered", "8"), Map.entry("legalAdvisers.townshipCovered", "1"),
                Map.entry("unit.villageCount", "8"));
        counts.forEach((key, value) -> assertThat(figure(key)).as(key).satisfies(f -> {
            assertThat(f.unit()).isEqualTo(FigureUnit.COUNT);
            assertThat(f.value()).isEqualByComparingTo(value);
            assertThat(f.approximate()).isFalse();
            assertThat(f.quote()).contains(value.equals("1") && key.equals("legalAdvisers.townshipCovered") ? "国宝乡" : value);
        }));
        assertThat(figure("hotline.satisfactionRate").value()).isEqualByComparingTo("97.56");
        assertThat(figure("hotline.satisfactionRate").unit()).isEqualTo(FigureUnit.PERCENT);
        assertThat(figure("npc.completionRate").value()).isEqualByComparingTo("100");
        assertThat(figure("npc.satisfactionRate").value()).isEqualByComparingTo("100");
        assertThat(figure("enforcement.trainingAssessmentRate").value()).isEqualByComparingTo("100");
        assertThat(figure("publicity.campaigns")).satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("30");
            assertThat(f.approximate()).as("30 余场次 is a lower bound").isTrue();
        });
        assertThat(figure("patrol.perWeek")).satisfies(f -> {
            assertThat(f.unit()).isEqualTo(FigureUnit.PER_WEEK);
            assertThat(f.value()).isEqualByComparingTo(BigDecimal.valueOf(2));
        });
    }

    @Test
    void grid_staff_by_role_add_up_to_134() {
        int total = record.declaredFigures().stream().filter(f -> StandardFigures.GRID_STAFF_TOTAL.sumOf().contains(f.concept().id()))
                .mapToInt(f -> f.value().intValueExact()).sum();
        assertThat(total).isEqualTo(134);
    }

    private DeclaredFigure figure(String key) {
        return record.declaredFigure(FigureCatalog.standard().require(key)).orElseThrow(() -> new AssertionError("no declared figure " + key));
    }
}
