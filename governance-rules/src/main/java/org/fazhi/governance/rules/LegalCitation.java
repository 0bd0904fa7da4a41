package org.fazhi.governance.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 法律依据 / The legal source of a rule: document, number, article, issuing body, effective period and
 * the confidence grade of the catalog.
 */
@Value.Immutable
@FazhiStyle
@JsonSerialize(as = ImmutableLegalCitation.class)
@JsonDeserialize(as = ImmutableLegalCitation.class)
public interface LegalCitation {
    /** 文件名称 / Title in Chinese, e.g. 中华人民共和国行政处罚法. */
    String document();

    /** English title. */
    String documentEn();

    /** 文号 / Number, e.g. 国办发〔2018〕118号. */
    Optional<String> number();

    /** 条款 / Article in Chinese, e.g. 第四十二条第一款. */
    Optional<String> article();

    /** Article in English, e.g. Art. 42 ¶1. */
    Optional<String> articleEn();

    /** 制定机关 / Issuing body. */
    String issuingBody();

    /** 施行日期 / In force from. */
    Optional<LocalDate> effectiveFrom();

    /** 失效日期 / In force until, if superseded. */
    Optional<LocalDate> effectiveTo();

    /** 可信度 / Confidence grade A–D. */
    Confidence confidence();

    /** 参数是否未经核实 / True if the rule's threshold is not verified (grades C and D). */
    @Value.Derived
    default boolean unverified() {
        return confidence() == Confidence.C || confidence() == Confidence.D;
    }

    /**
     * The citation in one line: 《中华人民共和国行政处罚法》第四十二条第一款（A）.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the citation text
     */
    default String text(Locale locale) {
        boolean zh = Bilingual.isChinese(locale);
        StringBuilder sb = new StringBuilder();
        if (zh) {
            sb.append('《').append(document()).append('》');
            number().ifPresent(n -> sb.append('（').append(n).append('）'));
            article().ifPresent(sb::append);
            sb.append("（可信度 ").append(confidence().name());
            if (unverified()) {
                sb.append("，参数未经核实");
            }
            sb.append('）');
        } else {
            sb.append(documentEn());
            number().ifPresent(n -> sb.append(" (").append(n).append(')'));
            articleEn().ifPresent(a -> sb.append(", ").append(a));
            sb.append(" (confidence ").append(confidence().name());
            if (unverified()) {
                sb.append(", parameter unverified");
            }
            sb.append(')');
        }
        return sb.toString();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link LegalCitation}. */
    final class Builder extends ImmutableLegalCitation.Builder {}
}
