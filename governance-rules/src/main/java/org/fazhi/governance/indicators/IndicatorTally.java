package org.fazhi.governance.indicators;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collector;
import org.fazhi.governance.indicators.internal.Count;
import org.fazhi.governance.indicators.internal.TallyBasis;
import org.fazhi.governance.indicators.internal.TallyCounter;
import org.fazhi.governance.model.RecordList;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.legal.Dispute;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.rules.CheckContext;

/**
 * 指标计数器 / The mergeable accumulator behind every indicator: one count per {@link Count}.
 *
 * <p>{@link #empty} is the identity, {@link #add(RuleOfLawRecord)} counts a whole record,
 * {@link #add(HotlineTicket)}, {@link #add(EnforcementCase)} and {@link #add(Dispute)} count single
 * entities (for streaming), and {@link #merge} adds two tallies. Merging is associative and
 * commutative, so any split of the input merged back equals the whole: villages roll up to townships,
 * months to years, townships to counties. The counts are plain {@code long}s (no boxing). A tally is
 * immutable: {@code add} and {@code merge} return new tallies. Two tallies merge only if they share
 * the same {@link TallyBasis}: the as-of date and the context's indicator definitions.
 */
public final class IndicatorTally {

    private final TallyBasis basis;
    private final long[] counts;

    private IndicatorTally(TallyBasis basis, long[] counts) {
        this.basis = Objects.requireNonNull(basis, "basis");
        this.counts = counts;
    }

    /**
     * The empty tally: all counts zero.
     *
     * @param context the as-of date (certificates are judged on it), the calendar and the host's indicator
     *     definitions
     * @return the tally
     */
    public static IndicatorTally empty(CheckContext context) {
        return new IndicatorTally(TallyBasis.of(context), new long[TallyCounter.SIZE]);
    }

    /**
     * A tally of what an accumulator has counted (internal machinery, for the streaming checker and the Spark
     * aggregators).
     *
     * @param counter the accumulator; its counts are copied
     * @return the tally
     */
    public static IndicatorTally of(TallyCounter counter) {
        return new IndicatorTally(counter.basis(), counter.counts());
    }

    /**
     * A collector of records into a tally, for {@code records.stream().collect(...)}.
     *
     * @param context the as-of date, the calendar and the host's indicator definitions
     * @return the collector
     */
    public static Collector<RuleOfLawRecord, ?, IndicatorTally> collector(CheckContext context) {
        TallyBasis basis = TallyBasis.of(context);
        return Collector.of(() -> new TallyCounter(basis), TallyCounter::addRecord, TallyCounter::combine,
                IndicatorTally::of);
    }

    /** The as-of date. */
    public LocalDate asOf() {
        return basis.asOf();
    }

    /** What the counts were counted by. */
    TallyBasis basis() {
        return basis;
    }

    /** How many of the records counted hold a list completely. */
    long completeUnits(RecordList list) {
        return counts[Count.values().length + list.ordinal()];
    }

    /** How many whole records were counted. */
    long units() {
        return counts[Count.UNITS.ordinal()];
    }

    /**
     * One count (internal machinery: {@link Count} is not API).
     *
     * @param c which count
     * @return its value
     */
    long get(Count c) {
        return counts[c.ordinal()];
    }

    /**
     * This tally plus a whole record.
     *
     * @param record a valid record
     * @return a new tally
     */
    public IndicatorTally add(RuleOfLawRecord record) {
        return with(m -> m.addRecord(record));
    }

    /**
     * This tally plus one hotline ticket.
     *
     * @param ticket the ticket
     * @return a new tally
     */
    public IndicatorTally add(HotlineTicket ticket) {
        return with(m -> m.addTicket(ticket));
    }

    /**
     * This tally plus one enforcement case (case counts only; officer data needs the record).
     *
     * @param c the case
     * @return a new tally
     */
    public IndicatorTally add(EnforcementCase c) {
        return with(m -> m.addCase(c));
    }

    /**
     * This tally plus one dispute.
     *
     * @param d the dispute
     * @return a new tally
     */
    public IndicatorTally add(Dispute d) {
        return with(m -> m.addDispute(d));
    }

    /**
     * The sum of two tallies.
     *
     * @param other a tally of the same as-of date and indicator definitions
     * @return a new tally
     * @throws IllegalArgumentException if the as-of dates or the definitions differ
     */
    public IndicatorTally merge(IndicatorTally other) {
        return with(m -> m.combine(other.counter()));
    }

    /** A copy of this tally changed in place by one step of the accumulator. */
    private IndicatorTally with(java.util.function.Consumer<TallyCounter> step) {
        TallyCounter m = counter();
        step.accept(m);
        return of(m);
    }

    /** An accumulator that starts from a copy of these counts. */
    private TallyCounter counter() {
        return TallyCounter.over(basis, counts.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndicatorTally && ((IndicatorTally) o).basis.equals(basis)
                && Arrays.equals(((IndicatorTally) o).counts, counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(basis, Arrays.hashCode(counts));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("IndicatorTally[asOf=").append(basis.asOf());
        for (Count c : Count.values()) {
            if (counts[c.ordinal()] != 0) {
                sb.append(", ").append(c).append('=').append(counts[c.ordinal()]);
            }
        }
        return sb.append(']').toString();
    }

}
