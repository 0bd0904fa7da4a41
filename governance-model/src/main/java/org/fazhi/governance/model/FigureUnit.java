package org.fazhi.governance.model;

/** 声明数字的单位 / Unit of a declared figure. */
public enum FigureUnit implements Bilingual {
    /** 数量 / count. */
    COUNT("数量", "count"),
    /** 百分比 / percent. */
    PERCENT("百分比", "percent"),
    /** 每周次数 / times per week. */
    PER_WEEK("每周次数", "times per week");

    private final String zh;
    private final String en;

    FigureUnit(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
