package org.fazhi.governance.indicators.service;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.governance.indicators.IndicatorResult;
import org.fazhi.governance.indicators.IndicatorValue;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.ComputedFigures;

/**
 * 明细核对（指标实现） / The indicators' answer to {@link ComputedFigures}: the record's indicator sheet, read per
 * declared figure. Found through {@link java.util.ServiceLoader}; public only because a service provider must be
 * (this package is not exported).
 */
public final class IndicatorComputedFigures implements ComputedFigures {
    /**
     * The last comparisons per record, so that the two FIG rules of one evaluation compute the record's sheet once:
     * keyed by the record's identity (weakly held), reused only for the same context object. Thread-safe.
     */
    private static final Cache<RuleOfLawRecord, Computed> RECENT = CacheBuilder.newBuilder().weakKeys()
            .maximumSize(64).build();

    /** The comparisons of a record in one context. */
    private record Computed(CheckContext context, List<Optional<Comparison>> comparisons) {}

    /** For the service loader. */
    public IndicatorComputedFigures() {}

    @Override
    public List<Optional<Comparison>> compare(RuleOfLawRecord record, CheckContext context) {
        Computed recent = RECENT.getIfPresent(record);
        if (recent != null && recent.context() == context) {
            return recent.comparisons();
        }
        List<Optional<Comparison>> comparisons = List.copyOf(computeAll(record, context));
        RECENT.put(record, new Computed(context, comparisons));
        return comparisons;
    }

    private static List<Optional<Comparison>> computeAll(RuleOfLawRecord record, CheckContext context) {
        Map<DeclaredFigure, IndicatorResult> byFigure = new IdentityHashMap<>();
        for (IndicatorResult res : Indicators.sheet(record, context).results()) {
            res.declared().ifPresent(f -> byFigure.putIfAbsent(f, res));
        }
        List<Optional<Comparison>> out = new ArrayList<>(record.declaredFigures().size());
        for (DeclaredFigure f : record.declaredFigures()) {
            out.add(Optional.ofNullable(byFigure.get(f)).map(res -> new Comparison(IndicatorResult.written(f),
                    res.computed().map(IndicatorValue::display),
                    res.computed().or(res::derived).map(IndicatorValue::toString), res.agrees())));
        }
        return out;
    }
}
