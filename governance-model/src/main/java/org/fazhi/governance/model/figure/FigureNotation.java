package org.fazhi.governance.model.figure;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 数字的写法 / How the report wrote the figure: in digits, in words, or not at all.
 */
public enum FigureNotation implements Bilingual {
    /** 阿拉伯数字 / in digits ("130 件"). */
    DIGITS("阿拉伯数字", "digits"),
    /** 汉字数字 / in Chinese numerals or words ("两次", "三十余场", "双百"). */
    WORDS("汉字数字", "words"),
    /**
     * 隐含：未写数字的断言 / implied by an assertion without a number: "实现全覆盖" (100 %),
     * "均履行法定程序" (all of a stated count), "未发生" (zero).
     */
    IMPLIED("隐含（无数字的断言）", "implied by an assertion");

    private final String zh;
    private final String en;

    FigureNotation(String zh, String en) {
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
