package org.fazhi.governance.model.figure;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 声明数字的单位 / The unit a declared figure is written in.
 *
 * <p>A count of things ({@link #COUNT}) says nothing of what it counts: the {@link FigureConcept} does
 * ("件", "名", "场"). Units of one {@linkplain #quantity() quantity} are interchangeable: a concept
 * measured in yuan accepts a figure written in 万元, and {@link #inBaseUnit} converts exactly.
 */
public enum FigureUnit implements Bilingual {
    /** 数量（件、个、名、次、场……） / a count of things. */
    COUNT("数量", "count", Quantity.COUNT, 1, true),
    /** 人次 / person-times. */
    PERSON_TIMES("人次", "person-times", Quantity.PERSON_TIMES, 1, true),
    /** 百分比 / percent. */
    PERCENT("百分比", "percent", Quantity.PERCENT, 1, false),
    /** 平均数（如每个一级网格的二级网格数） / an average (e.g. level-2 grids per level-1 grid). */
    AVERAGE("平均数", "average", Quantity.AVERAGE, 1, false),
    /** 每周次数 / times per week. */
    PER_WEEK("每周次数", "times per week", Quantity.FREQUENCY_WEEK, 1, false),
    /** 每月次数 / times per month. */
    PER_MONTH("每月次数", "times per month", Quantity.FREQUENCY_MONTH, 1, false),
    /** 课时（学时） / class hours. */
    CLASS_HOURS("课时", "class hours", Quantity.CLASS_HOURS, 1, false),
    /** 小时 / hours. */
    HOURS("小时", "hours", Quantity.HOURS, 1, false),
    /** 天 / days. */
    DAYS("天", "days", Quantity.DAYS, 1, false),
    /** 元 / yuan. */
    YUAN("元", "yuan", Quantity.MONEY, 1, false),
    /** 万元 / ten thousand yuan. */
    TEN_THOUSAND_YUAN("万元", "10,000 yuan", Quantity.MONEY, 10_000, false),
    /** 平方公里 / square kilometres. */
    SQUARE_KILOMETRES("平方公里", "km²", Quantity.AREA, 1, false);

    /** What a unit measures; units of one quantity convert into each other. */
    enum Quantity { COUNT, AVERAGE, PERSON_TIMES, PERCENT, FREQUENCY_WEEK, FREQUENCY_MONTH, CLASS_HOURS, HOURS, DAYS, MONEY, AREA }

    private final String zh;
    private final String en;
    private final Quantity quantity;
    private final long factor;
    private final boolean whole;

    FigureUnit(String zh, String en, Quantity quantity, long factor, boolean whole) {
        this.zh = zh;
        this.en = en;
        this.quantity = quantity;
        this.factor = factor;
        this.whole = whole;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    Quantity quantity() {
        return quantity;
    }

    /** Whether a figure in this unit must be a whole number (counts and person-times). */
    public boolean isWhole() {
        return whole;
    }

    /**
     * Whether a figure written in this unit can stand for a concept measured in {@code other}
     * (the same unit, or 万元 for yuan).
     *
     * @param other the concept's unit
     * @return true if the two measure the same quantity
     */
    public boolean isCompatibleWith(FigureUnit other) {
        return quantity == other.quantity;
    }

    /**
     * The value in the base unit of its quantity, exactly (5.2 万元 is 52000 元).
     *
     * @param value a value in this unit
     * @return the same amount in the base unit
     */
    public java.math.BigDecimal inBaseUnit(java.math.BigDecimal value) {
        return factor == 1 ? value : value.multiply(java.math.BigDecimal.valueOf(factor));
    }
}
