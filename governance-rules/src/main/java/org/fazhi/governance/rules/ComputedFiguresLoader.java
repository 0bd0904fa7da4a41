package org.fazhi.governance.rules;

import java.util.ServiceLoader;

/**
 * Loads the library's {@link ComputedFigures} once, on first use. It takes the indicators' implementation by
 * name, so another provider on the class path (which {@code ComputedFigures} does not invite) cannot stand in
 * for it.
 */
final class ComputedFiguresLoader {
    static final String IMPLEMENTATION = "org.fazhi.governance.indicators.service.IndicatorComputedFigures";

    static final ComputedFigures INSTANCE = ServiceLoader.load(ComputedFigures.class,
            ComputedFigures.class.getClassLoader()).stream()
            .filter(p -> p.type().getName().equals(IMPLEMENTATION)).findFirst()
            .map(ServiceLoader.Provider::get)
            .orElseThrow(() -> new IllegalStateException("no " + IMPLEMENTATION + " found: the governance-rules jar"
                    + " lost its META-INF/services entry / 未找到明细核对服务的实现：governance-rules 的 META-INF/services 缺失"));

    private ComputedFiguresLoader() {}
}
