package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 权责清单事项类别 / Category of a power-list item. */
public enum PowerCategory implements Bilingual {
    /** 行政处罚 / penalty. */
    PENALTY("行政处罚", "penalty"),
    /** 行政许可 / licensing. */
    LICENSING("行政许可", "licensing"),
    /** 行政强制 / coercion. */
    COERCION("行政强制", "coercion"),
    /** 行政检查 / inspection. */
    INSPECTION("行政检查", "inspection"),
    /** 行政征收 / collection. */
    COLLECTION("行政征收", "collection"),
    /** 行政给付 / payment. */
    PAYMENT("行政给付", "payment"),
    /** 行政确认 / confirmation. */
    CONFIRMATION("行政确认", "confirmation"),
    /** 行政奖励 / award. */
    AWARD("行政奖励", "award"),
    /** 行政裁决 / ruling. */
    RULING("行政裁决", "ruling"),
    /** 公共服务 / public service. */
    PUBLIC_SERVICE("公共服务", "public service"),
    /** 其他行政权力 / other power. */
    OTHER("其他行政权力", "other power");

    private final String zh;
    private final String en;

    PowerCategory(String zh, String en) {
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
