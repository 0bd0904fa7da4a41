package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 乡村法治人才角色 / Rural rule-of-law role. */
public enum RuralLegalRole implements Bilingual {
    /** 法治带头人 / rule-of-law leader. */
    RULE_OF_LAW_LEADER("法治带头人", "rule-of-law leader"),
    /** 法律明白人 / legally literate villager. */
    LEGALLY_LITERATE_VILLAGER("法律明白人", "legally literate villager");

    private final String zh;
    private final String en;

    RuralLegalRole(String zh, String en) {
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
