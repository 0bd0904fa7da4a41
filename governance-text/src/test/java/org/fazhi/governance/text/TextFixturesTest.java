package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text fixtures composed from the figures of the real-report fixtures (facts and short phrases, in the
 * style of the reports), each with its expected figures, the numbers that must not become figures, the
 * findings and the relations. Precision and recall are asserted on every fixture.
 */
class TextFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> fixtures() {
        return Fixtures.textFixtures().stream();
    }

    private static JsonNode expected(Path fixture) throws IOException {
        return JSON.readTree(Fixtures.expected(fixture).toFile());
    }

    private static String key(String concept, BigDecimal value, String unit, String qualifier, String notation) {
        return concept + "=" + value.stripTrailingZeros().toPlainString() + " " + unit + " " + qualifier + " " + notation;
    }

    @Test
    void fixtures_areThere() {
        assertThat(Fixtures.textFixtures()).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(p -> assertThat(Fixtures.expected(p)).exists());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void extract_fixture_hasFullPrecisionAndRecall(Path fixture) throws IOException {
        JsonNode e = expected(fixture);
        List<String> want = new ArrayList<>();
        for (JsonNode f : e.get("figures")) {
            want.add(key(f.get(0).asText(), f.get(1).decimalValue(), f.get(2).asText(), f.get(3).asText(), f.get(4).asText()));
        }
        TextExtraction x = FigureExtractor.standard().extract(ReportText.read(fixture));
        List<String> got = new ArrayList<>();
        x.figures().forEach(f -> got.add(key(f.key(), f.value(), f.unit().name(), f.qualifier().name(), f.notation().name())));
        Metrics m = Metrics.of(want, got);
        assertThat(m.recall()).as("recall on %s: expected %s, found %s", fixture.getFileName(), want, got).isEqualTo(1.0);
        assertThat(m.precision()).as("precision on %s: expected %s, found %s", fixture.getFileName(), want, got).isEqualTo(1.0);
        assertThat(x.unitName()).hasValue(e.get("unit").asText());
        assertThat(x.year()).hasValue(e.get("year").asInt());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void extract_fixture_takesNoTrapForAFigure(Path fixture) throws IOException {
        JsonNode e = expected(fixture);
        TextExtraction x = FigureExtractor.standard().extract(ReportText.read(fixture));
        String artifact = x.report().artifactText();
        for (JsonNode trap : e.get("traps")) {
            String t = trap.asText();
            int at = artifact.indexOf(t);
            assertThat(at).as("trap '%s' is in %s", t, fixture.getFileName()).isNotNegative();
            while (at >= 0) {
                int from = at;
                int to = at + t.length();
                assertThat(x.figures()).as("no figure inside '%s' of %s", t, fixture.getFileName())
                        .noneMatch(f -> f.span().start() < to && f.span().end() > from);
                at = artifact.indexOf(t, to);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void audit_fixture_findsWhatTheFixtureExpects_atItsLine(Path fixture) throws IOException {
        JsonNode e = expected(fixture);
        TextAuditResult r = TextAudit.run(FigureExtractor.standard().extract(ReportText.read(fixture)));
        assertThat(r.failures()).as("failures of %s", fixture.getFileName()).hasSize(e.get("findings").size());
        for (JsonNode want : e.get("findings")) {
            assertThat(r.failures()).as("%s in %s", want, fixture.getFileName()).anySatisfy(f -> {
                assertThat(f.finding().ruleId()).isEqualTo(want.get("rule").asText());
                assertThat(f.span()).get().extracting(TextSpan::line).isEqualTo(want.get("line").asInt());
                assertThat(f.figure().get().written()).isEqualTo(want.get("written").asText());
            });
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void extract_fixture_relatesWhatTheWordingRelates(Path fixture) throws IOException {
        JsonNode e = expected(fixture);
        TextExtraction x = FigureExtractor.standard().extract(ReportText.read(fixture));
        for (JsonNode rel : e.get("relations")) {
            ExtractedFigure f = written(x, rel.get("figure").asText());
            if (rel.has("base")) {
                assertThat(f.base()).as("base of %s", f).hasValue(written(x, rel.get("base").asText()).index());
            }
            if (rel.has("partOf")) {
                assertThat(f.partOf()).as("total of %s", f).hasValue(written(x, rel.get("partOf").asText()).index());
            }
        }
    }

    private static ExtractedFigure written(TextExtraction x, String written) {
        return x.figures().stream().filter(f -> f.written().equals(written)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no figure written '" + written + "' in " + x.figures()));
    }
}
