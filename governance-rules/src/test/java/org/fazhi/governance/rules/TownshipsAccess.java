package org.fazhi.governance.rules;

import org.fazhi.governance.model.RuleOfLawRecord;

/** Lets tests in other packages use the clean synthetic township and a rule that throws. */
public final class TownshipsAccess {
    private TownshipsAccess() {}

    /** The clean township. */
    public static RuleOfLawRecord clean() {
        return Townships.clean().build();
    }

    /**
     * A host rule that always throws, with a phone number in its exception message.
     *
     * @param id its id
     * @param scope what it judges
     * @return the rule
     */
    public static Rule throwingRule(String id, RuleScope scope) {
        return CheckerTest.throwingRule(id, scope);
    }
}
