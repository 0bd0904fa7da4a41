package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 法律明白人遴选方式 / How a legally literate villager was chosen (乡村“法律明白人”培养工作规范（试行）). */
public enum RuralLegalSelection implements Bilingual {
    /** 个人自荐 / self-nomination. */
    SELF_NOMINATION("个人自荐", "self-nomination"),
    /** 村“两委”推荐 / nomination by the village Party and villagers' committees. */
    NOMINATED_BY_VILLAGE_COMMITTEES("村“两委”推荐", "nomination by the village Party and villagers' committees"),
    /** 其他方式 / another way. */
    OTHER("其他方式", "another way");

    private final String zh;
    private final String en;

    RuralLegalSelection(String zh, String en) {
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
