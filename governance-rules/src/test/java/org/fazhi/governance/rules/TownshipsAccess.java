package org.fazhi.governance.rules;

import org.fazhi.governance.model.RuleOfLawRecord;

/** Lets tests in other packages use the clean synthetic township and a rule that throws. */
public final class TownshipsAccess {
    private TownshipsAccess() {}

    /** The clean township. */
    public static RuleOfLawRecord clean() {
        return Townships.clean().build();
    }

    /** The clean township's penalty case c1, its whole life on file. */
    public static org.fazhi.governance.model.enforcement.EnforcementCase penaltyCase() {
        return Townships.penaltyCase();
    }

    /** The clean township's seizure c2. */
    public static org.fazhi.governance.model.enforcement.EnforcementCase coercionCase() {
        return Townships.coercionCase();
    }

    /** The 2018 holiday notice a host loads from a resource. */
    public static HolidayNotice notice2018() {
        return HolidayNoticeTest.notice2018();
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
