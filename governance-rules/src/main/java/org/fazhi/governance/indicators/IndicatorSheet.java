package org.fazhi.governance.indicators;

import java.util.List;
import java.util.Optional;

/**
 * 指标表 / Every indicator of one record (or a roll-up), in catalog order, with the tally behind them.
 *
 * <p>Immutable.
 */
public final class IndicatorSheet {
    private final IndicatorTally tally;
    private final List<IndicatorResult> results;

    IndicatorSheet(IndicatorTally tally, List<IndicatorResult> results) {
        this.tally = tally;
        this.results = List.copyOf(results);
    }

    /** The counts behind the computed values. */
    public IndicatorTally tally() {
        return tally;
    }

    /** Every indicator's result, in catalog order. */
    public List<IndicatorResult> results() {
        return results;
    }

    /**
     * One indicator's result.
     *
     * @param indicator the indicator
     * @return its result
     */
    public IndicatorResult get(Indicator indicator) {
        return results.get(indicator.ordinal());
    }

    /**
     * One indicator's result by id.
     *
     * @param id e.g. {@code hotline.satisfactionRate}
     * @return its result, or empty for an unknown id
     */
    public Optional<IndicatorResult> get(String id) {
        return Indicator.byId(id).map(this::get);
    }
}
