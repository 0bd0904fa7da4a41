package org.fazhi.governance.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.CoerciveMeasure;
import org.fazhi.governance.model.enforcement.CoerciveMeasureKind;
import org.fazhi.governance.model.enforcement.DecisionDocument;
import org.fazhi.governance.model.enforcement.DecisionItem;
import org.fazhi.governance.model.enforcement.DefenceHandling;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.EnforcementPublicity;
import org.fazhi.governance.model.enforcement.EvidencePreservation;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.LegalEducationMethod;
import org.fazhi.governance.model.enforcement.LegalEducationResponsibilityItem;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.NoticeItem;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.OnSpotCollectionGround;
import org.fazhi.governance.model.enforcement.PartyKind;
import org.fazhi.governance.model.enforcement.PaymentChannel;
import org.fazhi.governance.model.enforcement.Penalty;
import org.fazhi.governance.model.enforcement.PenaltyKind;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.PriorNotice;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.PublicityItem;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.model.enforcement.ReviewTrigger;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.legal.EighthLegalEducationPlan;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.ReportFiles;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;

/**
 * 执法案件生命周期示例 / A synthetic year of one township's enforcement cases (行政处罚法, 行政强制法): 24 lawful cases
 * whose whole life is on file, and 25 cases plus one unit-level fact each carrying one procedural defect of a different
 * kind. Checking the year finds exactly the planted defects, one finding each; the HTML report shows the case funnel.
 *
 * <p>Usage: {@code CaseLifecycleExample [output-folder]} (default {@code fazhi-output/case-lifecycle-2023}); run it with
 * {@code mvn -B -q -pl examples -am package -DskipTests exec:java -Dfazhi.main=org.fazhi.governance.examples.CaseLifecycleExample}.
 */
public final class CaseLifecycleExample {
    /** The year is checked on its last day. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    /** How many lawful cases the year holds. */
    public static final int LAWFUL = 24;

    private CaseLifecycleExample() {}

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static OfficerPresence present(String officer) {
        return OfficerPresence.builder().officerId(officer).certificateShown(true).directInterest(false).build();
    }

    private static Penalty fine(long yuan) {
        return Penalty.builder().addKind(PenaltyKind.FINE).fineYuan(BigDecimal.valueOf(yuan)).build();
    }

    private static List<ProcessRecording> everyStep() {
        List<ProcessRecording> list = new ArrayList<>();
        for (CaseStep s : CaseStep.values()) {
            list.add(ProcessRecording.builder().step(s).written(true).audioVideo(true).build());
        }
        return list;
    }

    private static final EnumSet<NoticeItem> NOTICE = EnumSet.complementOf(EnumSet.of(NoticeItem.RIGHT_TO_HEARING));
    private static final EnumSet<DecisionItem> ORDINARY_DOCUMENT = EnumSet.of(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
            DecisionItem.PENALTY_AND_BASIS, DecisionItem.PERFORMANCE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE, DecisionItem.SEAL);
    private static final EnumSet<DecisionItem> SUMMARY_DOCUMENT = EnumSet.of(DecisionItem.PARTY, DecisionItem.FACTS_AND_EVIDENCE,
            DecisionItem.PENALTY_AND_BASIS, DecisionItem.TIME_AND_PLACE, DecisionItem.REMEDIES, DecisionItem.AGENCY_AND_DATE, DecisionItem.OFFICER_SIGNATURE);

