package org.fazhi.governance.rules;

import org.fazhi.governance.model.RuleOfLawRecord;

/** Lets tests in other packages use the clean synthetic township. */
public final class TownshipsAccess {
    private TownshipsAccess() {}

    /** The clean township. */
    public static RuleOfLawRecord clean() {
        return Townships.clean().build();
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
