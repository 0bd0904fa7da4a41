package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rules and indicators read on one screen: no source line of this module is longer than 120 characters. */
class SourceLineLengthTest {
    private static final int LIMIT = 120;

    @Test
    void no_main_source_line_is_longer_than_120_characters() throws IOException {
        Path sources = Path.of("src", "main", "java");
        assertThat(sources).as("run from the module's directory, as Maven does").isDirectory();
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int length = lines.get(i).codePointCount(0, lines.get(i).length());
                    if (length > LIMIT) {
                        tooLong.add(sources.relativize(file) + ":" + (i + 1) + " has " + length + " characters");
                    }
                }
            }
        }
        assertThat(tooLong).as("lines over %d characters", LIMIT).isEmpty();
    }
}
