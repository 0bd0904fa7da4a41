package org.fazhi.governance.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What is a figure and what is not, one phrase at a time. */
class NumberScannerTest {
    private static List<String> figures(String text) {
        Compact c = Compact.of(text, false);
        return NumberScanner.scan(c.string(), 0, c.length()).stream()
                .map(t -> t.value.toPlainString() + " " + t.unit + " " + t.qualifier + " " + t.notation).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "开展活动 30 余场次|30 COUNT AT_LEAST DIGITS",
        "超700人次参训|700 PERSON_TIMES AT_LEAST DIGITS",
        "近 700 人次|700 PERSON_TIMES ABOUT DIGITS",
        "约50件|50 COUNT ABOUT DIGITS",
        "惠及5万余人次|50000 PERSON_TIMES AT_LEAST DIGITS",
        "投入1.2万元|1.2 TEN_THOUSAND_YUAN EXACT DIGITS",
        "满意率97.56%|97.56 PERCENT EXACT DIGITS",
        "满意率 98.30％|98.30 PERCENT EXACT DIGITS",
        "巡逻两次|2 COUNT EXACT WORDS",
        "学习三十余次|30 COUNT AT_LEAST WORDS",
        "隐患一千二百处|1200 COUNT EXACT WORDS",
        "覆盖率百分之百|100 PERCENT EXACT WORDS",
        "培训500人以上|500 COUNT AT_LEAST DIGITS",
        "用时3天左右|3 DAYS ABOUT DIGITS",
        "资料1,200份|1200 COUNT EXACT DIGITS",
        "连续两年|2 COUNT EXACT WORDS",
        "共１２件|12 COUNT EXACT DIGITS",
        "不超过10件|10 COUNT AT_MOST DIGITS"})
    void scan_figure_givesValueUnitQualifierNotation(String text, String expected) {
        assertThat(figures(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年", "2021-2025 年", "第三季度", "“十四五”规划", "“八五”普法", "办理 12345 诉求", "〔2018〕118号", "3至5次",
        "3-5次", "2023年12月25日", "第一责任人", "一岗双责", "群众办事“一次也不跑”", "“两个维护”", "三重一大", "两代表一委员", "进一步",
        "电话0595-23521234", "5G基站", "一次性通过", "数十场", "提高5个百分点", "3个月内", "《条例》第三十条", "“6.26”禁毒", "一批典型案例",
        "3个工作日", "版本1.2.3"})
    void scan_notAFigure_givesNothing(String text) {
        assertThat(figures(text)).as(text).isEmpty();
    }
}
