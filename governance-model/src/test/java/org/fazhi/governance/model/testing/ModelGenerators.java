package org.fazhi.governance.model.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.Area;
import org.fazhi.governance.model.AreaKind;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.DivisionCode;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;
import org.fazhi.governance.model.GovernmentUnit;
import org.fazhi.governance.model.GrassrootsKind;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.Person;
import org.fazhi.governance.model.PhoneNumber;
import org.fazhi.governance.model.ResidentIdNumber;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.UnifiedSocialCreditCode;
import org.fazhi.governance.model.UnitLevel;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.CaseStep;
import org.fazhi.governance.model.enforcement.CollectiveDiscussion;
import org.fazhi.governance.model.enforcement.CertificateStatus;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementCertificate;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalReview;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.PowerCategory;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.enforcement.ReviewTrigger;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.model.grid.CameraProgramme;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.fazhi.governance.model.legal.LegalAdviser;
import org.fazhi.governance.model.legal.LegalAdviserKind;
import org.fazhi.governance.model.legal.ReasoningRoom;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.RuralLegalRole;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.SatisfactionLevel;
import org.fazhi.governance.model.decision.DeputySuggestion;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of model values (valid ones, and for the streamed entities valid and invalid ones), shared by the test suites of every module (published
 * as the model's test jar).
 */
public final class ModelGenerators {
    private static final String CHINESE = "法治政府建设国宝乡南斗佛岭云龙谷村社区网格执法人员调解评理室";

    private ModelGenerators() {}

    /** Valid unified social credit codes. */
    public static Gen<UnifiedSocialCreditCode> creditCodes() {
        Gen<Integer> ch = integers().between(0, 30);
        Gen<Integer> digit = integers().between(0, 9);
        return in -> {
            StringBuilder sb = new StringBuilder();
            sb.append("159Y".charAt(integers().between(0, 3).generate(in)));
            sb.append("123".charAt(integers().between(0, 2).generate(in)));
            sb.append("350526");
            for (int i = 0; i < 9; i++) {
                sb.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(i < 8 ? digit.generate(in) : ch.generate(in)));
            }
            String body = sb.toString();
            return UnifiedSocialCreditCode.of(body + UnifiedSocialCreditCode.checkCharacter(body));
        };
    }

    /** Valid resident identity numbers born 1940–2009. */
    public static Gen<ResidentIdNumber> residentIds() {
        Gen<Integer> day = integers().between(0, 70 * 365);
        Gen<Integer> seq = integers().between(0, 999);
        Gen<Integer> region = integers().between(0, 2);
        return in -> {
            LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(day.generate(in));
            String body = new String[] {"350526", "110101", "440305"}[region.generate(in)]
                    + String.format("%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq.generate(in));
            return ResidentIdNumber.of(body + ResidentIdNumber.checkDigit(body));
        };
    }

    /** Valid mobile numbers. */
    public static Gen<PhoneNumber> phones() {
        return integers().between(0, 99_999_999).map(n -> PhoneNumber.of("138" + String.format("%08d", n)));
    }

    /** Short Chinese names. */
    public static Gen<String> names() {
        Gen<Integer> len = integers().between(2, 6);
        Gen<Integer> idx = integers().between(0, CHINESE.length() - 1);
        return in -> {
            int n = len.generate(in);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(CHINESE.charAt(idx.generate(in)));
            }
            return sb.toString();
        };
    }

    /**
     * Valid records with detailed entries in most systems, every reference resolved and every date in
     * order.
     */
    public static Gen<RuleOfLawRecord> records() {
        Gen<Integer> small = integers().between(0, 4);
        Gen<Integer> days = integers().between(0, 360);
        Gen<Integer> rating = integers().between(0, 3);
        Gen<Boolean> coin = booleans().all();
        Gen<String> name = names();
        Gen<ResidentIdNumber> ids = residentIds();
        Gen<PhoneNumber> phones = phones();
        Gen<UnifiedSocialCreditCode> credit = creditCodes();
        return in -> {
            LocalDate start = LocalDate.of(2023, 1, 1);
            int villages = 1 + small.generate(in);
            List<GrassrootsUnit> units = new ArrayList<>();
            for (int i = 0; i < villages; i++) {
                units.add(GrassrootsUnit.builder().id("v" + i).name(name.generate(in) + "村")
                        .kind(coin.generate(in) ? GrassrootsKind.VILLAGE : GrassrootsKind.COMMUNITY)
                        .code(DivisionCode.of("350526108" + String.format("%03d", 200 + i)))
                        .areaId(i % 2 == 0 ? Optional.of("a0") : Optional.empty())
                        .build());
            }
            GovernmentUnit unit = GovernmentUnit.builder().name(name.generate(in) + "乡").level(UnitLevel.TOWNSHIP)
                    .code(DivisionCode.of("350526108")).creditCode(credit.generate(in)).county("德化县")
                    .addAllGrassrootsUnits(units)
                    .addArea(Area.builder().id("a0").name(name.generate(in) + "片区").kind(AreaKind.SUB_AREA).build())
                    .build();
            RuleOfLawRecord.Builder b = RuleOfLawRecord.builder().unit(unit).year(2023).completeLists(EnumSet.allOf(RecordList.class));
            int people = 2 + small.generate(in) * 2;
            for (int i = 0; i < people; i++) {
                b.addPerson(Person.builder().id("p" + i).name(name.generate(in))
                        .residentId(coin.generate(in) ? Optional.of(ids.generate(in)) : Optional.empty())
                        .phone(coin.generate(in) ? Optional.of(phones.generate(in)) : Optional.empty())
                        .build());
            }
            for (int i = 0; i < villages; i++) {
                b.addGrid(Grid.builder().id("g" + i).name(units.get(i).name() + "网格").level(1).grassrootsUnitId("v" + i).build());
                b.addGrid(Grid.builder().id("g" + i + "-1").name(units.get(i).name() + "一组").level(2).parentId("g" + i)
                        .households(50 + days.generate(in)).build());
                b.addGridAssignment(GridAssignment.builder().gridId("g" + i).personId("p" + (i % people)).role(GridRole.PARTY_BRANCH_SECRETARY).build());
                b.addGridAssignment(GridAssignment.builder().gridId("g" + i + "-1").personId("p" + ((i + 1) % people)).role(GridRole.PARTY_GROUP_LEADER).build());
            }
            b.addPowerList(PowerListItem.builder().id("pw0").name("违法建设行政处罚").category(PowerCategory.PENALTY)
                    .addLegalBasis("《中华人民共和国城乡规划法》第六十五条").responsibleBody("综合执法队").addDuty("依法查处").build());
            int officers = 1 + small.generate(in);
            for (int i = 0; i < officers; i++) {
                LocalDate from = start.minusDays(days.generate(in));
                b.addEnforcementOfficer(EnforcementOfficer.builder().id("o" + i).personId("p" + (i % people))
                        .addCertificate(EnforcementCertificate.builder().number("FJ" + (100000 + i)).issuer("福建省人民政府")
                                .addField("综合执法").validFrom(from).validUntil(from.plusYears(5))
                                .status(coin.generate(in) ? CertificateStatus.VALID : CertificateStatus.SUSPENDED).build())
                        .build());
                b.addTrainingRecord(TrainingRecord.builder().officerId("o" + i).trainedOn(start.plusDays(days.generate(in)))
                        .classHours(BigDecimal.valueOf(small.generate(in) * 8 + 4)).category(TrainingCategory.LEGAL)
                        .assessed(true).passed(coin.generate(in)).build());
            }
            b.addLegalReviewer(LegalReviewer.builder().id("r0").personId("p0").legalProfessionalQualification(coin.generate(in)).build());
            int cases = small.generate(in);
            for (int i = 0; i < cases; i++) {
                LocalDate filed = start.plusDays(days.generate(in));
                LocalDate decided = filed.plusDays(small.generate(in) * 20);
                boolean major = coin.generate(in);
                EnforcementCase.Builder c = EnforcementCase.builder().id("c" + i).kind(CaseKind.PENALTY).powerItemId("pw0")
                        .filedOn(filed).decidedOn(decided).servedOn(decided.plusDays(small.generate(in)))
                        .addOfficer(OfficerPresence.builder().officerId("o0").certificateShown(coin.generate(in)).build())
                        .addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.POST_ACTION).publishedOn(decided.plusDays(small.generate(in))).build())
                        .addRecording(ProcessRecording.builder().step(CaseStep.INVESTIGATION).written(true).audioVideo(coin.generate(in)).build())
                        .major(major);
                if (officers > 1) {
                    c.addOfficer(OfficerPresence.builder().officerId("o1").certificateShown(true).build());
                }
                if (major) {
                    c.addReviewTrigger(ReviewTrigger.MAJOR_PUBLIC_INTEREST)
                            .legalReview(LegalReview.builder().reviewerId("r0").reviewedOn(decided).result(ReviewResult.PASSED).build());
                }
                b.addEnforcementCase(c.build());
            }
            int tickets = small.generate(in) * 3;
            for (int i = 0; i < tickets; i++) {
                LocalDate received = start.plusDays(days.generate(in));
                boolean closed = coin.generate(in);
                int r = rating.generate(in);
                b.addHotlineTicket(HotlineTicket.builder().id("t" + i).channel(i % 3 == 0 ? "8890" : "12345").receivedOn(received)
                        .respondedOn(received.plusDays(small.generate(in)))
                        .closedOn(closed ? Optional.of(received.plusDays(5 + small.generate(in))) : Optional.empty())
                        .rating(closed && r < 3 ? Optional.of(SatisfactionLevel.values()[r]) : Optional.empty())
                        .grassrootsUnitId("v" + (i % villages))
                        .build());
            }
            for (int i = 0; i < small.generate(in); i++) {
                LocalDate assigned = start.plusDays(days.generate(in));
                b.addDeputySuggestion(DeputySuggestion.builder().id("s" + i).subject(name.generate(in)).assignedOn(assigned)
                        .repliedOn(assigned.plusDays(30 + days.generate(in) / 2))
                        .deputyFeedback(SatisfactionLevel.values()[rating.generate(in) % 3]).build());
            }
            for (int i = 0; i < small.generate(in) * 2; i++) {
                LocalDate screened = start.plusDays(days.generate(in));
                boolean ok = coin.generate(in);
                b.addDispute(Dispute.builder().id("d" + i).screenedOn(screened).grassrootsUnitId("v" + (i % villages))
                        .outcome(ok ? DisputeOutcome.MEDIATED : DisputeOutcome.PENDING)
                        .agreementOn(ok ? Optional.of(screened.plusDays(small.generate(in))) : Optional.empty()).build());
            }
            for (int i = 0; i < villages; i++) {
                if (coin.generate(in)) {
                    b.addReasoningRoom(ReasoningRoom.builder().id("room" + i).name(name.generate(in) + "评理室").grassrootsUnitId("v" + i).build());
                }
                int literate = small.generate(in);
                for (int k = 0; k < literate; k++) {
                    b.addRuralLegalPersonnel(RuralLegalPerson.builder().grassrootsUnitId("v" + i).role(RuralLegalRole.LEGALLY_LITERATE_VILLAGER).build());
                }
            }
            b.addLegalAdviser(LegalAdviser.builder().id("la0").name(name.generate(in)).kind(LegalAdviserKind.LAWYER).servesTownship(true)
                    .addGrassrootsUnitId("v0").build());
            for (int i = 0; i < small.generate(in); i++) {
                b.addCamera(SurveillanceCamera.builder().id("cam" + i).programme(CameraProgramme.values()[i % 4]).areaId("a0").build());
            }
            b.addDeclaredFigure(DeclaredFigure.count(StandardFigures.HOTLINE_TICKETS_HANDLED, tickets, "办理诉求件 " + tickets + " 件"));
            b.addDeclaredFigure(DeclaredFigure.builder().concept(StandardFigures.PUBLICITY_CAMPAIGNS).value(BigDecimal.valueOf(small.generate(in) * 10))
                    .unit(FigureUnit.COUNT).qualifier(coin.generate(in) ? FigureQualifier.AT_LEAST : FigureQualifier.EXACT).quote("法治宣传活动").build());
            b.addDeclaredFigure(DeclaredFigure.percent(StandardFigures.HOTLINE_SATISFACTION_RATE, "97.56", "满意率 97.56%"));
            return b.build();
        };
    }

    /** Text around the limits of {@code @NotBlank} and {@code @Size}: empty, blank, Chinese, one below and one over a limit. */
    private static Gen<String> text(int limit) {
        Gen<Integer> pick = integers().between(0, 7);
        return in -> {
            switch (pick.generate(in)) {
                case 0:
                    return "";
                case 1:
                    return pick.generate(in) % 2 == 0 ? " " : "\u3000\t";
                case 2:
                    return "x".repeat(limit);
                case 3:
                    return "法".repeat(limit + 1);
                default:
                    return CHINESE.substring(0, 1 + pick.generate(in));
            }
        };
    }

    /** An optional date some days after (or, now and then, before) a date. */
    private static Gen<Optional<LocalDate>> after(LocalDate from, Gen<Integer> offset, Gen<Boolean> present) {
        return in -> present.generate(in) ? Optional.of(from.plusDays(offset.generate(in))) : Optional.empty();
    }

    /**
     * Hotline tickets as a stream delivers them: about half valid, the others with blank or overlong text, a
     * channel that is not 3 to 8 digits, dates out of order, or a rating without a closing date.
     */
    public static Gen<HotlineTicket> streamedTickets() {
        Gen<Integer> offset = integers().between(-2, 40);
        Gen<Boolean> coin = booleans().all();
        Gen<Integer> pick = integers().between(0, 9);
        Gen<String> ids = text(128);
        Gen<String> texts = text(200);
        String[] channels = {"12345", "8890", "110", "12345678", "12", "123456789", "12a45", "", "１２３４５"};
        return in -> {
            boolean clean = coin.generate(in);
            LocalDate received = LocalDate.of(2023, 1, 1).plusDays(offset.generate(in) * 8L + 16);
            Gen<Integer> forward = clean ? integers().between(0, 40) : offset;
            Optional<LocalDate> responded = after(received, forward, coin).generate(in);
            Optional<LocalDate> closed = after(responded.orElse(received), forward, coin).generate(in);
            int r = pick.generate(in);
            return HotlineTicket.builder()
                    .id(clean ? "t" + pick.generate(in) : ids.generate(in))
                    .channel(clean ? channels[pick.generate(in) % 4] : channels[pick.generate(in) % channels.length])
                    .receivedOn(received).respondedOn(responded).closedOn(closed)
                    .dueOn(after(received, forward, coin).generate(in))
                    .rating(r < 4 && (closed.isPresent() || !clean) ? Optional.of(SatisfactionLevel.values()[r % SatisfactionLevel.values().length]) : Optional.empty())
                    .disputed(coin.generate(in))
                    .category(coin.generate(in) ? Optional.of(clean ? "城乡建设" : texts.generate(in)) : Optional.empty())
                    .grassrootsUnitId(coin.generate(in) ? Optional.of(clean ? "v" + r : ids.generate(in)) : Optional.empty())
                    .build();
        };
    }

    /**
     * Enforcement cases as a stream delivers them: about half valid, the others with blank or overlong ids and
     * texts, dates out of order, the same officer twice, or a collective discussion of no one.
     */
    public static Gen<EnforcementCase> streamedCases() {
        Gen<Integer> offset = integers().between(-2, 60);
        Gen<Boolean> coin = booleans().all();
        Gen<Integer> pick = integers().between(0, 9);
        Gen<String> ids = text(128);
        Gen<String> basis = text(300);
        Gen<String> channel = text(500);
        Gen<String> minutes = text(200);
        return in -> {
            boolean clean = coin.generate(in);
            Gen<Integer> forward = clean ? integers().between(0, 60) : offset;
            Gen<String> id = clean ? x -> "o" + pick.generate(x) : ids;
            LocalDate filed = LocalDate.of(2023, 1, 1).plusDays(pick.generate(in) * 30L);
            Optional<LocalDate> decided = after(filed, forward, coin).generate(in);
            EnforcementCase.Builder c = EnforcementCase.builder()
                    .id(clean ? "c" + pick.generate(in) : ids.generate(in))
                    .kind(CaseKind.values()[pick.generate(in) % CaseKind.values().length])
                    .powerItemId(clean ? "pw" + pick.generate(in) : ids.generate(in))
                    .procedure(coin.generate(in) ? Optional.of(PenaltyProcedure.values()[pick.generate(in) % PenaltyProcedure.values().length]) : Optional.empty())
                    .fewerOfficersBasis(coin.generate(in) ? Optional.of(clean ? "《行政处罚法》第五十一条" : basis.generate(in)) : Optional.empty())
                    .filedOn(filed).decidedOn(decided)
                    .servedOn(after(decided.orElse(filed), forward, coin).generate(in))
                    .closedOn(after(decided.orElse(filed), forward, coin).generate(in))
                    .major(coin.generate(in)).complexOrSerious(coin.generate(in)).archived(coin.generate(in));
            int officers = pick.generate(in) % 4;
            for (int i = 0; i < officers; i++) {
                c.addOfficer(OfficerPresence.builder().officerId(clean ? "o" + i : id.generate(in)).certificateShown(coin.generate(in)).build());
            }
            if (!clean && officers > 0 && coin.generate(in)) {
                c.addOfficer(OfficerPresence.builder().officerId(clean ? "o0" : "o" + pick.generate(in)).certificateShown(true).build());
            }
            for (int i = pick.generate(in) % 3; i > 0; i--) {
                c.addDisclosure(DisclosureRecord.builder().stage(DisclosureStage.values()[i % DisclosureStage.values().length])
                        .publishedOn(filed.plusDays(i)).channel(coin.generate(in) ? Optional.of(clean ? "乡政府网站" : channel.generate(in)) : Optional.empty())
                        .build());
            }
            for (int i = pick.generate(in) % 3; i > 0; i--) {
                c.addRecording(ProcessRecording.builder().step(CaseStep.values()[i]).written(coin.generate(in)).audioVideo(coin.generate(in)).build());
            }
            if (coin.generate(in)) {
                c.addReviewTrigger(ReviewTrigger.values()[pick.generate(in) % ReviewTrigger.values().length]);
                c.legalReview(LegalReview.builder().reviewerId(clean ? "r0" : ids.generate(in)).reviewedOn(filed)
                        .result(coin.generate(in) ? ReviewResult.PASSED : ReviewResult.NOT_PASSED).build());
            }
            if (coin.generate(in)) {
                c.collectiveDiscussion(CollectiveDiscussion.builder().heldOn(filed).attendees(clean ? 1 + pick.generate(in) : pick.generate(in) - 1)
                        .minutesRef(coin.generate(in) ? Optional.of(clean ? "纪要 1 号" : minutes.generate(in)) : Optional.empty()).build());
            }
            return c.build();
        };
    }
}
