package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.governance.indicators.IndicatorSource;
import org.fazhi.governance.indicators.IndicatorUnit;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 报告指标行 / One figure in a report section: an indicator's name, value, where the value came from,
 * its target, and whether it agrees with what the report declared.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableReportLine.class)
@JsonDeserialize(as = ImmutableReportLine.class)
public interface ReportLine {
    /** 指标编号 / Indicator id. */
    String indicatorId();

    /** 中文名称. */
    String labelZh();

    /** English label. */
    String labelEn();

    /** 显示值 / The value as shown, e.g. {@code 97.56%}, {@code 30+}, {@code —}. */
    String value();

    /** 数值 / The value as a number for charts (percent for rates), if known. */
    Optional<java.math.BigDecimal> number();

    /** 单位 / Count, percent or average. */
    IndicatorUnit unit();

    /** 来源 / Computed, declared, derived or unavailable. */
    IndicatorSource source();

    /** 目标 / The target, if a rule parameter sets one. */
    Optional<java.math.BigDecimal> target();

    /** 与声明是否一致 / Whether the computed value agrees with the declared one, when both exist. */
    Optional<Boolean> agreesWithDeclared();

    /** 原文 / The report's quote, when declared. */
    Optional<String> quote();

    /**
     * The label in a language.
     *
     * @param locale the language
     * @return the label
     */
    default String label(Locale locale) {
        return Bilingual.isChinese(locale) ? labelZh() : labelEn();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReportLine}. */
    final class Builder extends ImmutableReportLine.Builder {}
}
