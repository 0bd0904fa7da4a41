package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 法治宣传主题 / Theme of a legal-publicity event. */
public enum PublicityTheme implements Bilingual {
    /** 宪法宣传 / Constitution. */
    CONSTITUTION("宪法宣传", "Constitution"),
    /** 民法典专题宣传 / Civil Code. */
    CIVIL_CODE("民法典专题宣传", "Civil Code"),
    /** “6.26”禁毒法治宣传 / anti-drug (26 June). */
    DRUG_CONTROL("“6.26”禁毒法治宣传", "anti-drug (26 June)"),
    /** 社区矫正法宣传 / Community Correction Law. */
    COMMUNITY_CORRECTION("社区矫正法宣传", "Community Correction Law"),
    /** 反有组织犯罪法、扫黑除恶 / Anti-Organized Crime Law. */
    ANTI_ORGANIZED_CRIME("反有组织犯罪法、扫黑除恶", "Anti-Organized Crime Law"),
    /** 其他主题 / other theme. */
    OTHER("其他主题", "other theme");

    private final String zh;
    private final String en;

    PublicityTheme(String zh, String en) {
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
