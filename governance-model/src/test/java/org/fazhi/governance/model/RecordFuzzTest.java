package org.fazhi.governance.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.fazhi.governance.model.testing.ModelGenerators;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing: generated valid records, mutated at random (fields dropped, types changed, values pushed out
 * of range, keys duplicated, bytes flipped, documents cut), must either load as a valid record or fail
 * with {@link InvalidRecordException} — never anything else. {@code -Dfazhi.fuzz.tries=100000} (the
 * {@code fuzz} profile) runs the long campaign.
 */
class RecordFuzzTest {
    private static final int TRIES = Integer.getInteger("fazhi.fuzz.tries", 300);
    private static final ObjectMapper TREE = new ObjectMapper();

    @Test
    void mutated_records_load_or_fail_with_the_one_bad_input_exception() {
        qt().withExamples(TRIES).forAll(ModelGenerators.records(), integers().all()).checkAssert((record, seed) -> {
            byte[] mutated = mutate(GovernanceJson.write(record), new Random(seed));
            try {
                loadsOrFailsWithTheBadInputException(mutated);
            } catch (RuntimeException | Error other) {
                fail("unexpected " + other + " for input " + new String(mutated, StandardCharsets.UTF_8), other);
            }
        });
    }

    /**
     * The fuzzing oracle, shared with {@link RecordBindingFuzzTest}: the bytes load as a valid record, or the binding
     * throws {@link InvalidRecordException} with at least one violation, each with a Chinese and an English message.
     * Anything else propagates.
     */
    static void loadsOrFailsWithTheBadInputException(byte[] input) {
        try {
            RuleOfLawRecord back = GovernanceJson.readRecord(input);
            assertThat(RecordValidator.shared().validate(back)).isEmpty();
        } catch (InvalidRecordException expected) {
            assertThat(expected.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.zh()).isNotBlank();
                assertThat(v.en()).isNotBlank();
            });
        }
    }

    static byte[] mutate(String json, Random rnd) {
        try {
            switch (rnd.nextInt(6)) {
                case 0:
                case 1:
                case 2: {
                    JsonNode tree = TREE.readTree(json);
                    List<ObjectNode> objects = new ArrayList<>();
                    collect(tree, objects);
                    ObjectNode target = objects.get(rnd.nextInt(objects.size()));
                    List<String> names = new ArrayList<>();
                    target.fieldNames().forEachRemaining(names::add);
                    if (names.isEmpty()) {
                        target.put("unexpected", 1);
                    } else {
                        String name = names.get(rnd.nextInt(names.size()));
                        JsonNodeFactory f = JsonNodeFactory.instance;
                        switch (rnd.nextInt(7)) {
                            case 0: target.remove(name); break;
                            case 1: target.set(name, f.textNode("x" + rnd.nextInt())); break;
                            case 2: target.set(name, f.numberNode(rnd.nextBoolean() ? -rnd.nextInt(1000) : Long.MAX_VALUE)); break;
                            case 3: target.set(name, f.nullNode()); break;
                            case 4: target.set(name, f.arrayNode().add(1)); break;
                            case 5: target.set(name, f.numberNode(rnd.nextDouble() * 1e6)); break;
                            default: target.set(name, f.booleanNode(rnd.nextBoolean()));
                        }
                    }
                    return TREE.writeValueAsBytes(tree);
                }
                case 3: {
                    byte[] b = json.getBytes(StandardCharsets.UTF_8);
                    for (int i = 0; i < 1 + rnd.nextInt(4); i++) {
                        b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                    }
                    return b;
                }
                case 4: {
                    byte[] b = json.getBytes(StandardCharsets.UTF_8);
                    return java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
                }
                default: {
                    int at = json.indexOf("\"year\"");
                    return (json.substring(0, at) + "\"year\" : 2022, " + json.substring(at)).getBytes(StandardCharsets.UTF_8);
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode) {
            out.add((ObjectNode) node);
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), out);
            }
        } else if (node instanceof ArrayNode) {
            node.forEach(n -> collect(n, out));
        }
    }
}
