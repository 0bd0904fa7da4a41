package org.fazhi.governance.rules;

import org.fazhi.governance.model.RuleOfLawRecord;

/** Lets tests in other packages use the clean synthetic township. */
public final class TownshipsAccess {
    private TownshipsAccess() {}

    /** The clean township. */
    public static RuleOfLawRecord clean() {
        return Townships.clean().build();
    }
}
