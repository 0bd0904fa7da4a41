package org.fazhi.governance.indicators.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.DeputySuggestion;
import java.util.Optional;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.DisclosureRecord;
import org.fazhi.governance.model.enforcement.DisclosureStage;
import org.fazhi.governance.model.enforcement.FinePayment;
import org.fazhi.governance.model.enforcement.Hearing;
import org.fazhi.governance.model.enforcement.PenaltyProcedure;
import org.fazhi.governance.model.enforcement.RemedyKind;
import org.fazhi.governance.model.enforcement.RemedyOutcome;
import org.fazhi.governance.model.enforcement.RemedyProceeding;
import org.fazhi.governance.model.enforcement.StatementAndDefence;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.ProcessRecording;
import org.fazhi.governance.model.enforcement.ReviewResult;
import org.fazhi.governance.model.enforcement.TrainingCategory;
import org.fazhi.governance.model.enforcement.TrainingRecord;
import org.fazhi.governance.model.grid.Grid;
import org.fazhi.governance.model.grid.GridAssignment;
import org.fazhi.governance.model.grid.GridRole;
import org.fazhi.governance.model.grid.Patrol;
import org.fazhi.governance.model.grid.PatrolKind;
import org.fazhi.governance.model.grid.SurveillanceCamera;
import org.fazhi.governance.model.leadership.GroupMember;
import org.fazhi.governance.model.leadership.LeadingGroupKind;
import org.fazhi.governance.model.leadership.MemberRank;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.legal.DisputeOutcome;
import org.fazhi.governance.model.legal.LegalAdviser;
import org.fazhi.governance.model.legal.MediatorKind;
import org.fazhi.governance.model.legal.ReasoningRoom;
import org.fazhi.governance.model.legal.RuralLegalPerson;
import org.fazhi.governance.model.legal.RuralLegalRole;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.model.service.SatisfactionLevel;

/**
 * 指标计数累加器 / The mutable accumulator behind {@link org.fazhi.governance.indicators.IndicatorTally}, the
 * streaming checker and the Spark aggregators: one {@code long} per {@link Count}, counted in place.
 *
 * <p>Internal machinery (this package is exported only to the Spark module): hosts count with
 * {@code IndicatorTally}. Not thread-safe; confined to one thread or one partition.
 */
public final class TallyCounter {
    /**
     * How many counts there are: the length of a counts array, one per {@link Count} in ordinal order, then one per
     * {@link RecordList}: how many of the records counted hold that list completely.
     */
    public static final int SIZE = Count.values().length + RecordList.values().length;
    /** 行政处罚法第六十条：立案之日起九十日内作出决定 (calendar days). */
    private static final int DECISION_DAYS = 90;

    private final TallyBasis basis;
    private final LocalDate asOf;
    private final long[] c;

    /**
     * An empty accumulator.
     *
     * @param basis what to count by
     */
    public TallyCounter(TallyBasis basis) {
        this(basis, new long[SIZE]);
    }

    /**
     * An accumulator that counts into the given array in place (for aggregation buffers).
     *
     * @param basis what to count by
     * @param counts one slot per {@link Count}; updated in place
     * @return the accumulator
     */
    public static TallyCounter over(TallyBasis basis, long[] counts) {
        if (counts.length != SIZE) {
            throw new IllegalArgumentException("expected " + SIZE + " counts, got " + counts.length + " / 计数个数应为 "
                    + SIZE);
        }
        for (long n : counts) {
            if (n < 0) {
                throw new IllegalArgumentException("counts must not be negative / 计数不能为负");
            }
        }
        return new TallyCounter(basis, counts);
    }

