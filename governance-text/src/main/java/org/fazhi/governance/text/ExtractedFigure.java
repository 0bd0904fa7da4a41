package org.fazhi.governance.text;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.FigureNotation;
import org.fazhi.governance.model.figure.FigurePeriod;
import org.fazhi.governance.model.figure.FigureQualifier;
import org.fazhi.governance.model.figure.FigureUnit;

/**
 * 从原文中提取的数字 / A figure found in a report's text: its value as written, unit, qualifier,
 * notation, period and channel, the catalog concept its wording identifies (or none: "unclassified"),
 * where it is, and the relations its wording states.
 *
 * <p>Relations point at other figures of the same extraction by {@linkplain #index() index}: the total it
 * is a part of (其中, 包括, 分别, 均, 全部), the count a rate is over (受理 130 件，满意率 97.56%), the count
 * that is a rate's numerator. Immutable.
 *
 * @param index the figure's place in {@link TextExtraction#figures()}
 * @param value the value as written, scaled (5万余 is 50000); percentages in percent
 * @param unit the unit the wording gives
 * @param qualifier 约数限定: 余/多/超/以上 at least, 约/近/左右 about, 以下/以内 at most
 * @param notation digits, words (两次, 三十余) or implied (均, 全部, 未发生, 无)
 * @param period 统计期间: the report year, 截至 a date, 今年以来, 累计
 * @param channel 渠道: the hotline or platform the sentence names (12345 …), for hotline figures
 * @param concept 数字概念: the concept the wording identifies; empty if unclassified
 * @param written the number as written, e.g. {@code 30 余场次}
 * @param quote 原文: the clause that states it, e.g. {@code 各类法治宣传教育活动 30 余场次}
 * @param heading 所在章节: the heading of the section it is in, if any
 * @param span where the number is
 * @param sentence where its sentence is
 * @param sentenceText the sentence
 * @param inSentence where {@code written} starts in {@code sentenceText}, for highlighting
 * @param partOf the index of the total it is a part of
 * @param base the index of the count it is a rate over
 * @param numerator the index of the count that is its numerator
 * @param wording the words that stated the relation or implied the figure (其中, 均, 未发生 …), if any
 */
public record ExtractedFigure(int index, BigDecimal value, FigureUnit unit, FigureQualifier qualifier, FigureNotation notation,
        FigurePeriod period, Optional<String> channel, Optional<FigureConcept> concept, String written, String quote,
        Optional<String> heading, TextSpan span, TextSpan sentence, String sentenceText, int inSentence, OptionalInt partOf, OptionalInt base,
        OptionalInt numerator, Optional<String> wording) {
    /**
     * Checks that nothing is missing.
     *
     * @throws NullPointerException naming the missing attribute
     */
    public ExtractedFigure {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(notation, "notation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(sentenceText, "sentenceText");
        if (inSentence < 0 || inSentence > sentenceText.length()) {
            throw new IllegalArgumentException("inSentence " + inSentence + " is outside the sentence / 数字在句中的位置越界");
        }
        Objects.requireNonNull(partOf, "partOf");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(wording, "wording");
    }

    /** Whether the wording identified a catalog concept. */
    public boolean classified() {
        return concept.isPresent();
    }

    /** The concept's id, or {@code unclassified}. */
    public String key() {
        return concept.map(FigureConcept::id).orElse("unclassified");
    }

    /** The value with its unit and qualifier for people, e.g. {@code ≥30}, {@code 97.56%}. */
    public String display() {
        String sign = qualifier == FigureQualifier.AT_LEAST ? "≥" : qualifier == FigureQualifier.ABOUT ? "≈"
                : qualifier == FigureQualifier.AT_MOST ? "≤" : "";
        return sign + value.toPlainString() + (unit == FigureUnit.PERCENT ? "%" : "");
    }

    @Override
    public String toString() {
        return "#" + index + " " + key() + " = " + display() + " '" + written + "' at " + span.lineColumn();
    }
}
