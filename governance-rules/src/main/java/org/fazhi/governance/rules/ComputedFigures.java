package org.fazhi.governance.rules;

import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;

/**
 * 明细核对 / What a record's own entries compute for each figure its report declares: the service through which
 * the FIG rules (FIG-UNSUPPORTED-RATE, FIG-RECONCILE) compare declared figures with the indicators, so that the
 * rules package does not depend on the indicators package, which depends on it.
 *
 * <p>Not for hosts to implement: the indicators package provides the one implementation, found once with {@link
 * java.util.ServiceLoader} ({@code provides} in the module descriptor, {@code META-INF/services} on the class path).
 * Implementations are pure functions of the record and the context, and thread-safe.
 */
public interface ComputedFigures {
    /**
     * The comparison of every declared figure, in the order of {@link RuleOfLawRecord#declaredFigures()}.
     *
     * @param record the record
     * @param context the as-of date, calendar, parameters and indicator definitions
     * @return one entry per declared figure: empty where nothing in the records bears on it
     */
    List<Optional<Comparison>> compare(RuleOfLawRecord record, CheckContext context);

    /**
     * 核对结果 / What the records say about one declared figure.
     *
     * @param declared the figure as written, with its qualifier (e.g. {@code 97.56%}, {@code 300+})
     * @param computed the value computed from the record's entries, as displayed, if they allow it
     * @param computedOrDerived the computed value, else the value derived from other declared figures, with its
     *     numerator and denominator where it has them (e.g. {@code 120/130 (92.31%)})
     * @param agrees whether the declared figure agrees with it at the precision written; empty when nothing
     *     decides it
     */
    record Comparison(String declared, Optional<String> computed, Optional<String> computedOrDerived,
            Optional<Boolean> agrees) {}

    /**
     * The library's implementation.
     *
     * @return the service
     * @throws IllegalStateException if the indicators' implementation is not on the class or module path (a
     *     broken repackaging of the library)
     */
    static ComputedFigures standard() {
        return ComputedFiguresLoader.INSTANCE;
    }
}
