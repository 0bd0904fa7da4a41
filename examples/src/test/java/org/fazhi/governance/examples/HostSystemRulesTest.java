package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleGroup;
import org.fazhi.governance.rules.Waivers;
import org.junit.jupiter.api.Test;

/**
 * How a host system guards its own data in its own unit tests: one line per rule set, a waiver file for
 * the known exceptions, and an AssertionError that says what to fix when something breaks.
 */
class HostSystemRulesTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

    /** The host's record: here a synthetic township with one case handled by a single officer. */
    static RuleOfLawRecord hostRecord() {
        RuleOfLawRecord r = SyntheticCounty.withSeed(11).township(0, 0, 0);
        EnforcementCase ok = SyntheticCounty.enforcementCase(new java.util.SplittableRandom(1), "c2", 3);
        EnforcementCase alone = ok.withId("c1").withOfficers(OfficerPresence.builder().officerId("o0").certificateShown(true).build());
        return r.withEnforcementCases(List.of(alone, ok.withOfficers(OfficerPresence.builder().officerId("o0").certificateShown(true).build(),
                        OfficerPresence.builder().officerId("o1").certificateShown(true).build())))
                .withEnforcementOfficers(r.enforcementOfficers().stream()
                        .map(o -> o.withCertificates(o.certificates().get(0).withValidUntil(LocalDate.of(2026, 12, 31)))).toList());
    }

    static Waivers waivers() throws URISyntaxException {
        return Waivers.read(Path.of(HostSystemRulesTest.class.getResource("/host-waivers.json").toURI()));
    }

    @Test
    void enforcement_data_meets_the_enforcement_rules_with_the_approved_waivers() throws URISyntaxException {
        GovernanceRules.of(RuleGroup.ENFORCEMENT).withWaivers(waivers()).check(hostRecord(), AS_OF);
    }

    @Test
    void without_the_waiver_the_failure_message_says_what_where_and_how_to_fix() {
        AssertionError e = catchThrowableOfType(AssertionError.class, () -> GovernanceRules.of(RuleGroup.ENFORCEMENT).check(hostRecord(), AS_OF));
        assertThat(e).hasMessageContaining("[ERROR] ENF-TWO-OFFICERS /enforcementCases/0/officers: 案件 c1 只有 1 名执法人员出场")
                .hasMessageContaining("整改：每次执法安排至少两名持证执法人员");
    }

    @Test
    void the_waiver_file_is_not_stale() throws URISyntaxException {
        var report = GovernanceRules.of(RuleGroup.ENFORCEMENT).withWaivers(waivers()).evaluate(hostRecord(), AS_OF);
        assertThat(report.staleWaivers()).isEmpty();
        assertThat(report.waived()).hasSize(1);
    }
}
