package org.fazhi.governance.model;

import org.fazhi.governance.model.base.InvalidRecordException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

class JsonLocationsTest {
    private static final String DOC = "{\n"
            + "  \"unit\" : { \"name\" : \"国宝乡\", \"level\" : \"TOWNSHIP\" },\n"
            + "  \"year\" : 2023,\n"
            + "  \"grids\" : [\n"
            + "    { \"id\" : \"g1\" },\n"
            + "    { \"id\" : \"g/2\" }\n"
            + "  ]\n"
            + "}\n";

    private final JsonLocations index = JsonLocations.index(DOC.getBytes(StandardCharsets.UTF_8));

    @Test
    void index_places_scalars_at_their_first_character_counting_chinese_as_one_column() {
        assertThat(index.get("/year")).hasValueSatisfying(s -> {
            assertThat(s.startLine()).isEqualTo(3);
            assertThat(s.startColumn()).isEqualTo(12);
            assertThat(s.endColumn()).isEqualTo(16);
        });
        // "name" : "国宝乡" — the level after the three Chinese characters is at column 39, not at a byte offset
        assertThat(index.get("/unit/level").get().startColumn()).isEqualTo(DOC.split("\n")[1].indexOf("\"TOWNSHIP\"") + 1);
    }

    @Test
    void index_spans_containers_from_their_opening_to_their_closing_bracket() {
        JsonLocations.Span grids = index.get("/grids").get();
        assertThat(grids.startLine()).isEqualTo(4);
        assertThat(grids.endLine()).isEqualTo(7);
        assertThat(grids.endColumn()).isEqualTo(4);
        assertThat(index.get("/grids/1/id").get().startLine()).isEqualTo(6);
        assertThat(index.get("").get().startLine()).isEqualTo(1);
        assertThat(index.get("/").get()).isEqualTo(index.get("").get());
    }

    @Test
    void pointers_name_array_elements_by_index_and_absent_keys_have_no_place() {
        assertThat(index.get("/grids/1/id")).isPresent();
        assertThat(index.get("/grids/2")).isEmpty();
        assertThat(index.get("/unit/mayor")).isEmpty();
    }

    @Test
    void find_falls_back_to_the_nearest_ancestor_the_document_holds() {
        assertThat(index.find("/unit/mayor").pointer()).isEqualTo("/unit");
        assertThat(index.find("/report/publishedOn").pointer()).isEqualTo("");
        assertThat(index.find("/grids/1/id").pointer()).isEqualTo("/grids/1/id");
    }

    @Test
    void every_value_of_a_written_record_has_its_own_place() {
        qt().withExamples(30).forAll(ModelGenerators.records()).checkAssert(r -> {
            String json = GovernanceJson.write(r);
            JsonLocations l = JsonLocations.index(json.getBytes(StandardCharsets.UTF_8));
            String[] lines = json.split("\n", -1);
            JsonLocations.Span unit = l.get("/unit/name").orElseThrow();
            assertThat(lines[unit.startLine() - 1].substring(unit.startColumn() - 1)).startsWith(GovernanceJson.write(r.unit().name()));
            assertThat(l.get("/year").orElseThrow().startLine()).isGreaterThan(1);
        });
    }

    @Test
    void malformed_bytes_are_rejected_with_where_reading_stopped() {
        assertThatThrownBy(() -> JsonLocations.index("{\"a\":\n  [1,}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRecordException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> JsonLocations.index(new byte[0])).isInstanceOf(InvalidRecordException.class);
    }
}
