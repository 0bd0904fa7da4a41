package org.fazhi.governance.rules;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 措辞片段 / A part of a message worked out while checking, in Chinese and English (the list of missing
 * steps, the arithmetic of a rate): given as an {@link Evidence} value, it fills the templates of both
 * languages. What decided the finding is recorded as evidence in a language-neutral form ({@link #recorded()},
 * e.g. {@code DECISION,SERVICE} for a list of steps); pure message text records nothing. A fixed choice of
 * wording is an enum implementing {@link Bilingual} instead.
 *
 * @param zh in Chinese
 * @param en in English
 * @param recorded what the finding's evidence records under this value's name, if anything
 */
record Wording(String zh, String en, Optional<String> recorded) implements Bilingual {
    Wording {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * A part of a message.
     *
     * @param zh in Chinese
     * @param en in English
     * @return the wording
     */
    static Wording of(String zh, String en) {
        return new Wording(zh, en, Optional.empty());
    }

    /**
     * A part of a message that stands for values which decided the finding.
     *
     * @param zh in Chinese
     * @param en in English
     * @param recorded the values as the evidence records them, language-neutral (codes, numbers, dates)
     * @return the wording
     */
    static Wording of(String zh, String en, String recorded) {
        return new Wording(zh, en, Optional.of(recorded));
    }

    /**
     * A list of codes: the names of enum constants joined with commas, for the evidence.
     *
     * @param items the constants
     * @return e.g. {@code DECISION,SERVICE}
     */
    static String codes(Collection<? extends Enum<?>> items) {
        return items.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /**
     * A list of named things, such as missing steps: the Chinese names joined with 、, the English ones with
     * a separator.
     *
     * @param items the things, in order
     * @param enSeparator e.g. {@code ", "}
     * @return the wording
     */
    static Wording list(Collection<? extends Bilingual> items, String enSeparator) {
        return new Wording(items.stream().map(Bilingual::zh).collect(Collectors.joining("、")),
                items.stream().map(Bilingual::en).collect(Collectors.joining(enSeparator)),
                Optional.of(items.stream().map(i -> i instanceof Enum ? ((Enum<?>) i).name() : i.en())
                        .collect(Collectors.joining(","))));
    }
}
