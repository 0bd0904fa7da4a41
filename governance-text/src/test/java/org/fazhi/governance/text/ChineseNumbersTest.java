package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumbersTest {
    @ParameterizedTest
    @CsvSource({"两,2", "十,10", "十二,12", "三十,30", "一百,100", "二百零五,205", "一千二百,1200", "一千二,1200", "三百五,350",
        "三万五千,35000", "十万,100000", "一万零一,10001", "一亿,100000000", "九十九,99"})
    void parse_wellFormedNumeral_givesItsValue(String numeral, long value) {
        assertThat(ChineseNumbers.parse(numeral)).hasValue(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"八五", "十四五", "二〇二三", "二三", "十十", "百千", "", "万", "百"})
    void parse_digitByDigitOrMalformed_givesNothing(String numeral) {
        assertThat(ChineseNumbers.parse(numeral)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5,万,50000", "1.25,万,12500", "3.5,0,3.5", "2,亿,200000000"})
    void scale_keepsWrittenPrecisionOnlyWhereNotWhole(String written, String scale, String expected) {
        char c = scale.equals("0") ? 0 : scale.charAt(0);
        assertThat(ChineseNumbers.scale(new BigDecimal(written), c)).isEqualTo(new BigDecimal(expected));
    }
}
