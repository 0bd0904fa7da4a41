package org.fazhi.governance.model;

/**
 * 双语名称 / Something with a Chinese and an English name.
 *
 * <p>Every enum of the model implements it, so renderers never keep parallel label tables.
 */
public interface Bilingual {
    /** 中文名称 / The Chinese name, never empty. */
    String zh();

    /** English name, never empty. */
    String en();

    /**
     * The name in the given language: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale the reader's locale, not null
     * @return the name, never null
     */
    default String label(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? zh() : en();
    }
}
