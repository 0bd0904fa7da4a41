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

    /**
     * The clean township with the ids the model's generated stream entities ({@code ModelGenerators.streamedTickets},
     * {@code streamedCases}) refer to: officers o0 to o9, power-list items pw0 to pw9 of every category, reviewer r0
     * and villages v0 to v9, besides its own. Its own cases and tickets are kept; a stream checker ignores them.
     */
    public static RuleOfLawRecord streamReference() {
        RuleOfLawRecord.Builder b = Townships.clean();
        org.fazhi.governance.model.enforcement.PowerCategory[] categories = org.fazhi.governance.model.enforcement.PowerCategory.values();
        for (int i = 0; i < 10; i++) {
            if (i == 1 || i == 2) {
                continue;
            }
            b.addEnforcementOfficer(Townships.officer("o" + i, "p1"));
            b.addPowerList(org.fazhi.governance.model.enforcement.PowerListItem.builder().id("pw" + i).name("事项" + i)
                    .category(categories[i % categories.length]).addLegalBasis("《中华人民共和国行政处罚法》").responsibleBody("综合执法队")
                    .addDuty("依法办理").publishedOn(java.time.LocalDate.of(2023, 1, 1)).build());
        }
        b.addLegalReviewer(org.fazhi.governance.model.enforcement.LegalReviewer.builder().id("r0").personId("p5")
                .legalProfessionalQualification(true).firstAssignedOn(java.time.LocalDate.of(2022, 1, 1)).build());
        RuleOfLawRecord r = b.build();
        java.util.List<org.fazhi.governance.model.GrassrootsUnit> villages = new java.util.ArrayList<>(r.unit().grassrootsUnits());
        for (int i = 0; i < 10; i++) {
            if (i != 1 && i != 2) {
                villages.add(org.fazhi.governance.model.GrassrootsUnit.builder().id("v" + i).name("村" + i)
                        .kind(org.fazhi.governance.model.GrassrootsKind.VILLAGE).build());
            }
        }
        return r.withUnit(r.unit().withGrassrootsUnits(villages));
    }
}
