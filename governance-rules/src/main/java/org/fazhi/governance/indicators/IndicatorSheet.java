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

    /**
     * Every library indicator's result in catalog order, then every other concept the record declares, in record
     * order.
     */
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
        return results.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The result of a catalog concept: a library indicator, or a concept the record only declares.
     *
     * @param concept the concept
     * @return its result, or empty when the concept is neither an indicator nor declared in the record
     */
    public Optional<IndicatorResult> get(org.fazhi.governance.model.figure.FigureConcept concept) {
        return get(concept.id());
    }
}
