package org.fazhi.governance.examples.synthetic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.GrassrootsKind;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.fazhi.governance.model.legal.LegalAdviser;
import org.fazhi.governance.model.legal.LegalAdviserKind;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.SatisfactionLevel;

/**
 * 合成数据 / A deterministic generator of synthetic counties: townships with villages, grids, officers,
 * enforcement cases and hotline tickets, realistic in shape, with a few violations planted (one officer
 * alone, a late service, an expired certificate) at fixed rates. The same seed always gives the same
 * data. No generated data is committed; benchmarks and examples make it on the fly.
 */
public final class SyntheticCounty {
    private final long seed;

    private SyntheticCounty(long seed) {
        this.seed = seed;
    }

    /**
     * A generator.
     *
     * @param seed the seed; equal seeds give equal data
     * @return the generator
     */
    public static SyntheticCounty withSeed(long seed) {
        return new SyntheticCounty(seed);
    }

    /**
     * A county of townships.
     *
     * @param townships how many townships
     * @param casesPerTownship enforcement cases per township
     * @param ticketsPerTownship hotline tickets per township
     * @return the township records
     */
    public List<RuleOfLawRecord> townships(int townships, int casesPerTownship, int ticketsPerTownship) {
        List<RuleOfLawRecord> out = new ArrayList<>(townships);
        for (int t = 0; t < townships; t++) {
            out.add(township(t, casesPerTownship, ticketsPerTownship));
        }
        return out;
    }

