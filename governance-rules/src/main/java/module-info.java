/**
 * 法治规则与指标 / The Fazhi rules and indicators: pure functions of a record, with no I/O but the resources
 * bundled with them (holiday calendars, rule texts, labels).
 *
 * <p>Exported: the rule API and catalog ({@code rules}), the indicators ({@code indicators}) and the streaming
 * checker ({@code stream}). Not exported: {@code rules.internal} (procedure graphs), {@code indicators.internal}
 * (the counting machinery, exported to the Spark module only) and {@code indicators.service} (the indicators'
 * answer to the FIG rules' {@code ComputedFigures} service).
 */
module org.fazhi.governance.rules {
    requires static org.immutables.value.annotations;
    requires static java.compiler;
    requires static com.google.errorprone.annotations;

    requires transitive org.fazhi.governance.model;

    exports org.fazhi.governance.rules;
    exports org.fazhi.governance.stream;
    exports org.fazhi.governance.indicators;
    // the counting machinery behind IndicatorTally: the Spark aggregators count into buffers with it
    exports org.fazhi.governance.indicators.internal to org.fazhi.governance.spark;

    // the FIG rules compare declared figures with the indicators through this service, so that the rules package
    // does not depend on the indicators package (which depends on it)
    uses org.fazhi.governance.rules.ComputedFigures;
    provides org.fazhi.governance.rules.ComputedFigures
            with org.fazhi.governance.indicators.service.IndicatorComputedFigures;

    // Jackson binds the Immutables values of waivers and legal citations through their generated Json delegates
    opens org.fazhi.governance.rules to com.fasterxml.jackson.databind;
    opens org.fazhi.governance.indicators to com.fasterxml.jackson.databind;
}
