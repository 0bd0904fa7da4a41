package org.fazhi.governance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The labels of every {@link Labelled} enum, read once from {@code labels.properties}. */
final class LabelFile {
    private static final Properties LABELS = load();

    private LabelFile() {}

    static String label(Labelled constant, String language) {
        String key = ((Enum<?>) constant).getDeclaringClass().getSimpleName() + "." + constant.name() + "."
                + language;
        String label = LABELS.getProperty(key);
        if (label == null || label.isBlank()) {
            throw new IllegalStateException("labels.properties has no label " + key + " / 缺少标签 " + key);
        }
        return label;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Labelled.class.getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing / 缺少 labels.properties");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
