package org.fazhi.governance.spark;

import java.io.Serializable;
import org.fazhi.governance.indicators.internal.Count;
import org.fazhi.governance.indicators.internal.TallyCounter;

/**
 * 聚合缓冲 / The Spark aggregation buffer of an indicator tally: one count per {@link Count}, plus the
 * lines that could not be read (never dropped silently). A JavaBean so that {@code Encoders.bean} works.
 */
public class TallyBuffer implements Serializable {
    private static final long serialVersionUID = 1L;

    private long[] counts = new long[TallyCounter.SIZE];
    private long badLines;

    /** The counts, in {@link Count} ordinal order. */
    public long[] getCounts() {
        return counts;
    }

    /**
     * Sets the counts.
     *
     * @param counts one per {@link Count}
     */
    public void setCounts(long[] counts) {
        this.counts = counts;
    }

    /** Lines that were not valid entities. */
    public long getBadLines() {
        return badLines;
    }

    /**
     * Sets the bad-line count.
     *
     * @param badLines the count
     */
    public void setBadLines(long badLines) {
        this.badLines = badLines;
    }
}
