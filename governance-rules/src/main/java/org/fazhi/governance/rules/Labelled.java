package org.fazhi.governance.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 双语标签 / An enum of the rules whose Chinese and English labels are kept in one place,
 * {@code labels.properties} beside this type ({@code Type.CONSTANT.zh}, {@code Type.CONSTANT.en}), instead of
 * two fields, a constructor and two accessors in every enum.
 */
interface Labelled extends Bilingual {
    /** The constant's name, as {@link Enum#name()}. */
    String name();

    @Override
    default String zh() {
        return Labels.label(this, "zh");
    }

    @Override
    default String en() {
        return Labels.label(this, "en");
    }

    /** The labels, read once. */
    final class Labels {
        private static final Properties LABELS = load();

        private Labels() {}

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
}
