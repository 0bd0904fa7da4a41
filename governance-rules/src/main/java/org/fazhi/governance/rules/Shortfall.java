package org.fazhi.governance.rules;

/**
 * 不足 / What falls short of a rule that counts or covers something, as the {@code {what}} of its failure message.
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
    TOO_FEW_CENTRES,
    /** {unit} has no township-level reasoning room */
    NO_TOWNSHIP_LEVEL_REASONING_ROOM,
    /** {village} has no reasoning room */
    NO_REASONING_ROOM,
    /** {village} is covered by no level-1 grid */
    VILLAGE_WITHOUT_LEVEL_ONE_GRID,
    /** {village} has no standardised governance centre */
    NO_STANDARDISED_GOVERNANCE_CENTRE,
    /** {village} has no legal adviser */
    NO_LEGAL_ADVISER,
    /** only {advised} of {n} villages have a legal adviser */
    TOO_FEW_LEGAL_ADVISERS,
    /** the {heldOn} meeting of {grassrootsUnitId} had {present}/{members} present, fewer than two thirds */
    MEETING_WITHOUT_QUORUM,
    /** the {heldOn} decision of {grassrootsUnitId} had {inFavour} in favour, not a majority of those present */
    DECISION_WITHOUT_MAJORITY,
    /** {village} held no villager-representative meeting in quarter(s) {missed} */
    QUARTERS_WITHOUT_MEETING;
}
