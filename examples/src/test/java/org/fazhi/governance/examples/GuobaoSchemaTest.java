package org.fazhi.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.fazhi.governance.report.RecordSchema;
import org.junit.jupiter.api.Test;

/** The generated JSON Schema accepts the Guobao record and rejects what the model rejects field by field. */
class GuobaoSchemaTest {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(RecordSchema.generate());

    @Test
    void the_guobao_file_is_valid_against_the_schema() throws Exception {
        try (InputStream in = GuobaoExample.class.getResourceAsStream(GuobaoExample.RESOURCE)) {
            JsonNode guobao = new ObjectMapper().readTree(in);
            Set<ValidationMessage> errors = SCHEMA.validate(guobao);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void the_schema_rejects_unknown_fields_missing_required_ones_and_bad_patterns() throws Exception {
        ObjectMapper m = new ObjectMapper();
        assertThat(SCHEMA.validate(m.readTree("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023,\"mayor\":1}"))).isNotEmpty();
        assertThat(SCHEMA.validate(m.readTree("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"}}"))).isNotEmpty();
        assertThat(SCHEMA.validate(m.readTree("{\"unit\":{\"name\":\"x\",\"level\":\"VILLAGE\"},\"year\":2023}"))).isNotEmpty();
        assertThat(SCHEMA.validate(m.readTree("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023,"
                + "\"hotlineTickets\":[{\"id\":\"t\",\"channel\":\"hot-line\",\"receivedOn\":\"2023-01-01\"}]}"))).isNotEmpty();
        assertThat(SCHEMA.validate(m.readTree("{\"unit\":{\"name\":\"x\",\"level\":\"TOWNSHIP\"},\"year\":2023}"))).isEmpty();
    }
}
