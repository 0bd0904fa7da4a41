package org.fazhi.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertThat(expected).contains("\"required\" : [ \"unit\", \"year\" ]", "\"pattern\" : \"[0-9]{3,8}\"");
    }
}
