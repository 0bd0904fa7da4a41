package org.fazhi.governance.model.figure;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 约数限定词 / How a written number qualifies itself: exact, or approximate in one direction.
 *
 * <p>The qualifier belongs to the number ("30 余场", "近 700 人次", "超 5000 人次"), not to the words
 * around it: "村规民约" holds 约 and is no qualifier.
 */
public enum FigureQualifier implements Bilingual {
    /** 确数 / exact. */
    EXACT("确数", "exact"),
    /** 余、多、超、超过、逾、以上：不少于 / at least (余, 多, 超, 逾, 以上). */
    AT_LEAST("不少于（余、多、超、以上）", "at least"),
    /** 约、近、左右：大约 / about (约, 近, 左右). */
    ABOUT("大约（约、近、左右）", "about"),
    /** 不超过、以内、以下：不多于 / at most (不超过, 以内, 以下). */
    AT_MOST("不多于（不超过、以内）", "at most");

    private final String zh;
    private final String en;

    FigureQualifier(String zh, String en) {
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

    /** Whether the value is exact. */
    public boolean isExact() {
        return this == EXACT;
    }
}
