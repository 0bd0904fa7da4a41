package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.junit.jupiter.api.Test;

/** The host-catalog example finds exactly the two impossibilities its synthetic record plants. */
class HostCatalogExampleTest {
    @Test
    void the_province_catalog_reads_the_record_and_the_audit_finds_both_planted_figures() {
        assertThat(HostCatalogExample.provinceCatalog().size()).isEqualTo(org.fazhi.governance.model.figure.FigureCatalog.standard().size() + 3);
        RuleOfLawRecord r = HostCatalogExample.load();
        assertThat(GovernanceRules.all().evaluate(r, LocalDate.of(2024, 12, 31)).failures()).extracting(Finding::ruleId, Finding::path)
                .containsExactlyInAnyOrder(tuple("FIG-PERCENT-DENOMINATOR", "/declaredFigures/2"), tuple("FIG-PART-TOTAL", "/declaredFigures/3"));
    }
}
