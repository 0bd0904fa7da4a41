package org.fazhi.governance.rules;

import java.util.Locale;
import java.util.Objects;
import org.fazhi.governance.model.base.Bilingual;

/**
 * 节假日安排错误 / A holiday notice that cannot be read, or that contradicts the calendar it is merged
 * into.
 *
 * <p>The message names the file or resource, the line, the rejected value and what is allowed, in
 * Chinese and English; {@link #getMessage()} gives both, English first. Thrown by
 * {@link HolidayNotice#parse}, {@link HolidayNotice#read(java.nio.file.Path)},
 * {@link HolidayNotice#read(java.net.URL)} and {@link WorkingDayCalendar#withNotice}.
 */
public final class HolidayNoticeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String messageZh;
    private final String messageEn;

    HolidayNoticeException(String messageZh, String messageEn) {
        super(Objects.requireNonNull(messageEn) + " / " + Objects.requireNonNull(messageZh));
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** 中文说明. */
    public String messageZh() {
        return messageZh;
    }

    /** The message in English. */
    public String messageEn() {
        return messageEn;
    }

    /**
     * The message in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the message
     */
    public String message(Locale locale) {
        return Bilingual.isChinese(locale) ? messageZh : messageEn;
    }
}
