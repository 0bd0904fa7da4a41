package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.Violation;
import org.junit.jupiter.api.Test;

/** A misspelt waiver is refused when the baseline is made, at its JSON path, with what to write instead. */
class WaiverValidationTest {
    private static Waiver waiver(String ruleId, String subject) {
        return Waiver.builder().ruleId(ruleId).subject(subject).reason("依据待补录").approvedBy("县司法局").expires(LocalDate.of(2024, 6, 30)).build();
    }

    @Test
    void withWaivers_unknownRuleId_isRefusedWithTheNearestIds() {
        Waivers w = Waivers.of(List.of(waiver("ENF-TWO-OFFICERS", "EnforcementCase:c1"), waiver("ENF-TWO-OFICERS", "EnforcementCase:c2"),
                waiver("NO-SUCH-THING-AT-ALL", "EnforcementCase:c3")));
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> GovernanceRules.all().withWaivers(w));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("/1/ruleId", "/2/ruleId");
        assertThat(e.violations().get(0).en()).isEqualTo("waiver names rule 'ENF-TWO-OFICERS', which does not exist; did you mean ENF-TWO-OFFICERS?");
        assertThat(e.violations().get(0).zh()).isEqualTo("豁免针对的规则“ENF-TWO-OFICERS”不存在；是否指 ENF-TWO-OFFICERS？");
        assertThat(e.violations().get(1).en()).endsWith("see docs/rules.md for the rule ids");
    }

    @Test
    void withWaivers_catalogRuleOutsideTheGroup_isAccepted_andHostRulesCount() {
        Waivers w = Waivers.of(List.of(waiver("GRID-SIZE", "Grid:g1")));
        assertThat(GovernanceRules.of(RuleGroup.ENFORCEMENT).withWaivers(w).waivers()).isSameAs(w);
        Rule host = Rule.of(RuleDescriptor.builder().from(GovernanceRules.all().rules().get(0).descriptor()).id("HOST-FJ-ONE").build(), (r, ctx, out) -> out.notApplicable(""));
        assertThat(RuleSet.of(List.of(host)).withWaivers(Waivers.of(List.of(waiver("HOST-FJ-ONE", "Grid:g1")))).rules()).hasSize(1);
    }

    @Test
    void of_subjectWithoutItsKind_isRefusedWithTheFormToWrite() {
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class,
                () -> Waivers.of(List.of(waiver("ENF-TWO-OFFICERS", "c1"), waiver("ENF-TWO-OFFICERS", "EnforcmentCase:c1"),
                        waiver("ENF-TWO-OFFICERS", "enforcementCase:c2"), waiver("HOST-X", "VillageClinic:v1"))));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("/0/subject", "/1/subject", "/2/subject");
        assertThat(e.violations().get(0).en()).isEqualTo("subject 'c1' must be written Kind:key, e.g. EnforcementCase:c1");
        assertThat(e.violations().get(0).zh()).isEqualTo("对象“c1”应写成“类型:编号”，例如 EnforcementCase:c1");
        assertThat(e.violations().get(1).en()).isEqualTo("subject kind 'EnforcmentCase' is misspelt; did you mean EnforcementCase:c1?");
        assertThat(e.violations().get(2).en()).isEqualTo("subject 'enforcementCase:c2' must be written Kind:key, e.g. EnforcementCase:c2");
    }

    @Test
    void parse_reportsEveryBadEntryAtItsPath() {
        InvalidRecordException e = catchThrowableOfType(InvalidRecordException.class, () -> Waivers.parse("[{\"ruleId\":\"ENF-TWO-OFFICERS\","
                + "\"subject\":\"c1\",\"reason\":\"r\",\"approvedBy\":\"a\",\"expires\":\"2024-01-01\"}]"));
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("/0/subject"));
    }
}
