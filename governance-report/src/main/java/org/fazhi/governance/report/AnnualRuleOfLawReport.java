package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 法治政府建设年度报告 / The annual rule-of-law government report of a unit, as structured data.
 *
 * <p>It follows the seed report's outline and the parts the 督察工作规定 requires: 主要工作完成情况
 * (one {@link ReportSection} per system), 存在问题及短板 (the unit's own words plus every failing and
 * undecidable check), 意见建议 (the unit's recommendations plus the remediations of the failures), and
 * the signature and date. Built by {@link AnnualReports#build}; rendered by {@link MarkdownRenderer},
 * {@link HtmlRenderer}, {@link ReportJson} and {@link SarifRenderer}. Immutable.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableAnnualRuleOfLawReport.class)
@JsonDeserialize(as = ImmutableAnnualRuleOfLawReport.class)
public interface AnnualRuleOfLawReport {
    /** The version of the report's JSON form that this library writes: {@value}. */
    String FORMAT_VERSION = "1.0";

    /**
     * 格式版本 / The version of the JSON form, {@code major.minor}: a reader accepts its own major version
     * ({@link ReportJson#read} refuses another); minor versions only add properties.
     */
    @Value.Default
    default String formatVersion() {
        return FORMAT_VERSION;
    }

    /** 单位名称. */
    String unitName();

    /** 年度. */
    int year();

    /** 检查截止日期 / The as-of date of the checks. */
    LocalDate asOf();

    /** 主要工作完成情况 / The sections, in the seed's order. */
    List<ReportSection> sections();

    /** 单位自述的问题和短板 / Shortcomings in the unit's own words. */
    List<String> declaredShortcomings();

    /** 检查发现的问题 / Failures and undecidable checks, ERROR first. */
    List<ReportIssue> issues();

    /** 单位自述的意见建议 / Recommendations in the unit's own words. */
    List<String> declaredRecommendations();

    /** 检查结论汇总 / Findings by outcome (PASS, FAIL, NOT_APPLICABLE, INSUFFICIENT_DATA, WAIVED). */
    Map<String, Integer> checkSummary();

    /** 是否通过（无未豁免的错误） / True when no ERROR failure is left. */
    boolean passing();

    /** 落款日期 / The signing date, if recorded. */
    Optional<LocalDate> signedOn();

    /** 工作日历提示 / The check's note, in Chinese, that its as-of date lies outside the working-day calendar's years, if it does. */
    Optional<String> calendarNoteZh();

    /** The check's note, in English, that its as-of date lies outside the working-day calendar's years, if it does. */
    Optional<String> calendarNoteEn();

    /**
     * 工作日历提示 / The calendar note in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the note, empty when the as-of date's year is covered
     */
    default Optional<String> calendarNote(Locale locale) {
        return Bilingual.isChinese(locale) ? calendarNoteZh() : calendarNoteEn();
    }

    /**
     * 标题 / The title in a language.
     *
     * @param locale the language
     * @return e.g. 国宝乡 2023 年法治政府建设年度报告
     */
    default String title(Locale locale) {
        return Bilingual.isChinese(locale)
                ? unitName() + " " + year() + " 年法治政府建设年度报告"
                : "Annual rule-of-law government report " + year() + ": " + unitName();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link AnnualRuleOfLawReport}. */
    final class Builder extends ImmutableAnnualRuleOfLawReport.Builder {}
}
