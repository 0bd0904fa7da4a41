package org.fazhi.governance.rules;

import java.util.ServiceLoader;

/** Loads the one {@link ComputedFigures} implementation once, on first use. */
final class ComputedFiguresLoader {
    static final ComputedFigures INSTANCE = ServiceLoader.load(ComputedFigures.class,
            ComputedFigures.class.getClassLoader()).findFirst().orElseThrow(() -> new IllegalStateException(
            "no implementation of " + ComputedFigures.class.getName() + " found: the governance-rules jar lost its"
                    + " META-INF/services entry / 未找到明细核对服务的实现：governance-rules 的 META-INF/services 缺失"));

    private ComputedFiguresLoader() {}
}