    private TallyCounter(TallyBasis basis, long[] counts) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.asOf = basis.asOf();
        this.c = counts;
    }


    private void inc(Count k, long by) {
        c[k.ordinal()] = Math.addExact(c[k.ordinal()], by);
    }

    private void inc(Count k) {
        inc(k, 1);
    }

    /**
     * Adds another accumulator's counts.
     *
     * @param other an accumulator of the same as-of date and indicator definitions
     * @return this
     */
    public TallyCounter combine(TallyCounter other) {
        if (!basis.equals(other.basis)) {
            throw new IllegalArgumentException("cannot merge tallies with different as-of dates or indicator"
                    + " definitions: " + basis + "/" + other.basis
                    + " / 不能合并截止日期或口径不同的计数");
        }
        for (int i = 0; i < SIZE; i++) {
            c[i] = Math.addExact(c[i], other.c[i]);
        }
        return this;
    }

    /** The counts, one per {@link Count} in ordinal order (a copy). */
    public long[] counts() {
        return c.clone();
    }

    /**
     * How many of the records counted hold a list completely ({@link RuleOfLawRecord#isComplete}).
     *
     * @param list the list
     * @return the number of records
     */
    public long completeUnits(RecordList list) {
        return c[Count.values().length + list.ordinal()];
    }

    /** How many whole records were counted. */
    public long units() {
        return c[Count.UNITS.ordinal()];
    }

    /** What the counts are counted by. */
    public TallyBasis basis() {
        return basis;
    }

    /**
     * Counts a hotline ticket.
     *
     * @param t the ticket
     */
    public void addTicket(HotlineTicket t) {
        inc(Count.HOTLINE_RECEIVED);
        if (t.respondedOn().isPresent()) {
            inc(Count.HOTLINE_RESPONDED);
        }
        if (t.closedOn().isPresent()) {
            inc(Count.HOTLINE_CLOSED);
        }
        if (t.rating().isPresent()) {
            inc(Count.HOTLINE_RATED);
            if (t.rating().get() == SatisfactionLevel.SATISFIED) {
                inc(Count.HOTLINE_SATISFIED);
            } else if (t.rating().get() == SatisfactionLevel.BASICALLY_SATISFIED) {
                inc(Count.HOTLINE_BASICALLY_SATISFIED);
            }
        }
        if (t.disputed()) {
            inc(Count.HOTLINE_DISPUTED);
        }
    }

    /**
     * Counts an enforcement case.
     *
     * @param k the case
     */
    public void addCase(EnforcementCase k) {
        inc(Count.CASES);
        if (k.decidedOn().isPresent()) {
            inc(Count.CASES_DECIDED);
            if (k.disclosures().stream().anyMatch(d -> d.stage() == DisclosureStage.POST_ACTION)) {
                inc(Count.CASES_DISCLOSED);
            }
            if (k.major() || !k.reviewTriggers().isEmpty()) {
                inc(Count.CASES_NEEDING_REVIEW);
                if (k.legalReview().isPresent() && k.legalReview().get().result() == ReviewResult.PASSED
                        && !k.legalReview().get().reviewedOn().isAfter(k.decidedOn().get())) {
                    inc(Count.CASES_REVIEWED);
                }
            }
        }
        addLifecycle(k);
        Set<org.fazhi.governance.model.enforcement.CaseStep> recorded = new HashSet<>();
        for (ProcessRecording r : k.recordings()) {
            if (r.written() || r.audioVideo()) {
                recorded.add(r.step());
            }
        }
        if (recorded.containsAll(k.stepsReached())) {
            inc(Count.CASES_FULLY_RECORDED);
        }
    }

    /**
     * Counts the lifecycle of a case: penalties by procedure, decided on time, noticed, hearings, fines decided
     * and paid, decisions published within 7 (licences and penalties) or 20 working days where the calendar of
     * the context settles the deadline, corrections on reconsideration or in court, service, closure, archive.
     */
    private void addLifecycle(EnforcementCase k) {
        boolean penalty = k.kind() == CaseKind.PENALTY;
        Optional<PenaltyProcedure> procedure = k.procedure();
        if (penalty) {
            inc(Count.CASES_PENALTY);
            if (procedure.isPresent()) {
                inc(procedure.get() == PenaltyProcedure.SUMMARY ? Count.CASES_SUMMARY : Count.CASES_GENERAL);
            }
            if (k.hearing().flatMap(Hearing::requestedOn).isPresent()) {
                inc(Count.HEARINGS_REQUESTED);
            }
            if (k.hearing().flatMap(Hearing::heldOn).isPresent()) {
                inc(Count.HEARINGS_HELD);
            }
            for (FinePayment p : k.payments()) {
                p.amountYuan().ifPresent(a -> inc(Count.FINES_COLLECTED_FEN, fen(a)));
            }
        }
        if (k.decidedOn().isPresent()) {
            LocalDate decided = k.decidedOn().get();
            if (penalty) {
                inc(Count.CASES_PENALTY_DECIDED);
                if (!decided.isAfter(k.filedOn().plusDays(DECISION_DAYS))) {
                    inc(Count.CASES_DECIDED_ON_TIME);
                }
                if (procedure.map(x -> x != PenaltyProcedure.SUMMARY).orElse(true)) {
                    inc(Count.CASES_NOTICE_DUE);
                    boolean noticed = k.priorNotice().map(n -> n.servedOn().isBefore(decided)).orElse(false)
                            || k.statementAndDefence().map(StatementAndDefence::waived).orElse(false);
                    if (noticed) {
                        inc(Count.CASES_NOTICED);
                    }
                }
                k.penalty().ifPresent(p -> {
                    p.fineYuan().ifPresent(a -> inc(Count.FINES_DECIDED_FEN, fen(a)));
                    p.confiscationYuan().ifPresent(a -> inc(Count.FINES_DECIDED_FEN, fen(a)));
                });
            }
            int days = penalty || k.kind() == CaseKind.LICENSING ? 7 : 20;
            Optional<LocalDate> deadline = basis.calendar().exactDeadline(decided, days);
            Optional<LocalDate> published = k.disclosures().stream().filter(d ->
                    d.stage() == DisclosureStage.POST_ACTION)
                    .map(DisclosureRecord::publishedOn).min(LocalDate::compareTo);
            if (deadline.isPresent() && (published.isPresent() || asOf.isAfter(deadline.get()))) {
                inc(Count.CASES_DISCLOSURE_DUE);
                if (published.isPresent() && !published.get().isAfter(deadline.get())) {
                    inc(Count.CASES_DISCLOSED_ON_TIME);
                }
            }
        }
        boolean reconsideration = false;
        boolean litigation = false;
        for (RemedyProceeding x : k.remedies()) {
            if (x.outcome().map(RemedyOutcome::corrects).orElse(false)) {
                reconsideration |= x.kind() == RemedyKind.RECONSIDERATION;
                litigation |= x.kind() == RemedyKind.LITIGATION;
            }
        }
        if (reconsideration) {
            inc(Count.CASES_CORRECTED_RECONSIDERATION);
        }
        if (litigation) {
            inc(Count.CASES_CORRECTED_LITIGATION);
        }
        if (reconsideration || litigation) {
            inc(Count.CASES_CORRECTED);
        }
        if (k.servedOn().isPresent()) {
            inc(Count.CASES_SERVED);
        }
        if (k.closedOn().isPresent()) {
            inc(Count.CASES_CLOSED);
        }
        if (k.archived()) {
            inc(Count.CASES_ARCHIVED);
        }
    }

    private static long fen(BigDecimal yuan) {
        return yuan.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * Counts a dispute.
     *
     * @param d the dispute
     */
    public void addDispute(Dispute d) {
        inc(Count.DISPUTES);
        if (d.outcome() == DisputeOutcome.MEDIATED) {
            inc(Count.DISPUTES_MEDIATED);
        }
    }

    /**
     * Counts a whole record.
     *
     * @param r a valid record
     */
    public void addRecord(RuleOfLawRecord r) {
        inc(Count.UNITS);
        for (RecordList list : r.completeLists()) {
            c[Count.values().length + list.ordinal()] = Math.addExact(c[Count.values().length + list.ordinal()], 1);
        }
        inc(Count.VILLAGES, r.unit().grassrootsUnits().size());
        addGrids(r);
        r.leadingGroups().stream().filter(g -> g.kind() == LeadingGroupKind.ENFORCEMENT_COORDINATION)
                .flatMap(g -> g.members().stream()).map(GroupMember::rank)
                .forEach(rank -> inc(rank == MemberRank.LEADERSHIP ? Count.COORDINATION_LEADERS
                : Count.COORDINATION_CADRES));
        r.hotlineTickets().forEach(this::addTicket);
        addDeputySuggestions(r);
        addOfficers(r);
        inc(Count.LEGAL_REVIEWERS, r.legalReviewers().size());
        r.enforcementCases().forEach(this::addCase);
        r.disputes().forEach(this::addDispute);
        addCoverage(r);
        inc(Count.CAMPAIGNS, r.legalPublicityEvents().size());
        for (SurveillanceCamera cam : r.cameras()) {
            switch (cam.programme()) {
                case PUBLIC_AREA_SAFETY: inc(Count.CAMERAS_PUBLIC_AREA); break;
                case CARING_EYE: inc(Count.CAMERAS_CARING_EYE); break;
                case POLICE_STATION_AREA: inc(Count.CAMERAS_POLICE_AREA); break;
                default: inc(Count.CAMERAS_SCENIC); break;
            }
            if (cam.networked()) {
                inc(Count.CAMERAS_NETWORKED);
            }
            if (cam.operational()) {
                inc(Count.CAMERAS_OPERATIONAL);
            }
        }
        addPatrols(r);
        r.patrolVehicles().forEach(v -> inc(v.kind() == org.fazhi.governance.model.grid.VehicleKind.CAR
                ? Count.VEHICLES_CAR : Count.VEHICLES_MOTORCYCLE));
        inc(Count.MEDIATORS, r.mediators().size());
        inc(Count.MEDIATORS_LOCAL_WORTHY, r.mediators().stream().filter(m -> m.kind() == MediatorKind.LOCAL_WORTHY)
                .count());
        inc(Count.REASONING_ROOMS, r.reasoningRooms().size());
        inc(Count.REASONING_ROOM_MEMBERS, r.reasoningRooms().stream().mapToLong(x -> x.members().size()).sum());
    }

    private void addGrids(RuleOfLawRecord r) {
        Set<String> led = new HashSet<>();
        for (GridAssignment a : r.gridAssignments()) {
            switch (a.role()) {
                case GRID_LEADER: inc(Count.STAFF_GRID_LEADER); led.add(a.gridId()); break;
                case PARTY_BRANCH_SECRETARY: inc(Count.STAFF_PARTY_BRANCH_SECRETARY); led.add(a.gridId()); break;
                case PARTY_GROUP_LEADER: inc(Count.STAFF_PARTY_GROUP_LEADER); led.add(a.gridId()); break;
                case PARTY_GROUP_DEPUTY_LEADER: inc(Count.STAFF_PARTY_GROUP_DEPUTY_LEADER); break;
                case FULL_TIME_GRID_WORKER: inc(Count.STAFF_FULL_TIME_GRID_WORKER); break;
                case PARTY_MEMBER_BUILDING_CAPTAIN: inc(Count.STAFF_PARTY_MEMBER_BUILDING_CAPTAIN); break;
                case PART_TIME_GRID_WORKER: inc(Count.STAFF_PART_TIME_GRID_WORKER); break;
                default: inc(Count.STAFF_GRID_VOLUNTEER); break;
            }
        }
        for (Grid g : r.grids()) {
            if (g.level() == 1) {
                inc(Count.GRIDS_LEVEL1);
                if (led.contains(g.id())) {
                    inc(Count.GRIDS_LEVEL1_LED);
                }
            } else if (g.level() == 2) {
                inc(Count.GRIDS_LEVEL2);
                if (led.contains(g.id())) {
                    inc(Count.GRIDS_LEVEL2_LED);
                }
            } else {
                inc(Count.GRIDS_DEEPER);
            }
        }
    }

    private void addDeputySuggestions(RuleOfLawRecord r) {
        for (DeputySuggestion s : r.deputySuggestions()) {
            inc(Count.NPC_ASSIGNED);
            LocalDate due = s.assignedOn().plusMonths(s.complex() ? 6 : 3);
            if (s.repliedOn().isPresent() && !s.repliedOn().get().isAfter(due)) {
                inc(Count.NPC_REPLIED_ON_TIME);
            }
            if (s.completedOn().isPresent() || s.repliedOn().isPresent()) {
                inc(Count.NPC_COMPLETED);
            }
            if (s.deputyFeedback().isPresent()) {
                inc(Count.NPC_WITH_FEEDBACK);
                SatisfactionLevel f = s.deputyFeedback().get();
                if (f == SatisfactionLevel.SATISFIED || f == SatisfactionLevel.BASICALLY_SATISFIED
                        && basis.basicallySatisfiedCounts()) {
                    inc(Count.NPC_SATISFIED);
                }
            }
        }
    }

    private void addOfficers(RuleOfLawRecord r) {
        inc(Count.OFFICERS, r.enforcementOfficers().size());
        Set<String> assessed = new HashSet<>();
        Map<String, BigDecimal> hours = new HashMap<>();
        for (TrainingRecord t : r.trainingRecords()) {
            if (t.trainedOn().getYear() != r.year()) {
                continue;
            }
            if (t.assessed() && t.passed().orElse(false)) {
                assessed.add(t.officerId());
            }
            if (t.category() != TrainingCategory.POLITICAL) {
                hours.merge(t.officerId(), t.classHours(), BigDecimal::add);
            }
        }
        for (EnforcementOfficer o : r.enforcementOfficers()) {
            if (o.fullTime().orElse(false)) {
                inc(Count.OFFICERS_FULL_TIME);
            }
            if (o.isCertifiedOnDuty(asOf)) {
                inc(Count.OFFICERS_CERTIFIED);
                if (assessed.contains(o.id())) {
                    inc(Count.OFFICERS_TRAINED_ASSESSED);
                }
            }
            inc(Count.TRAINING_CENTIHOURS, hours.getOrDefault(o.id(), BigDecimal.ZERO).movePointRight(2)
                    .longValueExact());
        }
    }

    private void addCoverage(RuleOfLawRecord r) {
        Set<String> villages = new HashSet<>();
        for (GrassrootsUnit u : r.unit().grassrootsUnits()) {
            villages.add(u.id());
        }
        Set<String> advised = new HashSet<>();
        boolean townshipAdviser = false;
        for (LegalAdviser a : r.legalAdvisers()) {
            advised.addAll(a.grassrootsUnitIds());
            townshipAdviser |= a.servesTownship();
        }
        advised.retainAll(villages);
        inc(Count.VILLAGES_WITH_ADVISER, advised.size());
        if (townshipAdviser) {
            inc(Count.UNITS_WITH_ADVISER);
        }
        Set<String> rooms = new HashSet<>();
        boolean townshipRoom = false;
        for (ReasoningRoom room : r.reasoningRooms()) {
            if (room.grassrootsUnitId().isPresent()) {
                rooms.add(room.grassrootsUnitId().get());
            } else {
                townshipRoom = true;
            }
        }
        inc(Count.VILLAGES_WITH_REASONING_ROOM, rooms.size());
        if (townshipRoom) {
            inc(Count.UNITS_WITH_REASONING_ROOM);
        }
        inc(Count.VILLAGES_WITH_CENTRE, r.governanceCenters().stream().filter(x -> x.standardised())
                .flatMap(x -> x.grassrootsUnitId().stream()).distinct().count());
        Map<String, Integer> literate = new HashMap<>();
        for (RuralLegalPerson p : r.ruralLegalPersonnel()) {
            if (p.role() == RuralLegalRole.LEGALLY_LITERATE_VILLAGER) {
                inc(Count.LEGALLY_LITERATE_VILLAGERS);
                literate.merge(p.grassrootsUnitId(), 1, Integer::sum);
            } else {
                inc(Count.RULE_OF_LAW_LEADERS);
            }
        }
        inc(Count.VILLAGES_WITH_ENOUGH_LITERATE, villages.stream()
                .filter(v -> literate.getOrDefault(v, 0) >= basis.literatePerVillage()).count());
    }

    private void addPatrols(RuleOfLawRecord r) {
        long patrols = 0;
        for (Patrol p : r.patrols()) {
            if (p.kind() == PatrolKind.SECURITY_PATROL && p.patrolledOn().getYear() == r.year()) {
                patrols++;
            }
        }
        if (patrols == 0) {
            return;
        }
        inc(Count.PATROLS, patrols);
        LocalDate yearEnd = LocalDate.of(r.year(), 12, 31);
        LocalDate end = asOf.isBefore(yearEnd) ? asOf : yearEnd;
        long weeks = 0;
        for (LocalDate monday = LocalDate.of(r.year(), 1, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                !monday.plusDays(6).isAfter(end); monday = monday.plusWeeks(1)) {
            weeks++;
        }
        inc(Count.PATROL_WEEKS, weeks);
    }
}
