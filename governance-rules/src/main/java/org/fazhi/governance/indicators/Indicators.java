package org.fazhi.governance.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleParameters;

/**
 * 指标计算 / Computes the indicator sheet of a record or of many records rolled up.
 *
 * <p>Pure functions of their input and an explicit as-of date; thread-safe.
 */
public final class Indicators {
    private Indicators() {}

    /**
     * The sheet of one record with the default definitions and parameters.
     *
     * @param record a valid record
     * @param asOf the as-of date
     * @return the sheet
     */
    public static IndicatorSheet sheet(RuleOfLawRecord record, LocalDate asOf) {
        return sheet(record, asOf, IndicatorOptions.defaults(), RuleParameters.defaults());
    }

    /**
     * The sheet of one record: computed where the record has details, else declared, else derived.
     *
     * @param record a valid record
     * @param asOf the as-of date
     * @param options the host's definitions
     * @param parameters the rule parameters that set targets
     * @return the sheet
     */
    public static IndicatorSheet sheet(RuleOfLawRecord record, LocalDate asOf, IndicatorOptions options, RuleParameters parameters) {
        IndicatorTally tally = IndicatorTally.empty(asOf, options).add(record);
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Optional<IndicatorValue> computed = i.hasDetails(record) ? Optional.of(i.valueOf(tally)) : Optional.empty();
            Optional<IndicatorValue> derived = i.deriveFromDeclared(record);
            var declared = record.declaredFigure(i.id());
            IndicatorSource source = computed.isPresent() ? IndicatorSource.COMPUTED
                    : declared.isPresent() ? IndicatorSource.DECLARED
                    : derived.isPresent() ? IndicatorSource.DERIVED : IndicatorSource.UNAVAILABLE;
            results.add(new IndicatorResult(i, source, computed, derived, declared, target(i, asOf, parameters)));
        }
        return new IndicatorSheet(tally, results);
    }

    /**
     * The sheet of a roll-up (a county of townships): every value computed from the merged tally.
     *
     * @param tally the merged tally
     * @param parameters the rule parameters that set targets
     * @return the sheet
     */
    public static IndicatorSheet rollUp(IndicatorTally tally, RuleParameters parameters) {
        List<IndicatorResult> results = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            results.add(new IndicatorResult(i, IndicatorSource.COMPUTED, Optional.of(i.valueOf(tally)), Optional.empty(), Optional.empty(),
                    target(i, tally.asOf(), parameters)));
        }
        return new IndicatorSheet(tally, results);
    }

    private static Optional<BigDecimal> target(Indicator i, LocalDate asOf, RuleParameters parameters) {
        return i.targetParameter().flatMap(spec -> {
            String[] p = spec.split(":");
            return GovernanceRules.byId(p[0]).map(r -> parameters.value(r.descriptor(), p[1], asOf));
        });
    }
}
