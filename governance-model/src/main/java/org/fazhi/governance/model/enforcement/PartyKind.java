package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 当事人类别 / Kind of party: a citizen, or a legal person or other organisation (行政处罚法第五十一条 sets different on-the-spot limits). */
public enum PartyKind implements Bilingual {
    /** 公民 / natural person. */
    NATURAL_PERSON("公民", "natural person"),
    /** 法人或者其他组织 / legal person or other organisation. */
    ORGANISATION("法人或者其他组织", "legal person or other organisation");

    private final String zh;
    private final String en;

    PartyKind(String zh, String en) {
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
