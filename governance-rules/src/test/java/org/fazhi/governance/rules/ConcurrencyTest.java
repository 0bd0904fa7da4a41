package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

/** One rule set shared by 8 threads over many records gives exactly the results of a single thread. */
class ConcurrencyTest {
    @Test
    void eight_threads_share_one_checker_and_get_the_single_threaded_results() throws Exception {
        List<RuleOfLawRecord> records = new ArrayList<>();
        qt().withExamples(40).forAll(ModelGenerators.records()).checkAssert(records::add);
        records.add(Townships.clean().build());
        records.add(CheckerTest.oneOfficerAlone());
        RuleSet shared = GovernanceRules.all();
        CheckContext ctx = CheckContext.of(LocalDate.of(2023, 12, 31));
        List<String> expected = new ArrayList<>();
        for (RuleOfLawRecord r : records) {
            expected.add(render(shared.evaluate(r, ctx), Indicators.sheet(r, ctx.asOf())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (RuleOfLawRecord r : records) {
                    futures.add(pool.submit(() -> render(shared.evaluate(r, ctx), Indicators.sheet(r, ctx.asOf()))));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % records.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String render(CheckReport report, IndicatorSheet sheet) {
        return report.findings().toString() + report.describe(Locale.ENGLISH) + sheet.tally() + sheet.results();
    }
}
