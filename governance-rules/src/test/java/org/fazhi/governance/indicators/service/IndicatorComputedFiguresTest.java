package org.fazhi.governance.indicators.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.figure.DeclaredFigure;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.ComputedFigures;
import org.fazhi.governance.rules.TownshipsAccess;
import org.junit.jupiter.api.Test;

/** The indicators' answer to the FIG rules, computed once per record and context. */
class IndicatorComputedFiguresTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 25);

    @Test
    void the_library_implementation_is_the_one_the_rules_find() {
        assertThat(ComputedFigures.standard()).isInstanceOf(IndicatorComputedFigures.class);
    }

    @Test
    void two_rules_of_one_evaluation_share_one_computation_and_another_context_computes_anew() {
        RuleOfLawRecord record = RuleOfLawRecord.builder().from(TownshipsAccess.clean())
                .addDeclaredFigures(DeclaredFigure.count(StandardFigures.HOTLINE_TICKETS_HANDLED, 3, "办理诉求件 3 件")).build();
        CheckContext context = CheckContext.of(AS_OF);
        List<Optional<ComputedFigures.Comparison>> first = ComputedFigures.standard().compare(record, context);
        assertThat(first).hasSize(record.declaredFigures().size()).isNotEmpty();
        assertThat(ComputedFigures.standard().compare(record, context)).isSameAs(first);
        List<Optional<ComputedFigures.Comparison>> other = ComputedFigures.standard().compare(record, CheckContext.of(AS_OF));
        assertThat(other).isNotSameAs(first).isEqualTo(first);
    }
}
