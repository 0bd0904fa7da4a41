package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

import java.util.Locale;

/**
 * 标识码无效 / An identifier (信用代码, 身份证号, 区划代码, 电话) failed its format or check algorithm.
 *
 * <p>Carries the reason in Chinese and English. The rejected value is never part of the message, so
 * that personal data cannot leak through logs.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String zh;
    private final String en;

    InvalidIdentifierException(String code, String zh, String en) {
        super(en + " / " + zh);
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    /** Stable machine code of the failure, e.g. {@code identifier.checkCharacter}. */
    public String code() {
        return code;
    }

    /**
     * The reason in the reader's language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the reason, never null
     */
    public String message(Locale locale) {
        return Bilingual.isChinese(locale) ? zh : en;
    }
}
