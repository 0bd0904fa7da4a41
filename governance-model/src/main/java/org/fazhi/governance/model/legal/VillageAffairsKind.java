package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 村务公开事项 / What a village made public (村民委员会组织法第三十条、第三十三条). */
public enum VillageAffairsKind implements Bilingual {
    /** 一般村务事项 / general village affairs. */
    GENERAL_AFFAIRS("一般村务事项", "general village affairs"),
    /** 财务收支 / income and expenditure. */
    FINANCES("财务收支", "income and expenditure"),
    /** 涉及村民利益的重大事项 / a major matter of villagers' interest. */
    MAJOR_MATTER("涉及村民利益的重大事项", "a major matter of villagers' interest"),
    /** 民主评议村干部 / democratic review of village officers. */
    DEMOCRATIC_REVIEW("民主评议村干部", "democratic review of village officers");

    private final String zh;
    private final String en;

    VillageAffairsKind(String zh, String en) {
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
