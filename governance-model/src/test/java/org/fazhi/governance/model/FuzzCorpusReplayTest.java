package org.fazhi.governance.model;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays the Jazzer seed corpus (and every finding saved next to it) through the binding's fuzzing oracle
 * in every {@code mvn verify}, without the Jazzer agent; only the long coverage-guided campaign stays opt-in
 * ({@link RecordBindingFuzzTest}).
 */
class FuzzCorpusReplayTest {
    /** Where Jazzer keeps the inputs of {@link RecordBindingFuzzTest}, relative to the test classes. */
    static final String CORPUS = "org/fazhi/governance/model/RecordBindingFuzzTestInputs/"
            + "any_bytes_load_as_a_valid_record_or_fail_with_the_one_bad_input_exception";

    static Stream<Arguments> inputs() throws IOException, URISyntaxException {
        return corpus().stream().map(p -> Arguments.of(p.getFileName().toString(), p));
    }

    static List<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(FuzzCorpusReplayTest.class.getClassLoader().getResource(CORPUS).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.sorted().collect(Collectors.toList());
            if (all.size() < 10) {
                throw new IllegalStateException("the seed corpus should hold at least 10 inputs, found " + all.size());
            }
            return all;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void every_seed_and_saved_finding_loads_or_fails_with_the_one_bad_input_exception(String name, Path input) throws IOException {
        RecordFuzzTest.loadsOrFailsWithTheBadInputException(Files.readAllBytes(input));
    }
}
