package org.fazhi.governance.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 报告章节 / One section of 主要工作完成情况: its title, the facts the record gives, its figures, and
 * the tally of the rule checks that belong to it.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableReportSection.class)
@JsonDeserialize(as = ImmutableReportSection.class)
public interface ReportSection {
    /** 编号 / Stable id, e.g. {@code services-and-hotline}. */
    ReportSectionId id();

    /** 中文标题, e.g. （三）扎实开展“放管服”工作. */
    String titleZh();

    /** English title. */
    String titleEn();

    /** 中文要点 / Facts from the record, one sentence each. */
    List<String> factsZh();

    /** Facts in English. */
    List<String> factsEn();

    /** 指标 / Figures. */
    List<ReportLine> lines();

    /** 相关检查：通过数 / Rule checks of this section that pass. */
    int checksPassed();

    /** 相关检查：不符合数 / Unwaived failures. */
    int checksFailed();

    /** 相关检查：数据不足数 / Checks the data cannot decide. */
    int checksUndecided();

    /**
     * The title in a language.
     *
     * @param locale the language
     * @return the title
     */
    default String title(Locale locale) {
        return Bilingual.isChinese(locale) ? titleZh() : titleEn();
    }

    /**
     * The facts in a language.
     *
     * @param locale the language
     * @return the facts
     */
    default List<String> facts(Locale locale) {
        return Bilingual.isChinese(locale) ? factsZh() : factsEn();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ReportSection}. */
    final class Builder extends ImmutableReportSection.Builder {}
}
