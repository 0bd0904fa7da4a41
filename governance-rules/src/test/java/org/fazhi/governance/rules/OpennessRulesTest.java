package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.governance.rules.RuleAssertions.assertOnlyFailure;
import static org.fazhi.governance.rules.RuleAssertions.assertPasses;
import static org.fazhi.governance.rules.RuleAssertions.onlyFailure;
import static org.fazhi.governance.rules.Townships.clean;
import static org.fazhi.governance.rules.Townships.d;

import java.util.List;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.decision.InformationDisclosure;
import org.junit.jupiter.api.Test;

/** OPEN rules: government openness. */
class OpennessRulesTest {
    private static RuleOfLawRecord disclosures(InformationDisclosure proactive, InformationDisclosure request) {
        return clean().informationDisclosures(List.of(proactive, request)).build();
    }

    @Test
    void open_proactive_within_20_working_days() {
        assertPasses("OPEN-PROACTIVE-20WD", clean().build());
        List<InformationDisclosure> x = clean().build().informationDisclosures();
        assertOnlyFailure("OPEN-PROACTIVE-20WD", disclosures(x.get(0).withCompletedOn(d("2023-04-20")), x.get(1)))
                .at("/informationDisclosures/0/completedOn")
                .saysEn("information i1 (2023年财政预算) was formed on 2023-03-01 and was answered or published on "
                        + "2023-04-20, "
                        + "beyond 20 working days (2023-03-29)");
    }

    @Test
    void open_requests_within_20_working_days_or_40_when_extended() {
        assertPasses("OPEN-REQUEST-20WD", clean().build());
        List<InformationDisclosure> x = clean().build().informationDisclosures();
        InformationDisclosure late = x.get(1).withCompletedOn(d("2023-07-20"));
        assertThat(onlyFailure("OPEN-REQUEST-20WD", disclosures(x.get(0), late)).messageZh())
                .isEqualTo("公开申请 i2（宅基地审批信息）于 2023-06-01 收到，2023-07-20 才公开或答复，超过 20 个工作日（截止 2023-06-30）");  // 端午 06-22..24, 06-25 调休上班
        assertPasses("OPEN-REQUEST-20WD", disclosures(x.get(0), late.withExtended(true)));
    }
}
