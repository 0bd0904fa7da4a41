package org.fazhi.governance.model.base;

import java.util.Locale;

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
    default String label(Locale locale) {
        return Bilingual.isChinese(locale) ? zh() : en();
    }

    /**
     * 是否中文 / Whether a reader's locale asks for Chinese: any locale whose language is {@code zh}
     * ({@code zh_CN}, {@code zh_TW}, plain {@code zh}); English is the choice for every other locale.
     *
     * <p>The one place the library picks between its Chinese and English text, so that labels, messages,
     * reports and the command line cannot disagree about a locale.
     *
     * @param locale the reader's locale, not null
     * @return true for Chinese, false for English
     */
    static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
