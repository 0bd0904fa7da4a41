package org.fazhi.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every constant of every labelled enum of the rules has a Chinese and an English label. */
class LabelsTest {
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Outcome.class, Severity.class, Confidence.class,
            RuleScope.class, RuleGroup.class, ActState.class, Problem.class, Shortfall.class, DataGap.class);

    @Test
    void every_constant_has_both_labels() {
        for (Class<? extends Enum<?>> type : LABELLED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                Labelled l = (Labelled) constant;
                assertThat(l.zh()).as(type.getSimpleName() + "." + constant.name() + " zh").isNotBlank();
                assertThat(l.en()).as(type.getSimpleName() + "." + constant.name() + " en").isNotBlank()
                        .isNotEqualTo(l.zh());
            }
        }
    }

    @Test
    void the_labels_of_the_public_enums_can_be_read_by_reflection_as_template_engines_do() throws Exception {
        assertThat(Severity.class.getMethod("zh").invoke(Severity.ERROR)).isEqualTo(Severity.ERROR.zh());
        assertThat(RuleGroup.class.getMethod("en").invoke(RuleGroup.HOTLINE)).isEqualTo(RuleGroup.HOTLINE.en());
    }

    @Test
    void labels_read_as_written() {
        assertThat(Outcome.INSUFFICIENT_DATA.label(Locale.CHINA)).isEqualTo("数据不足");
        assertThat(RuleGroup.COLLECTIVE_DECISIONS.zh()).isEqualTo("三重一大集体决策");
        assertThat(RuleGroup.COLLECTIVE_DECISIONS.code()).isEqualTo("TZYD");
        assertThat(Severity.INFO.en()).isEqualTo("info");
        assertThat(Severity.INFO.sarifLevel()).isEqualTo("note");
    }
}
