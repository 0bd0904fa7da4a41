package org.fazhi.governance.indicators.service;

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
    /** For the service loader. */
    public IndicatorComputedFigures() {}

    @Override
    public List<Optional<Comparison>> compare(RuleOfLawRecord record, CheckContext context) {
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
