package org.fazhi.governance.indicators;

import java.util.Locale;

/** Renders the indicator catalog as Markdown ({@code docs/indicators.md}); a test keeps it in sync. */
final class IndicatorCatalogDocument {
    private IndicatorCatalogDocument() {}

    static String markdown() {
        StringBuilder sb = new StringBuilder("# 指标目录 / Indicator catalog\n\n");
        sb.append("<!-- Generated from the code by IndicatorCatalogDocumentTest; do not edit by hand. "
                + "Regenerate with -Dfazhi.updateDocs=true. -->\n\n");
        sb.append("比率一律保存分子和分母，仅在显示时按四舍五入（HALF_UP）保留两位小数；分母为 0 时为“不可计算”。"
                + "每个指标的 id 也是报告声明数字（DeclaredFigure）的键。\n\n");
        sb.append("Rates keep numerator and denominator; they are rounded HALF_UP to two decimals only when shown, "
                + "and a zero "
                + "denominator is \"not computable\". Each indicator's id is also the key of the report's declared "
                + "figure.\n\n");
        sb.append("| id | 指标 | Indicator | unit | 公式 / formula | 统计对象 / counts | target "
                + "|\n|---|---|---|---|---|---|---|\n");
        for (Indicator i : Indicator.values()) {
            sb.append("| `").append(i.id()).append("` | ").append(i.zh()).append(" | ").append(i.en()).append(" | ")
                    .append(i.unit().en()).append(" | ").append(i.formula(Locale.CHINESE)).append("<br>")
                    .append(i.formula(Locale.ENGLISH))
                    .append(" | ").append(i.counts(Locale.CHINESE)).append(" / ").append(i.counts(Locale.ENGLISH))
                    .append(" | ")
                    .append(i.targetParameter().map(t -> "`" + t + "`").orElse("")).append(" |\n");
        }
        return sb.toString();
    }
}
