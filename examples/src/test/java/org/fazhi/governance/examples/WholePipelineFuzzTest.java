package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.governance.indicators.IndicatorSheet;
import org.fazhi.governance.indicators.Indicators;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.testing.AdversarialInputs;
import org.fazhi.governance.report.AnnualReports;
import org.fazhi.governance.report.AnnualRuleOfLawReport;
import org.fazhi.governance.report.HtmlRenderer;
import org.fazhi.governance.report.MarkdownRenderer;
import org.fazhi.governance.report.ReportJson;
import org.fazhi.governance.report.SarifRenderer;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 全流程模糊测试 / Nothing a document can hold may crash, exhaust or hang the library: adversarial documents
 * ({@link AdversarialInputs}) are either refused at reading with {@link InvalidRecordException}, or go through
 * the whole pipeline a host runs: every rule evaluated (none may throw, which {@link RuleSet#evaluate} would
 * turn into a rule-error finding), every indicator computed, the annual report built and rendered in every
 * format and language, the record written raw and for export and read back equal. Any other exception, a
 * rule error or an unequal round trip is a failure. {@code -Dfazhi.fuzz.tries=100000} (the {@code fuzz}
 * profile) runs the long campaign; the Jazzer seed corpus of the model is replayed the same way.
 */
class WholePipelineFuzzTest {
    private static final int TRIES = Integer.getInteger("fazhi.fuzz.tries", 300);
    private static final RuleSet RULES = GovernanceRules.all();
    private static final String CORPUS = "org/fazhi/governance/model/RecordBindingFuzzTestInputs/"
            + "any_bytes_load_as_a_valid_record_or_fail_with_the_one_bad_input_exception";

    @Test
    void adversarial_documents_are_refused_or_survive_the_whole_pipeline() {
        qt().withExamples(TRIES).forAll(AdversarialInputs.documents()).checkAssert(document -> {
            try {
                survivesTheWholePipeline(document);
            } catch (RuntimeException | Error other) {
                fail("unexpected " + other + " for input " + preview(document), other);
            }
        });
    }

    static Stream<Arguments> corpus() throws IOException, URISyntaxException {
        URI dir = WholePipelineFuzzTest.class.getClassLoader().getResource(CORPUS).toURI();
        List<Arguments> out = new ArrayList<>();
        if ("jar".equals(dir.getScheme())) {
            FileSystem jar;
            try {
                jar = FileSystems.getFileSystem(dir);
            } catch (FileSystemNotFoundException notYet) {
                jar = FileSystems.newFileSystem(dir, Map.of());
            }
            read(jar.provider().getPath(dir), out);
        } else {
            read(Path.of(dir), out);
        }
        assertThat(out).as("the seed corpus of the model's test jar").hasSizeGreaterThanOrEqualTo(10);
        return out.stream();
    }

    private static void read(Path dir, List<Arguments> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().collect(Collectors.toList())) {
                out.add(Arguments.of(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void every_corpus_input_is_refused_or_survives_the_whole_pipeline(String name, byte[] input) {
        survivesTheWholePipeline(input);
    }

    /**
     * The whole-pipeline oracle: refused with a bilingual {@link InvalidRecordException} of at most
     * {@link RecordValidator#MAX_VIOLATIONS} + 1 violations, or read, checked, counted, reported, rendered and
     * written without any exception or rule error. Anything else propagates.
     *
     * @param input the document's bytes
     */
    static void survivesTheWholePipeline(byte[] input) {
        RuleOfLawRecord record;
        try {
            record = GovernanceJson.readRecord(input);
        } catch (InvalidRecordException refused) {
            assertThat(refused.violations()).isNotEmpty().hasSizeLessThanOrEqualTo(RecordValidator.MAX_VIOLATIONS + 1)
                    .allSatisfy(v -> assertThat(v.zh()).isNotBlank().isNotEqualTo(v.en()));
            return;
        }
        LocalDate asOf = LocalDate.of(record.year(), 12, 31);
        CheckContext context = CheckContext.of(asOf);
        CheckReport check = RULES.evaluate(record, context);
        assertThat(check.ruleErrors()).as("rules that threw").isEmpty();
        assertThat(check.toString()).isNotBlank();
        assertThat(check.inLocale(Locale.ENGLISH).toString()).isNotBlank();
        IndicatorSheet sheet = Indicators.sheet(record, context);
        AnnualRuleOfLawReport report = AnnualReports.build(record, check, sheet);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            assertThat(MarkdownRenderer.render(report, locale)).isNotBlank();
            assertThat(HtmlRenderer.render(report, locale)).isNotBlank();
            assertThat(SarifRenderer.render(check, RULES, "record.json", org.fazhi.governance.model.JsonLocations.index(input), locale, true)).isNotBlank();
        }
        assertThat(ReportJson.read(ReportJson.write(report))).isNotNull();
        assertThat(GovernanceJson.writeForExport(record)).isNotBlank();
        assertThat(GovernanceJson.readRecord(GovernanceJson.write(record))).isEqualTo(record);
    }

    private static String preview(byte[] document) {
        String text = new String(document, StandardCharsets.UTF_8);
        return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "… (" + document.length + " bytes)";
    }
}
