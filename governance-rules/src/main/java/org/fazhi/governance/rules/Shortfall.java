package org.fazhi.governance.rules;

/**
 * 不足 / What falls short of the grid rules, as the {@code {what}} of their failure message.
 *
 * <p>Filled into the Chinese template in Chinese and into the English one in English; the evidence records the
 * constant's name. Placeholders in a wording are filled from the finding's other evidence values.
 */
enum Shortfall implements Labelled {
    /** level-{level} grid {id} has no leader (branch secretary, group leader or grid leader) */
    GRID_WITHOUT_LEADER,
    /** {levelOneGrids} level-1 grids for {villages} villages: not every village is covered */
    TOO_FEW_LEVEL_ONE_GRIDS,
    /** {centres} village governance centres for {villages} villages */
    TOO_FEW_CENTRES;
}