    /**
     * A lawful ordinary penalty filed on {@code filed}: a company fined {@code yuan}; noticed on day 3, defence on day 5
     * re-checked, decided on day 20, served on 21, published on 22, paid to the bank on 25, closed on 30 and archived.
     */
    static EnforcementCase.Builder ordinary(String id, LocalDate filed, long yuan) {
        LocalDate decided = filed.plusDays(20);
        return EnforcementCase.builder().id(id).kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.ORDINARY)
                .addOfficer(present("o1")).addOfficer(present("o2")).fileComplete(true).partyKind(PartyKind.ORGANISATION)
                .violationOn(filed.minusDays(10)).continuingViolation(false).discoveredOn(filed.minusDays(3))
                .filedOn(filed).decidedOn(decided).servedOn(decided.plusDays(1)).closedOn(decided.plusDays(10)).archived(true)
                .priorNotice(PriorNotice.builder().servedOn(filed.plusDays(3)).addAllItems(NOTICE).proposedPenalty(fine(yuan)).build())
                .statementAndDefence(StatementAndDefence.builder().submittedOn(filed.plusDays(5)).factsRechecked(true).handling(DefenceHandling.NOT_ADOPTED).build())
                .penalty(fine(yuan))
                .decisionDocument(DecisionDocument.builder().number("示罚决字〔2023〕" + id + "号").addAllItems(ORDINARY_DOCUMENT).build())
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(decided.plusDays(2)).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(decided.plusDays(5)).amountYuan(BigDecimal.valueOf(yuan)).build())
                .addAllRecordings(everyStep());
    }

    /** A lawful on-the-spot penalty on a citizen: a warning and 100 yuan, collected on the spot and handed in the next day. */
    static EnforcementCase.Builder summary(String id, LocalDate on) {
        Penalty p = Penalty.builder().addKind(PenaltyKind.WARNING).addKind(PenaltyKind.FINE).fineYuan(BigDecimal.valueOf(100)).build();
        return EnforcementCase.builder().id(id).kind(CaseKind.PENALTY).powerItemId("pw1").procedure(PenaltyProcedure.SUMMARY)
                .addOfficer(present("o3")).addOfficer(present("o4")).fileComplete(true).partyKind(PartyKind.NATURAL_PERSON)
                .violationOn(on).continuingViolation(false).discoveredOn(on).filedOn(on).decidedOn(on).servedOn(on).closedOn(on.plusDays(1)).archived(true)
                .priorNotice(PriorNotice.builder().servedOn(on).addAllItems(NOTICE).proposedPenalty(p).build())
                .statementAndDefence(StatementAndDefence.builder().waived(true).build())
                .penalty(p)
                .decisionDocument(DecisionDocument.builder().number("示当罚〔2023〕" + id + "号").addAllItems(SUMMARY_DOCUMENT).build())
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(on.plusDays(1)).build())
                .addPayment(FinePayment.builder().channel(PaymentChannel.COLLECTED_ON_THE_SPOT).onSpotGround(OnSpotCollectionGround.UP_TO_100_YUAN)
                        .paidOn(on).amountYuan(BigDecimal.valueOf(100)).remittedOn(on.plusDays(1)).build())
                .addAllRecordings(everyStep());
    }

    /** A lawful seizure: approved first, the party present and heard, the record signed, lifted after 20 days. */
    static EnforcementCase.Builder seizure(String id, LocalDate on) {
        return EnforcementCase.builder().id(id).kind(CaseKind.COERCIVE_MEASURE).powerItemId("pw2")
                .addOfficer(present("o1")).addOfficer(present("o3")).fileComplete(true)
                .filedOn(on).decidedOn(on).servedOn(on.plusDays(1)).closedOn(on.plusDays(20)).archived(true)
                .coerciveMeasure(CoerciveMeasure.builder().kind(CoerciveMeasureKind.SEIZE).takenOn(on).approvedOn(on).partyPresent(true)
                        .reasonsAndRightsTold(true).partyHeard(true).onSiteRecordSigned(true).endedOn(on.plusDays(20)).build())
                .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(on.plusDays(3)).build())
                .addAllRecordings(everyStep());
    }

    /** The lawful cases: one every nine days from 9 January, every third a seizure and every sixth on the spot. */
    static List<EnforcementCase> lawfulCases() {
        List<EnforcementCase> list = new ArrayList<>();
        for (int i = 0; i < LAWFUL; i++) {
            LocalDate filed = d("2023-01-09").plusDays(9L * i);
            String id = String.format("L%02d", i + 1);
            list.add(i % 6 == 5 ? summary(id, filed).build() : i % 3 == 2 ? seizure(id, filed).build() : ordinary(id, filed, 1000 + 300L * i).build());
        }
        return list;
    }

    /**
     * 埋设的缺陷 / The planted defects: for each rule, the one case (or unit fact) that breaks it and the JSON path of
     * the finding. Each case is lawful but for the one change.
     */
    static Map<String, Planted> planted() {
        Map<String, Planted> p = new LinkedHashMap<>();
        LocalDate f = d("2023-08-07");
        p.put("ENF-TOWNSHIP-DELEGATION", new Planted("P01", "罚款援引的是行政强制事项 / a fine under a coercion item", "powerItemId",
                ordinary("P01", f, 2000).powerItemId("pw2")));
        p.put("ENF-QUALIFIED-OFFICER", new Planted("P02", "执法人员 o5 证件空档期办案 / an officer between certificates", "officers/1",
                ordinary("P02", d("2023-04-10"), 2000).officers(List.of(present("o1"), present("o5")))));
        p.put("ENF-TWO-OFFICERS", new Planted("P03", "一人执法 / one officer alone", "officers",
                ordinary("P03", f.plusDays(1), 2000).officers(List.of(present("o1")))));
        p.put("ENF-SHOW-CERT", new Planted("P04", "未亮证 / certificate not shown", "officers/1/certificateShown",
                ordinary("P04", f.plusDays(2), 2000).officers(List.of(present("o1"),
                        OfficerPresence.builder().officerId("o2").certificateShown(false).directInterest(false).build()))));
        p.put("ENF-FULL-RECORD", new Planted("P05", "送达环节无记录 / service unrecorded", "recordings",
                ordinary("P05", f.plusDays(3), 2000).recordings(everyStep().subList(0, 4))));
        p.put("ENF-CASE-90D", new Planted("P06", "立案后第 100 日才决定 / decided on day 100", "decidedOn",
                ordinary("P06", d("2023-03-01"), 2000).decidedOn(d("2023-06-09")).servedOn(d("2023-06-10")).closedOn(d("2023-06-20"))
                        .disclosures(List.of(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(d("2023-06-12")).build()))
                        .payments(List.of(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(d("2023-06-15")).amountYuan(BigDecimal.valueOf(2000)).build()))));
        p.put("ENF-SERVICE-7D", new Planted("P07", "决定后 15 日才送达 / served 15 days later", "servedOn",
                ordinary("P07", f.plusDays(4), 2000).servedOn(f.plusDays(24 + 15)).closedOn(f.plusDays(45))));
        p.put("ENF-COLLECTIVE-DISCUSSION", new Planted("P08", "重大违法未集体讨论 / serious, decided alone", "collectiveDiscussion",
                ordinary("P08", f.plusDays(5), 2000).complexOrSerious(true)));
        p.put("ENF-LEGAL-REVIEW", new Planted("P09", "疑难复杂未经法制审核 / complex, not reviewed", "legalReview",
                ordinary("P09", f.plusDays(6), 2000).addReviewTrigger(ReviewTrigger.COMPLEX_MULTIPLE_RELATIONS)));
        p.put("ENF-RECUSAL", new Planted("P10", "利害关系人未回避 / an interested officer", "officers",
                ordinary("P10", f.plusDays(7), 2000).officers(List.of(present("o1"), present("o2").withDirectInterest(true)))));
        EnforcementCase.Builder p11 = ordinary("P11", f.plusDays(8), 2000);
        p.put("ENF-PRIOR-NOTICE", new Planted("P11", "告知书未写依据 / notice without its basis", "priorNotice",
                p11.priorNotice(PriorNotice.builder().servedOn(f.plusDays(11)).addItems(NoticeItem.PROPOSED_PENALTY, NoticeItem.FACTS, NoticeItem.REASONS,
                        NoticeItem.RIGHT_TO_STATE_AND_DEFEND).proposedPenalty(fine(2000)).build())));
        p.put("ENF-NO-HEAVIER-FOR-DEFENCE", new Planted("P12", "申辩后加重处罚 / heavier after the defence", "statementAndDefence",
                ordinary("P12", f.plusDays(9), 2000).penalty(fine(3000))
                        .payments(List.of(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(f.plusDays(34)).amountYuan(BigDecimal.valueOf(3000)).build()))));
        p.put("ENF-HEARING-RIGHT", new Planted("P13", "五万元罚款未告知听证权 / 50,000 yuan, no hearing right told", "priorNotice",
                ordinary("P13", f.plusDays(10), 50_000)));
        LocalDate p14 = d("2023-05-08");
        p.put("ENF-HEARING-TIMELINE", new Planted("P14", "听证通知只提前 3 个工作日 / 3 working days' notice of the hearing", "hearing",
                ordinary("P14", p14, 50_000).priorNotice(PriorNotice.builder().servedOn(p14.plusDays(3)).addItems(NoticeItem.values()).proposedPenalty(fine(50_000)).build())
                        .hearing(Hearing.builder().requestedOn(p14.plusDays(4)).noticeOn(p14.plusDays(10)).heldOn(p14.plusDays(15)).publicHearing(true)
                                .chairPersonId("p9").recordSigned(true).build())));
        p.put("ENF-DECISION-CONTENT", new Planted("P15", "决定书未盖章 / decision without the seal", "decisionDocument",
                ordinary("P15", f.plusDays(12), 2000).decisionDocument(DecisionDocument.builder().addAllItems(EnumSet.complementOf(EnumSet.of(DecisionItem.SEAL,
                        DecisionItem.TIME_AND_PLACE, DecisionItem.OFFICER_SIGNATURE))).build())));
        p.put("ENF-FINE-COLLECTION", new Planted("P16", "执法队自收罚款 / the team takes the fine", "payments/0",
                ordinary("P16", f.plusDays(13), 2000).payments(List.of(FinePayment.builder().channel(PaymentChannel.AGENCY_ITSELF).paidOn(f.plusDays(38))
                        .amountYuan(BigDecimal.valueOf(2000)).build()))));
        p.put("ENF-LIMITATION", new Planted("P17", "2020 年的违法 2023 年才处罚 / a 2020 violation punished in 2023", "discoveredOn",
                ordinary("P17", f.plusDays(14), 2000).violationOn(d("2020-06-01")).lifeHealthOrFinanceHarm(false)));
        p.put("ENF-ON-SPOT-LIMIT", new Planted("P18", "当场对公民罚款 500 元 / 500 yuan on the spot", "penalty",
                summary("P18", f.plusDays(15)).penalty(fine(500)).priorNotice(PriorNotice.builder().servedOn(f.plusDays(15)).addAllItems(NOTICE).proposedPenalty(fine(500)).build())
                        .payments(List.of(FinePayment.builder().channel(PaymentChannel.DESIGNATED_BANK).paidOn(f.plusDays(20)).amountYuan(BigDecimal.valueOf(500)).build()))));
        p.put("ENF-EVIDENCE-PRESERVE-7D", new Planted("P19", "先行登记保存 10 个工作日后才处理 / preserved evidence handled after 10 working days", "evidencePreservations/0",
                ordinary("P19", f.plusDays(16), 2000).addEvidencePreservation(EvidencePreservation.builder().preservedOn(f.plusDays(17)).approvedByHead(true)
                        .handledOn(f.plusDays(31)).build())));
        p.put("ENF-COERCIVE-PROCEDURE", new Planted("P20", "扣押 45 日未解除 / a seizure held 45 days", "coerciveMeasure",
                seizure("P20", f.plusDays(17)).closedOn(f.plusDays(62)).coerciveMeasure(CoerciveMeasure.builder().kind(CoerciveMeasureKind.SEIZE)
                        .takenOn(f.plusDays(17)).approvedOn(f.plusDays(17)).partyPresent(true).reasonsAndRightsTold(true).partyHeard(true)
                        .onSiteRecordSigned(true).endedOn(f.plusDays(62)).build())));
        p.put("ENF-DECISION-DISCLOSURE", new Planted("P21", "复议撤销后 10 日才撤回公开信息 / withdrawn 10 days after revocation", "disclosures/0",
                ordinary("P21", d("2023-06-05"), 2000).disclosures(List.of(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(d("2023-06-27"))
                        .withdrawnOn(d("2023-09-11")).withdrawalExplained(true).build()))
                        .addRemedy(RemedyProceeding.builder().kind(RemedyKind.RECONSIDERATION).filedOn(d("2023-07-10")).decidedOn(d("2023-09-01"))
                                .outcome(RemedyOutcome.REVOKED).build())));
        p.put("TRS-POST-7WD", new Planted("P22", "处罚决定 15 日后才公开 / a penalty published 15 days later", "disclosures",
                ordinary("P22", f.plusDays(19), 2000).disclosures(List.of(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION)
                        .publishedOn(f.plusDays(19 + 20 + 15)).build()))));
        p.put("TRS-POST-20WD", new Planted("P23", "扣押决定 40 日后才公开 / a seizure published 40 days later", "disclosures",
                seizure("P23", f.plusDays(20)).disclosures(List.of(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(f.plusDays(60)).build()))));
        List<ProcessRecording> written = new ArrayList<>(everyStep());
        written.set(CaseStep.INVESTIGATION.ordinal(), ProcessRecording.builder().step(CaseStep.INVESTIGATION).written(true).audioVideo(false).build());
        p.put("TRS-AV-MANDATORY", new Planted("P24", "扣押现场只有文字记录 / a seizure documented only in writing", "recordings",
                seizure("P24", f.plusDays(21)).recordings(written)));
        p.put("TRS-LEGAL-REVIEW-SCOPE", new Planted("P25", "重大执法决定未审核 / a major decision not reviewed", "legalReview",
                ordinary("P25", f.plusDays(22), 2000).major(true)));
        return p;
    }

    /** A planted case: its id, what is wrong with it, the path of the finding below its case, and the case. */
    static final class Planted {
        final String id;
        final String what;
        final String pathInCase;
        final EnforcementCase.Builder builder;

        Planted(String id, String what, String pathInCase, EnforcementCase.Builder builder) {
            this.id = id;
            this.what = what;
            this.pathInCase = pathInCase;
            this.builder = builder;
        }
    }

    private static EnforcementOfficer officer(String id, String person, LocalDate from, LocalDate until) {
        return EnforcementOfficer.builder().id(id).personId(person).fullTime(true)
                .addCertificate(EnforcementCertificate.builder().number("FJ-" + id).issuer("福建省人民政府").addField("综合执法").validFrom(from).validUntil(until)
                        .status(CertificateStatus.VALID).build()).build();
    }

    /**
     * The year: a town of {@link #LAWFUL} lawful cases and the planted ones, six officers, a legal reviewer, the power
     * list and the enforcement publicity, the latter without the remedies (the planted ENF-PUBLICITY-BASIS defect).
     *
     * @return the record, valid
     */
    public static RuleOfLawRecord township() {
        RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().year(2023).unit(GovernmentUnit.builder().name("示范镇").level(UnitLevel.TOWN).county("示范县").build())
                .completeLists(EnumSet.of(RecordList.ENFORCEMENT_CASES, RecordList.ENFORCEMENT_OFFICERS, RecordList.TRAINING_RECORDS, RecordList.LEGAL_REVIEWERS));
        for (int i = 1; i <= 9; i++) {
            b.addPerson(Person.builder().id("p" + i).name("人员" + i).build());
        }
        for (int i = 1; i <= 6; i++) {
            if (i == 5) {
                // o5 held no certificate between 1 April and 31 May: case P02 of 10 April falls in the gap
                b.addEnforcementOfficer(officer("o5", "p5", d("2021-01-01"), d("2023-03-31")).withCertificates(
                        EnforcementCertificate.builder().number("FJ-o5-a").issuer("福建省人民政府").validFrom(d("2021-01-01")).validUntil(d("2023-03-31"))
                                .status(CertificateStatus.VALID).build(),
                        EnforcementCertificate.builder().number("FJ-o5-b").issuer("福建省人民政府").validFrom(d("2023-06-01")).validUntil(d("2028-05-31"))
                                .status(CertificateStatus.VALID).build()));
            } else {
                b.addEnforcementOfficer(officer("o" + i, "p" + i, d("2022-01-01"), d("2027-12-31")));
            }
            b.addTrainingRecord(TrainingRecord.builder().officerId("o" + i).trainedOn(d("2023-05-15")).classHours(BigDecimal.valueOf(64))
                    .category(TrainingCategory.LEGAL).assessed(true).passed(true).build());
        }
        b.addLegalReviewer(LegalReviewer.builder().id("r1").personId("p7").legalProfessionalQualification(true).firstAssignedOn(d("2022-01-01")).build());
        b.addPowerList(PowerListItem.builder().id("pw1").name("违法建设行政处罚").category(PowerCategory.PENALTY).addLegalBasis("《中华人民共和国城乡规划法》第六十五条")
                .responsibleBody("综合执法队").addDuty("依法查处违法建设").publishedOn(d("2022-12-01")).delegationDecision("闽政〔2022〕示例号").build());
        b.addPowerList(PowerListItem.builder().id("pw2").name("扣押违法建设施工工具").category(PowerCategory.COERCION).addLegalBasis("《中华人民共和国城乡规划法》第六十八条")
                .responsibleBody("综合执法队").addDuty("依法实施扣押").publishedOn(d("2022-12-01")).build());
        b.addLegalEducationList(LegalEducationResponsibilityItem.builder().id("pf1").lawOrTopic("城乡规划法").audience("村民")
                .method(LegalEducationMethod.CASE_BASED_LEGAL_EDUCATION).owner("综合执法队").build());
        b.legalEducationPlan(EighthLegalEducationPlan.builder().adoptedOn(d("2021-09-01")).build());
        b.enforcementPublicity(EnforcementPublicity.builder().addPublished(PublicityItem.ENFORCING_AGENCY, PublicityItem.FILING_BASIS, PublicityItem.PROCEDURE,
                PublicityItem.DISCRETION_BENCHMARKS).discretionBenchmarksAdopted(true).electronicMonitoringUsed(false).updatedOn(d("2023-01-05")).build());
        b.addAllEnforcementCases(lawfulCases());
        planted().values().forEach(x -> b.addEnforcementCase(x.builder.build()));
        return b.build();
    }

    /** The findings the check must make: rule id → JSON path, one per planted defect. */
    public static Map<String, String> expectedFailures() {
        Map<String, String> expected = new LinkedHashMap<>();
        int index = LAWFUL;
        for (Map.Entry<String, Planted> e : planted().entrySet()) {
            expected.put(e.getKey(), "/enforcementCases/" + index + "/" + e.getValue().pathInCase);
            index++;
        }
        expected.put("ENF-PUBLICITY-BASIS", "/enforcementPublicity/published");
        return expected;
    }

    /**
     * Runs the example: checks the year, prints each finding next to the defect planted for it, and writes the reports.
     *
     * @param args optional output folder
     */
    public static void main(String[] args) {
        QuietLogs.apply();
        Path out = Path.of(args.length > 0 ? args[0] : "fazhi-output/case-lifecycle-2023");
        RuleOfLawRecord record = township();
        CheckContext context = CheckContext.of(AS_OF);
        CheckReport check = GovernanceRules.all().evaluate(record, context);
        IndicatorSheet sheet = Indicators.sheet(record, context);
        AnnualRuleOfLawReport report = AnnualReports.build(record, check, sheet);
        System.out.printf("%s %d: %d cases, %d with a planted defect, checked against %d rules as of %s%n", record.unit().name(), record.year(),
                record.enforcementCases().size(), planted().size(), GovernanceRules.all().rules().size(), AS_OF);
        Map<String, Planted> planted = planted();
        for (Finding f : check.failures()) {
            Planted p = planted.get(f.ruleId());
            System.out.printf("  %-28s %-36s %s%n    %s%n", f.ruleId(), f.path(), p == null ? "（单位公示缺救济渠道 / unit publicity lacks the remedies）" : p.what,
                    f.messageZh());
        }
        System.out.println();
        for (Indicator i : new Indicator[] {Indicator.CASES, Indicator.CASES_DECIDED, Indicator.CASES_SERVED, Indicator.CASES_CLOSED, Indicator.CASES_ARCHIVED,
            Indicator.PRIOR_NOTICE_RATE, Indicator.ON_TIME_DECISION_RATE, Indicator.DISCLOSED_ON_TIME_RATE, Indicator.FINES_DECIDED, Indicator.FINES_COLLECTED,
            Indicator.CORRECTION_RATE}) {
            System.out.printf("  %-34s %s%n", i.id(), sheet.get(i).display());
        }
        // The record is made in code: write it beside the reports, so that the SARIF regions point into a file that exists.
        byte[] json = org.fazhi.governance.model.GovernanceJson.write(record).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            java.nio.file.Files.createDirectories(out);
            java.nio.file.Files.write(out.resolve("case-lifecycle-2023.json"), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<Path> files = ReportFiles.writeAll(out, report, check, GovernanceRules.all(), "case-lifecycle-2023.json", json);
        System.out.println();
        files.forEach(x -> System.out.println("  " + x));
        System.out.println(report.title(Locale.SIMPLIFIED_CHINESE));
    }
}
