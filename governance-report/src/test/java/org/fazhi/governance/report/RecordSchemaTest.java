package org.fazhi.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.governance.model.GovernanceJson;
import org.junit.jupiter.api.Test;

/** docs/record.schema.json is generated from the model and must match it. */
class RecordSchemaTest {
    @Test
    void docs_record_schema_matches_the_model() throws IOException {
        Path file = Path.of("").toAbsolutePath().getParent().resolve("docs/record.schema.json");
        String expected = RecordSchema.generate();
        if (Boolean.getBoolean("fazhi.updateDocs")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("docs/record.schema.json is out of date: regenerate with -Dfazhi.updateDocs=true")
                .isEqualTo(expected);
        assertThat(expected).contains("\"required\" : [ \"unit\", \"year\" ]", "\"pattern\" : \"^(?:[0-9]{3,8})$\"");
    }

    @Test
    void every_type_and_property_says_what_it_means_in_chinese_and_english() throws IOException {
        JsonNode schema = GovernanceJson.newMapper().readTree(RecordSchema.generate());
        List<String> missing = new ArrayList<>();
        check("RuleOfLawRecord", schema, missing);
        schema.get("$defs").fields().forEachRemaining(e -> check(e.getKey(), e.getValue(), missing));
        assertThat(missing).as("add them to record-properties.properties").isEmpty();
        assertThat(RecordSchema.meaning("EnforcementCase", "closedOn")).hasValue("结案日期 / Date closed.");
    }

    private static void check(String type, JsonNode def, List<String> missing) {
        if (def.has("properties")) {
            def.get("properties").fields().forEachRemaining(p -> {
                JsonNode d = p.getValue().get("description");
                if (d == null || !d.asText().matches("(?s).*\\p{IsHan}.* / .*[A-Za-z].*")) {
                    missing.add(type + "." + p.getKey());
                }
            });
        }
    }

    @Test
    void every_pattern_is_anchored_so_the_schema_rejects_what_the_reader_rejects() throws IOException {
        String text = RecordSchema.generate();
        JsonNode schema = GovernanceJson.newMapper().readTree(text);
        assertThat(schema.findValues("pattern")).isNotEmpty().allSatisfy(p -> assertThat(p.asText()).startsWith("^").endsWith("$"));
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(text);
        String ticket = "{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023,"
                + "\"hotlineTickets\":[{\"id\":\"t\",\"channel\":\"%s\",\"receivedOn\":\"2023-01-01\"}]}";
        ObjectMapper m = new ObjectMapper();
        assertThat(validator.validate(m.readTree(String.format(ticket, "tel:12345 (ext)")))).as("unanchored, this passed").isNotEmpty();
        assertThat(validator.validate(m.readTree(String.format(ticket, "12345")))).isEmpty();
    }

    @Test
    void defaults_are_stated_for_attributes_that_have_one() throws IOException {
        JsonNode defs = GovernanceJson.newMapper().readTree(RecordSchema.generate()).get("$defs");
        assertThat(defs.get("DeclaredFigure").get("properties").get("qualifier").get("default").asText()).isEqualTo("EXACT");
        assertThat(defs.get("DeclaredFigure").get("properties").get("notation").get("default").asText()).isEqualTo("DIGITS");
        assertThat(defs.get("EnforcementCase").get("properties").get("officers").get("default").isArray()).isTrue();
        assertThat(defs.get("GovernmentUnit").get("description").asText()).contains(" / ");
        assertThat(defs.get("UnitLevel").get("description").asText()).contains("TOWNSHIP = 乡 / township");
    }
}
