package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 陈述申辩的处理 / What the agency did with the party's statement and defence (行政处罚法第四十五条). */
public enum DefenceHandling implements Bilingual {
    /** 采纳 / adopted. */
    ADOPTED("采纳", "adopted"),
    /** 部分采纳 / partly adopted. */
    PARTLY_ADOPTED("部分采纳", "partly adopted"),
    /** 不予采纳并说明理由 / not adopted, with reasons. */
    NOT_ADOPTED("不予采纳并说明理由", "not adopted, with reasons");

    private final String zh;
    private final String en;

    DefenceHandling(String zh, String en) {
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
