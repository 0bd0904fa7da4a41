package org.fazhi.governance.model.figure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 数字概念 / A concept of the figure catalog: what a declared figure means (XBRL's <em>concept</em>).
 *
 * <p>A concept has a stable {@linkplain #id() id} such as {@code hotline.ticketsHandled}, Chinese and
 * English names, the {@linkplain #unit() unit} it is measured in, the {@linkplain #section() area of
 * work} it belongs to, what it counts, and its legal or policy source. It may state the calculation
 * relations of the catalog: a total that is the {@linkplain #sumOf() sum of named parts}, or a rate
 * over a {@linkplain #numerator() numerator} and a {@linkplain #base() base}. The library ships the
 * {@linkplain FigureCatalog#standard() standard catalog}; hosts add concepts of their own with the same
 * metadata through {@link FigureCatalog#extend}. Records refer to a concept by its id; the reader
 * resolves it against the catalog it is given, so an unregistered id never reaches the rules.
 *
 * <p>Immutable and thread-safe; equal when every attribute is equal.
 */
public final class FigureConcept implements Bilingual {
    static final Pattern ID = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z0-9][A-Za-z0-9]*){1,4}");

    private final String id;
    private final String zh;
    private final String en;
    private final FigureUnit unit;
    private final FigureSection section;
    private final String countsZh;
    private final String countsEn;
    private final String sourceZh;
    private final String sourceEn;
    private final List<String> sumOf;
    private final Optional<String> numerator;
    private final Optional<String> base;

    private FigureConcept(Builder b) {
        this.id = require(b.id, "id");
        this.zh = require(b.zh, "zh");
        this.en = require(b.en, "en");
        this.unit = Objects.requireNonNull(b.unit, "unit / 单位");
        this.section = Objects.requireNonNull(b.section, "section / 领域");
        this.countsZh = require(b.countsZh, "countsZh");
        this.countsEn = require(b.countsEn, "countsEn");
        this.sourceZh = require(b.sourceZh, "sourceZh");
        this.sourceEn = require(b.sourceEn, "sourceEn");
        this.sumOf = List.copyOf(b.sumOf);
        this.numerator = Optional.ofNullable(b.numerator);
        this.base = Optional.ofNullable(b.base);
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("figure concept id '" + id + "' must be dotted lower camel case with 2 to 5 parts, e.g. "
                    + "hotline.ticketsHandled / 数字概念编号“" + id + "”应为 2 至 5 段、以点分隔的小驼峰形式，例如 hotline.ticketsHandled");
        }
        boolean rate = numerator.isPresent() || base.isPresent();
        if (rate && unit != FigureUnit.PERCENT) {
            throw new IllegalArgumentException("concept " + id + " has a numerator or base but is measured in " + unit.en()
                    + ", not percent / 数字概念 " + id + " 有分子或分母，单位却是" + unit.zh() + "而不是百分比");
        }
        if (rate && !sumOf.isEmpty()) {
            throw new IllegalArgumentException("concept " + id + " cannot be both a rate and a sum / 数字概念 " + id + " 不能既是比率又是合计");
        }
        if (sumOf.contains(id) || numerator.filter(id::equals).isPresent() || base.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("concept " + id + " refers to itself / 数字概念 " + id + " 引用了自身");
        }
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("figure concept attribute '" + name + "' is missing or blank / 数字概念缺少属性“" + name + "”");
        }
        if (value.length() > 500) {
            throw new IllegalArgumentException("figure concept attribute '" + name + "' is longer than 500 characters / 数字概念属性“"
                    + name + "”超过 500 个字符");
        }
        return value;
    }

    /** 编号 / The stable id, dotted lower camel case, e.g. {@code hotline.ticketsHandled}. */
    public String id() {
        return id;
    }

    /** 中文名称 / The Chinese name, e.g. 热线受理（办理）件数. */
    @Override
    public String zh() {
        return zh;
    }

    /** English name, e.g. "hotline tickets handled". */
    @Override
    public String en() {
        return en;
    }

    /** 单位 / The unit the concept is measured in; a figure may use a {@linkplain FigureUnit#isCompatibleWith compatible} one. */
    public FigureUnit unit() {
        return unit;
    }

    /** 所属领域 / The area of work; the annual report shows the figure there. */
    public FigureSection section() {
        return section;
    }

    /**
     * 统计对象 / What the concept counts, in the reader's language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the definition, never empty
     */
    public String counts(java.util.Locale locale) {
        return Bilingual.isChinese(locale) ? countsZh : countsEn;
    }

    /**
     * 依据 / The legal or policy source that asks for this figure, in the reader's language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the source, never empty
     */
    public String source(java.util.Locale locale) {
        return Bilingual.isChinese(locale) ? sourceZh : sourceEn;
    }

    /** 合计的组成部分 / For a total: the ids of the named parts it is the sum of (all of them); empty otherwise. */
    public List<String> sumOf() {
        return sumOf;
    }

    /** 比率的分子 / For a rate: the id of the concept counting its numerator, if the catalog names one. */
    public Optional<String> numerator() {
        return numerator;
    }

    /** 比率的分母 / For a rate: the id of the concept counting its base, if the catalog names one. */
    public Optional<String> base() {
        return base;
    }

    /** Whether the concept is a rate (measured in percent). */
    public boolean isRate() {
        return unit == FigureUnit.PERCENT;
    }

    /** A builder pre-filled with this concept's attributes. */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).zh(zh).en(en).unit(unit).section(section).counts(countsZh, countsEn).source(sourceZh, sourceEn)
                .sumOf(sumOf);
        numerator.ifPresent(b::numerator);
        base.ifPresent(b::base);
        return b;
    }

    /**
     * A new builder. Every attribute but {@code sumOf}, {@code numerator} and {@code base} is required.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof FigureConcept)) {
            return false;
        }
        FigureConcept c = (FigureConcept) o;
        return id.equals(c.id) && zh.equals(c.zh) && en.equals(c.en) && unit == c.unit && section == c.section
                && countsZh.equals(c.countsZh) && countsEn.equals(c.countsEn) && sourceZh.equals(c.sourceZh)
                && sourceEn.equals(c.sourceEn) && sumOf.equals(c.sumOf) && numerator.equals(c.numerator) && base.equals(c.base);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, unit, section, zh);
    }

    /** The id, e.g. {@code hotline.ticketsHandled}. */
    @Override
    public String toString() {
        return id;
    }

    /** Builds a {@link FigureConcept}; not thread-safe. */
    public static final class Builder {
        private String id;
        private String zh;
        private String en;
        private FigureUnit unit;
        private FigureSection section;
        private String countsZh;
        private String countsEn;
        private String sourceZh;
        private String sourceEn;
        private List<String> sumOf = List.of();
        private String numerator;
        private String base;

        private Builder() {}

        /** @param id the stable id @return this builder */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** @param zh the Chinese name @return this builder */
        public Builder zh(String zh) {
            this.zh = zh;
            return this;
        }

        /** @param en the English name @return this builder */
        public Builder en(String en) {
            this.en = en;
            return this;
        }

        /** @param unit the unit @return this builder */
        public Builder unit(FigureUnit unit) {
            this.unit = unit;
            return this;
        }

        /** @param section the area of work @return this builder */
        public Builder section(FigureSection section) {
            this.section = section;
            return this;
        }

        /** @param zh what it counts, in Chinese @param en in English @return this builder */
        public Builder counts(String zh, String en) {
            this.countsZh = zh;
            this.countsEn = en;
            return this;
        }

        /** @param zh the legal or policy source, in Chinese @param en in English @return this builder */
        public Builder source(String zh, String en) {
            this.sourceZh = zh;
            this.sourceEn = en;
            return this;
        }

        /** @param parts the ids of all the parts this total is the sum of @return this builder */
        public Builder sumOf(List<String> parts) {
            this.sumOf = List.copyOf(parts);
            return this;
        }

        /** @param id the id of the rate's numerator concept @return this builder */
        public Builder numerator(String id) {
            this.numerator = id;
            return this;
        }

        /** @param id the id of the rate's base concept @return this builder */
        public Builder base(String id) {
            this.base = id;
            return this;
        }

        /**
         * The concept.
         *
         * @return the concept
         * @throws IllegalArgumentException naming the missing or malformed attribute, in English and Chinese
         */
        public FigureConcept build() {
            return new FigureConcept(this);
        }
    }
}
