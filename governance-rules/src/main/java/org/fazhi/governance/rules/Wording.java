package org.fazhi.governance.rules;

import java.util.Objects;
import org.fazhi.governance.model.Bilingual;

/**
 * 措辞片段 / A part of a message worked out while checking, in Chinese and English (the list of missing
 * steps, the arithmetic of a rate): given as an {@link Evidence} value, it fills the templates of both
 * languages but is not recorded as evidence, since it is message text, not a value that decided the
 * finding. A fixed choice of wording is an enum implementing {@link Bilingual} instead.
 */
final class Wording implements Bilingual {
    private final String zh;
    private final String en;

    private Wording(String zh, String en) {
        this.zh = Objects.requireNonNull(zh, "zh");
        this.en = Objects.requireNonNull(en, "en");
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

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wording && ((Wording) o).zh.equals(zh) && ((Wording) o).en.equals(en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zh, en);
    }

    @Override
    public String toString() {
        return zh + " / " + en;
    }
}
