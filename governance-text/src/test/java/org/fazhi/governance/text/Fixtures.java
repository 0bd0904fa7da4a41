package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the test inputs are: the seed report beside the repository, the text fixtures, the Guobao record. */
final class Fixtures {
    private Fixtures() {}

    /** The module folder Surefire runs in. */
    static Path module() {
        return Path.of("").toAbsolutePath();
    }

    /**
     * The seed report, {@code ../shared/seed/…} next to the repository, as the issue names it. Its text is
     * not copied into the repository (a real report's sentences stay out of it), so the specs that read it
     * run where {@code shared/} lies beside the clone, as on CI, and are skipped elsewhere ({@link #seedPresent}).
     */
    static Path seed() {
        Path p = seedPath();
        assertThat(p).as("the seed report next to the repository").exists();
        return p;
    }

    private static Path seedPath() {
        return module().getParent().resolveSibling("shared").resolve("seed").resolve("guobao-2023-rule-of-law-report.md");
    }

    /** Whether the seed report lies beside the repository; the condition of the specs that read it. */
    static boolean seedPresent() {
        return java.nio.file.Files.isRegularFile(seedPath());
    }

    /** The Guobao record the examples module ships: every figure of the seed with its quote. */
    static Path guobaoRecord() {
        Path p = module().getParent().resolve("examples/src/main/resources/guobao-2023.json");
        assertThat(p).exists();
        return p;
    }

    static Path texts() {
        try {
            return Path.of(Fixtures.class.getResource("/texts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text fixtures: every report file in {@code texts/} that has an {@code .expected.json}. */
    static List<Path> textFixtures() {
        try (Stream<Path> s = Files.list(texts())) {
            return s.filter(p -> !p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expected(Path fixture) {
        String name = fixture.getFileName().toString();
        return fixture.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of a phrase in a file. */
    static int lineOf(Path file, String phrase) {
        String text = read(file);
        int at = text.indexOf(phrase);
        assertThat(at).as("'%s' in %s", phrase, file).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
