package org.fazhi.governance.rules;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 措辞片段 / A part of a message worked out while checking, in Chinese and English (the list of missing
 * steps, the arithmetic of a rate): given as an {@link Evidence} value, it fills the templates of both
 * languages but is not recorded as evidence, since it is message text, not a value that decided the
 * finding. A fixed choice of wording is an enum implementing {@link Bilingual} instead.
 *
 * @param zh in Chinese
 * @param en in English
 */
record Wording(String zh, String en) implements Bilingual {
    Wording {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /**
     * A part of a message.
     *
     * @param zh in Chinese
     * @param en in English
     * @return the wording
     */
    static Wording of(String zh, String en) {
        return new Wording(zh, en);
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
                items.stream().map(Bilingual::en).collect(Collectors.joining(enSeparator)));
    }
}