    /**
     * One township.
     *
     * @param index its index in the county (also varies its random stream)
     * @param cases enforcement cases
     * @param tickets hotline tickets
     * @return the record
     */
    public RuleOfLawRecord township(int index, int cases, int tickets) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        int villages = 5 + rnd.nextInt(8);
        GovernmentUnit.Builder unit = GovernmentUnit.builder().name("合成乡" + (index + 1)).level(UnitLevel.TOWNSHIP).county("合成县");
        for (int v = 0; v < villages; v++) {
            unit.addGrassrootsUnit(GrassrootsUnit.builder().id("v" + v).name("合成村" + (v + 1)).kind(GrassrootsKind.VILLAGE).build());
        }
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().unit(unit.build()).year(2023).completeLists(EnumSet.allOf(RecordList.class));
        int officers = 3 + rnd.nextInt(6);
        for (int p = 0; p < officers + villages * 2; p++) {
            b.addPerson(Person.builder().id("p" + p).name("人员" + p).build());
        }
        for (int v = 0; v < villages; v++) {
            b.addGrid(Grid.builder().id("g" + v).name("网格" + v).level(1).grassrootsUnitId("v" + v).build());
            b.addGrid(Grid.builder().id("g" + v + "-1").name("网格" + v + "-1").level(2).parentId("g" + v).households(100 + rnd.nextInt(260)).build());
            b.addGridAssignment(GridAssignment.builder().gridId("g" + v).personId("p" + (officers + 2 * v)).role(GridRole.PARTY_BRANCH_SECRETARY).build());
            b.addGridAssignment(GridAssignment.builder().gridId("g" + v + "-1").personId("p" + (officers + 2 * v + 1)).role(GridRole.PARTY_GROUP_LEADER).build());
        }
        LocalDate start = LocalDate.of(2023, 1, 1);
        for (int o = 0; o < officers; o++) {
            boolean expired = rnd.nextInt(20) == 0;
            b.addEnforcementOfficer(EnforcementOfficer.builder().id("o" + o).personId("p" + o).fullTime(true)
                    .addCertificate(EnforcementCertificate.builder().number("SYN-" + index + "-" + o).issuer("省人民政府").addField("综合执法")
                            .validFrom(LocalDate.of(2021, 1, 1)).validUntil(expired ? LocalDate.of(2023, 3, 31) : LocalDate.of(2026, 12, 31))
                            .status(CertificateStatus.VALID).build()).build());
            b.addTrainingRecord(TrainingRecord.builder().officerId("o" + o).trainedOn(start.plusDays(60 + rnd.nextInt(200)))
                    .classHours(BigDecimal.valueOf(48 + rnd.nextInt(30))).category(TrainingCategory.LEGAL).assessed(true).passed(rnd.nextInt(10) > 0).build());
        }
        b.addPowerList(PowerListItem.builder().id("pw1").name("违法建设行政处罚").category(PowerCategory.PENALTY)
                .addLegalBasis("《中华人民共和国城乡规划法》第六十五条").responsibleBody("综合执法队").addDuty("依法查处").publishedOn(LocalDate.of(2022, 12, 1)).build());
        for (int c = 0; c < cases; c++) {
            b.addEnforcementCase(enforcementCase(rnd, "c" + c, officers));
        }
        for (int t = 0; t < tickets; t++) {
            b.addHotlineTicket(ticket(rnd, "t" + t, villages));
        }
        for (int d = 0; d < 10 + rnd.nextInt(60); d++) {
            LocalDate screened = start.plusDays(rnd.nextInt(330));
            boolean ok = rnd.nextInt(20) > 0;
            b.addDispute(Dispute.builder().id("d" + d).screenedOn(screened).grassrootsUnitId("v" + rnd.nextInt(villages))
                    .outcome(ok ? DisputeOutcome.MEDIATED : DisputeOutcome.MEDIATION_FAILED)
                    .agreementOn(ok ? Optional.of(screened.plusDays(3)) : Optional.empty()).build());
        }
        LegalAdviser.Builder adviser = LegalAdviser.builder().id("la1").name("顾问律师").kind(LegalAdviserKind.LAWYER).servesTownship(true);
        for (int v = 0; v < villages; v++) {
            if (rnd.nextInt(10) > 0) {
                adviser.addGrassrootsUnitId("v" + v);
            }
        }
        return b.addLegalAdviser(adviser.build()).build();
    }

    /**
     * One enforcement case; about 1 in 25 has a single officer and 1 in 30 is served late.
     *
     * @param rnd the random stream
     * @param id the case id
     * @param officers officers in the township (ids o0..)
     * @return the case
     */
    public static EnforcementCase enforcementCase(SplittableRandom rnd, String id, int officers) {
        LocalDate filed = LocalDate.of(2023, 1, 3).plusDays(rnd.nextInt(300));
        LocalDate decided = filed.plusDays(5 + rnd.nextInt(60));
        int first = rnd.nextInt(officers);
        EnforcementCase.Builder c = EnforcementCase.builder().id(id).kind(CaseKind.PENALTY).powerItemId("pw1")
                .addOfficer(OfficerPresence.builder().officerId("o" + first).certificateShown(true).build())
                .filedOn(filed).decidedOn(decided).servedOn(decided.plusDays(rnd.nextInt(30) == 0 ? 20 : 1))
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(decided.plusDays(2)).build());
        if (rnd.nextInt(25) > 0) {
            c.addOfficer(OfficerPresence.builder().officerId("o" + ((first + 1) % officers)).certificateShown(true).build());
        }
        for (CaseStep s : new CaseStep[] {CaseStep.INITIATION, CaseStep.INVESTIGATION, CaseStep.DECISION, CaseStep.SERVICE}) {
            c.addRecording(ProcessRecording.builder().step(s).written(true).audioVideo(rnd.nextBoolean()).build());
        }
        lifecycle(c, new SplittableRandom(id.hashCode()), filed, decided);
        return c.build();
    }

    /**
     * The lifecycle of a penalty, from its own random stream so that the rest of the township stays as it was: one
     * in five on the spot; a notice the day after filing (missing in one in fifteen); a fine of 100 to 60,000 yuan
     * (at most 200 on the spot); a hearing asked for in one in three large cases, held when time allows; payment to
     * the bank in four of five; reconsideration in one in twenty, a third of them revoked.
     */
    private static void lifecycle(EnforcementCase.Builder c, SplittableRandom rnd, LocalDate filed, LocalDate decided) {
        boolean summary = rnd.nextInt(5) == 0;
        boolean person = rnd.nextBoolean();
        BigDecimal fine = BigDecimal.valueOf(summary ? 50 + rnd.nextInt(151) : 100 + rnd.nextInt(59_901));
        Penalty penalty = Penalty.builder().addKind(PenaltyKind.FINE).fineYuan(fine).build();
        c.procedure(summary ? PenaltyProcedure.SUMMARY : PenaltyProcedure.ORDINARY).partyKind(person ? PartyKind.NATURAL_PERSON : PartyKind.ORGANISATION)
                .violationOn(filed.minusDays(10)).continuingViolation(false).discoveredOn(filed.minusDays(2)).penalty(penalty);
        LocalDate notice = summary ? decided : filed.plusDays(1);
        if (rnd.nextInt(15) > 0) {
            c.priorNotice(PriorNotice.builder().servedOn(notice).addItems(NoticeItem.values()).proposedPenalty(penalty).build());
        }
        if (!summary && fine.compareTo(BigDecimal.valueOf(10_000)) >= 0 && rnd.nextInt(3) == 0) {
            Hearing.Builder h = Hearing.builder().requestedOn(notice.plusDays(1));
            if (!decided.isBefore(notice.plusDays(15))) {
                h.noticeOn(decided.minusDays(12)).heldOn(decided.minusDays(2)).publicHearing(true).recordSigned(true);
            }
            c.hearing(h.build());
        }
        if (rnd.nextInt(5) > 0) {
            c.addPayment(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(decided.plusDays(1 + rnd.nextInt(20))).amountYuan(fine).build());
        }
        if (rnd.nextInt(20) == 0) {
            c.addRemedy(RemedyProceeding.builder().kind(RemedyKind.RECONSIDERATION).filedOn(decided.plusDays(10)).decidedOn(decided.plusDays(40))
                    .outcome(rnd.nextInt(3) == 0 ? RemedyOutcome.REVOKED : RemedyOutcome.UPHELD).build());
        }
    }

    /**
     * One hotline ticket.
     *
     * @param rnd the random stream
     * @param id the ticket id
     * @param villages villages in the township (ids v0..)
     * @return the ticket
     */
    public static HotlineTicket ticket(SplittableRandom rnd, String id, int villages) {
        LocalDate received = LocalDate.of(2023, 1, 1).plusDays(rnd.nextInt(350));
        boolean closed = rnd.nextInt(20) > 0;
        int rating = rnd.nextInt(10);
        return HotlineTicket.builder().id(id).channel("12345").receivedOn(received)
                .respondedOn(rnd.nextInt(50) > 0 ? Optional.of(received) : Optional.empty())
                .dueOn(received.plusDays(10))
                .closedOn(closed ? Optional.of(received.plusDays(rnd.nextInt(30) == 0 ? 15 : 1 + rnd.nextInt(9))) : Optional.empty())
                .rating(closed && rating < 7 ? Optional.of(rating < 5 ? SatisfactionLevel.SATISFIED : rating < 6
                        ? SatisfactionLevel.BASICALLY_SATISFIED : SatisfactionLevel.DISSATISFIED) : Optional.empty())
                .grassrootsUnitId("v" + rnd.nextInt(villages))
                .build();
    }
}
