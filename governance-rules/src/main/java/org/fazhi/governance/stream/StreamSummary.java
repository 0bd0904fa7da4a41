package org.fazhi.governance.stream;

import java.util.List;
import java.util.Map;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.rules.Outcome;

/**
 * 流式检查汇总 / What a pass over a JSON Lines stream found: good and bad lines, findings by outcome,
 * the indicator tally of the good lines, and how far the duplicate-id check reached. Immutable.
 */
public final class StreamSummary {
    private final long goodLines;
    private final long badLines;
    private final List<BadLine> firstBadLines;
    private final Map<Outcome, Long> findings;
    private final IndicatorTally tally;
    private final long idsChecked;
    private final boolean idCheckComplete;

    StreamSummary(long goodLines, long badLines, List<BadLine> firstBadLines, Map<Outcome, Long> findings,
            IndicatorTally tally,
            long idsChecked, boolean idCheckComplete) {
        this.goodLines = goodLines;
        this.badLines = badLines;
        this.firstBadLines = List.copyOf(firstBadLines);
        this.findings = Map.copyOf(findings);
        this.tally = tally;
        this.idsChecked = idsChecked;
        this.idCheckComplete = idCheckComplete;
    }

    /** Lines read as valid entities. */
    public long goodLines() {
        return goodLines;
    }

    /** Lines refused (each was also given to the bad-line consumer). */
    public long badLines() {
        return badLines;
    }

    /** The first bad lines (at most {@link EntityStreamChecker#KEPT_BAD_LINES}); all went to the consumer. */
    public List<BadLine> firstBadLines() {
        return firstBadLines;
    }

    /** Findings by outcome (not-applicable ones are not counted per line). */
    public Map<Outcome, Long> findings() {
        return findings;
    }

    /** The indicator tally of the good lines. */
    public IndicatorTally tally() {
        return tally;
    }

    /** How many ids the duplicate-id check remembered. */
    public long idsChecked() {
        return idsChecked;
    }

    /**
     * True when every good line's id was checked for duplicates; false when the stream had more ids than
     * the configured memory limit, so duplicates past the limit were not looked for.
     */
    public boolean idCheckComplete() {
        return idCheckComplete;
    }

    @Override
    public String toString() {
        return "StreamSummary[good=" + goodLines + ", bad=" + badLines + ", findings=" + findings + ", idsChecked="
                + idsChecked
                + (idCheckComplete ? "" : " (duplicate-id check limited)") + "]";
    }
}
