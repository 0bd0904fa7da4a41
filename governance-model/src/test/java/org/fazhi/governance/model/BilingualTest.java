package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** 是否中文 / Every Chinese locale reads Chinese, every other locale reads English, labels included. */
class BilingualTest {
    @Test
    void any_zh_locale_is_chinese() {
        assertThat(Bilingual.isChinese(Locale.SIMPLIFIED_CHINESE)).isTrue();
        assertThat(Bilingual.isChinese(Locale.TRADITIONAL_CHINESE)).isTrue();
        assertThat(Bilingual.isChinese(Locale.CHINESE)).isTrue();
        assertThat(Bilingual.isChinese(Locale.forLanguageTag("zh-Hans-SG"))).isTrue();
    }

    @Test
    void every_other_locale_is_english() {
        assertThat(Bilingual.isChinese(Locale.ENGLISH)).isFalse();
        assertThat(Bilingual.isChinese(Locale.ROOT)).isFalse();
        assertThat(Bilingual.isChinese(Locale.JAPANESE)).isFalse();
        assertThat(Bilingual.isChinese(Locale.forLanguageTag("en-CN"))).isFalse();
    }

    @Test
    void label_follows_the_same_choice() {
        assertThat(UnitLevel.values()[0].label(Locale.TRADITIONAL_CHINESE)).isEqualTo(UnitLevel.values()[0].zh());
        assertThat(UnitLevel.values()[0].label(Locale.forLanguageTag("en-CN"))).isEqualTo(UnitLevel.values()[0].en());
    }
}
