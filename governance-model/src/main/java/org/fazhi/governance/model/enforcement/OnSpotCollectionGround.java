package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 当场收缴罚款的法定情形 / The statutory grounds for collecting a fine on the spot (行政处罚法第六十八条、第六十九条). */
public enum OnSpotCollectionGround implements Bilingual {
    /** 依法给予一百元以下罚款 / a fine of 100 yuan or less. */
    UP_TO_100_YUAN("依法给予一百元以下罚款", "a fine of 100 yuan or less"),
    /** 不当场收缴事后难以执行 / hard to enforce unless collected on the spot. */
    HARD_TO_ENFORCE_LATER("不当场收缴事后难以执行", "hard to enforce unless collected on the spot"),
    /** 边远、水上、交通不便地区当事人到银行缴纳确有困难并提出 / remote, waterborne or hard-to-reach area, on the party's request. */
    REMOTE_AREA("边远、水上、交通不便地区当事人到银行缴纳确有困难并提出", "remote, waterborne or hard-to-reach area, on the party's request");

    private final String zh;
    private final String en;

    OnSpotCollectionGround(String zh, String en) {
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
