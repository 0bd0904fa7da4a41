package org.fazhi.governance.rules;

import org.fazhi.governance.model.Bilingual;

/**
 * 不足 / What falls short of the grid rules, as the {@code {what}} of their failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum Shortfall implements Bilingual {
    /** level-{level} grid {id} has no leader (branch secretary, group leader or grid leader) */
    GRID_WITHOUT_LEADER("{level} 级网格 {id} 没有网格长（党支部书记、党小组组长或网格长）",
            "level-{level} grid {id} has no leader (branch secretary, group leader or grid leader)"),
    /** {levelOneGrids} level-1 grids for {villages} villages: not every village is covered */
    TOO_FEW_LEVEL_ONE_GRIDS("一级网格 {levelOneGrids} 个，少于村（社区）{villages} 个，未实现全域覆盖",
            "{levelOneGrids} level-1 grids for {villages} villages: not every village is covered"),
    /** {centres} village governance centres for {villages} villages */
    TOO_FEW_CENTRES("村级综治中心 {centres} 个，少于村（社区）{villages} 个",
            "{centres} village governance centres for {villages} villages");

    private final String zh;
    private final String en;

    Shortfall(String zh, String en) {
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
