package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.fazhi.governance.model.JsonLocations;
import org.fazhi.governance.report.SarifRenderer;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF log of the Guobao run is what code-scanning tools accept: valid against the OASIS SARIF 2.1.0
 * schema (errata 01, a copy in test resources), and true to the rules of the specification that a schema
 * cannot state.
 */
class GuobaoSarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String guobaoText;
    private static JsonNode sarif;
    private static JsonNode run;

    @BeforeAll
    static void render() throws Exception {
        CheckReport check = GuobaoExample.evaluate(GuobaoExample.load());
        byte[] bytes = GuobaoExample.bytes();
        guobaoText = new String(bytes, StandardCharsets.UTF_8);
        sarif = JSON.readTree(SarifRenderer.render(check, GovernanceRules.all(), GuobaoExample.SOURCE_PATH, JsonLocations.index(bytes),
                Locale.SIMPLIFIED_CHINESE));
        run = sarif.get("runs").get(0);
    }

    @Test
    void the_guobao_sarif_is_valid_against_the_sarif_2_1_0_schema() throws Exception {
        // The OASIS schema itself is not copied into this repository; a steering copy in shared/ is used when present,
        // else the project's own schema of the SARIF 2.1.0 properties it writes (written from the standard's text).
        JsonSchema schema;
        java.nio.file.Path official = java.nio.file.Path.of("").toAbsolutePath().getParent().getParent().resolve("shared/sarif-schema-2.1.0.json");
        if (java.nio.file.Files.isRegularFile(official)) {
            try (InputStream in = java.nio.file.Files.newInputStream(official)) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            }
        } else {
            try (InputStream in = GuobaoSarifTest.class.getResourceAsStream("/sarif/sarif-2.1.0-subset.schema.json")) {
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            }
        }
        Set<ValidationMessage> errors = schema.validate(sarif);
        assertThat(errors).isEmpty();
        // the validator does reject what breaks the schema
        ((com.fasterxml.jackson.databind.node.ObjectNode) run.get("results").get(0)).put("level", "fatal");
        try {
            assertThat(schema.validate(sarif)).isNotEmpty();
        } finally {
            render();
        }
    }

    @Test
    void a_result_that_is_not_a_failure_has_level_none() {
        // SARIF 2.1.0 §3.27.10: if kind is present and not "fail", level shall be "none"
        assertThat(run.get("results")).hasSize(43).allSatisfy(r -> {
            if (!r.get("kind").asText().equals("fail")) {
                assertThat(r.get("level").asText()).as(r.get("ruleId").asText()).isEqualTo("none");
            } else {
                assertThat(r.get("level").asText()).isIn("error", "warning", "note");
            }
        });
        assertThat(run.get("results")).filteredOn(r -> r.get("kind").asText().equals("review")).hasSize(42);
    }

    @Test
    void rule_ids_are_unique_and_each_result_points_at_its_rule() {
        // §3.19.23: no two reportingDescriptors with the same id; §3.27.7: ruleIndex names the rule of ruleId
        Set<String> ids = new HashSet<>();
        run.get("tool").get("driver").get("rules").forEach(r -> assertThat(ids.add(r.get("id").asText())).as(r.get("id").asText()).isTrue());
        run.get("results").forEach(r -> assertThat(run.get("tool").get("driver").get("rules").get(r.get("ruleIndex").asInt()).get("id").asText())
                .isEqualTo(r.get("ruleId").asText()));
    }

    @Test
    void every_artifact_location_is_relative_to_a_declared_base_and_names_its_artifact() {
        // §3.4.4: a uriBaseId must be resolvable through originalUriBaseIds; §3.4.3: with a uriBaseId the uri is relative;
        // §3.4.5: index names the artifact with the same location
        JsonNode bases = run.get("originalUriBaseIds");
        bases.fields().forEachRemaining(e -> {
            if (e.getValue().has("uri")) {
                assertThat(e.getValue().get("uri").asText()).endsWith("/");
            }
        });
        run.get("results").forEach(r -> {
            JsonNode a = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
            assertThat(bases.has(a.get("uriBaseId").asText())).isTrue();
            assertThat(java.net.URI.create(a.get("uri").asText()).isAbsolute()).isFalse();
            assertThat(a.get("uri").asText()).isEqualTo(GuobaoExample.SOURCE_PATH).doesNotStartWith("/");
            JsonNode artifact = run.get("artifacts").get(a.get("index").asInt()).get("location");
            assertThat(artifact.get("uri").asText()).isEqualTo(a.get("uri").asText());
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo(a.get("uriBaseId").asText());
        });
    }

    @Test
    void every_result_has_a_region_at_the_value_its_json_pointer_names() throws Exception {
        JsonNode record = JSON.readTree(guobaoText);
        String[] lines = guobaoText.split("\n", -1);
        run.get("results").forEach(r -> {
            JsonNode region = r.get("locations").get(0).get("physicalLocation").get("region");
            assertThat(region).as(r.toString()).isNotNull();
            int startLine = region.get("startLine").asInt();
            int startColumn = region.get("startColumn").asInt();
            assertThat(region.get("endLine").asInt()).isGreaterThanOrEqualTo(startLine);
            if (region.get("endLine").asInt() == startLine) {
                assertThat(region.get("endColumn").asInt()).isGreaterThan(startColumn);
            }
            String pointer = r.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText();
            JsonNode value = record.at(pointer.equals("/") ? "" : pointer);
            String at = lines[startLine - 1].substring(startColumn - 1);
            if (value.isMissingNode()) {
                assertThat(at).as(pointer + " is absent, so its region is its parent's").startsWith("{");
            } else if (value.isContainerNode()) {
                assertThat(at).as(pointer).startsWith(value.isArray() ? "[" : "{");
            } else {
                assertThat(at).as(pointer).startsWith(value.toString());
            }
        });
        JsonNode denominator = run.get("results").findParents("ruleId").stream().filter(r -> r.get("ruleId").asText().equals("FIG-PERCENT-DENOMINATOR"))
                .findFirst().orElseThrow();
        int line = denominator.get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt();
        assertThat(lines[line - 1]).as("the 13th declared figure opens on that line").contains("{");
        assertThat(String.join("\n", java.util.Arrays.copyOfRange(lines, line - 1, line + 3))).contains("hotline.satisfactionRate");
    }

    @Test
    void fingerprints_are_unique_and_subjects_are_never_replaced_by_evidence() {
        Set<String> seen = new HashSet<>();
        run.get("results").forEach(r -> {
            String fp = r.get("fingerprints").get(SarifRenderer.FINGERPRINT).asText();
            assertThat(fp).matches("[0-9a-f]{64}");
            assertThat(seen.add(fp)).as("unique: " + r.get("ruleId")).isTrue();
            assertThat(r.get("properties").get("subject").asText()).as(r.get("ruleId").asText()).matches("[A-Z][A-Za-z]+:.+");
        });
        JsonNode evidence = run.get("results").get(0).get("properties").get("evidence");
        assertThat(evidence.get("gap").asText()).as("a data gap is recorded by its code, never as prose").isEqualTo("NO_CASE_RECORDS");
        assertThat(evidence.has("cause") || evidence.has("causeEn") || evidence.has("uncheckedEn")).isFalse();
        run.get("results").forEach(r -> assertThat(r.get("properties").path("evidence").has("subject")).isFalse());
    }

    @Test
    void fingerprints_stay_the_same_from_run_to_run() throws Exception {
        JsonNode first = run;
        render();
        for (int i = 0; i < first.get("results").size(); i++) {
            assertThat(run.get("results").get(i).get("fingerprints")).isEqualTo(first.get("results").get(i).get("fingerprints"));
        }
    }
}
