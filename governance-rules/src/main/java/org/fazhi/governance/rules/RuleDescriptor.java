package org.fazhi.governance.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.governance.model.base.Bilingual;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 规则说明 / Everything about a rule except its logic: stable id, names, legal citation, severity, what
 * it applies to, the failure message and remediation in Chinese and English, its parameters and an
 * example of a violation.
 *
 * <p>Message templates name evidence keys in braces, e.g. {@code 案件 {caseId} 仅 {officers} 名执法人员}. The
 * Chinese and the English failure template must use the same names, or the descriptor is not built: a wording
 * that differs by language is one {@link org.fazhi.governance.model.base.Bilingual} evidence value, filled in each
 * language (see {@link Evidence}).
 */
@Value.Immutable
@FazhiStyle
public interface RuleDescriptor {
    /** 规则编号 / Stable id, e.g. {@code ENF-TWO-OFFICERS}. Waivers, SARIF and reports key on it. */
    String id();

    /** 分组 / Group. */
    RuleGroup group();

    /** 中文名称. */
    String nameZh();

    /** English name. */
    String nameEn();

    /** 法律依据 / Legal citation. */
    LegalCitation citation();

    /** 严重程度 / Severity of a failure. */
    Severity severity();

    /** 适用对象 / What it checks, in Chinese, e.g. 行政处罚案件. */
    String subjectZh();

    /** What it checks, in English, plural, e.g. penalty cases. */
    String subjectEn();

    /** 不符合时的说明模板 / Failure message template in Chinese. */
    String failZh();

    /** Failure message template in English. */
    String failEn();

    /** 整改建议 / Remediation in Chinese. */
    String remediationZh();

    /** Remediation in English. */
    String remediationEn();

    /** 参数 / Parameters with their defaults. */
    List<ParameterSpec> parameters();

    /**
     * 检查范围 / Whether the rule judges each enforcement case or hotline ticket on its own (so it can run
     * on a stream of them) or needs the whole record.
     */
    @Value.Default
    default RuleScope scope() {
        return RuleScope.RECORD;
    }

    /** 违规示例 / An example of a violation, in Chinese. */
    String exampleZh();

    /** An example of a violation, in English. */
    String exampleEn();

    /** 通过时的说明 / The message of a passing finding (the evidence map says what was checked). */
    @Value.Derived
    default String passZh() {
        return "符合要求：" + nameZh();
    }

    /** The message of a passing finding in English. */
    @Value.Derived
    default String passEn() {
        return "Requirement met: " + nameEn();
    }

    /**
     * The parameter with a name.
     *
     * @param name the parameter name
     * @return the spec, or empty
     */
    default Optional<ParameterSpec> parameter(String name) {
        return parameters().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The rule's name in a language.
     *
     * @param locale Chinese for any {@code zh} locale, English otherwise
     * @return the name
     */
    default String name(Locale locale) {
        return Bilingual.isChinese(locale) ? nameZh() : nameEn();
    }

    @Value.Check
    default void check() {
        if (!id().matches("[A-Z]+(-[A-Z0-9]+)+")) {
            throw new IllegalStateException("rule id must look like ENF-TWO-OFFICERS, was " + id()
                    + " / 规则编号格式应如 ENF-TWO-OFFICERS");
        }
        java.util.Set<String> zh = new java.util.TreeSet<>(Evidence.placeholders(failZh()));
        java.util.Set<String> en = new java.util.TreeSet<>(Evidence.placeholders(failEn()));
        for (String name : zh) {
            if (!en.contains(name)) {
                throw new IllegalStateException("规则 " + id() + " 的中文失败模板使用 {" + name + "}，英文模板没有使用 / rule " + id()
                        + ": the Chinese failure template uses {" + name
                        + "} but the English one does not; both must fill the same"
                        + " evidence names (give a wording in both languages as one Bilingual value)");
            }
        }
        for (String name : en) {
            if (!zh.contains(name)) {
                throw new IllegalStateException("规则 " + id() + " 的英文失败模板使用 {" + name + "}，中文模板没有使用 / rule " + id()
                        + ": the English failure template uses {" + name
                        + "} but the Chinese one does not; both must fill the same"
                        + " evidence names (give a wording in both languages as one Bilingual value)");
            }
        }
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link RuleDescriptor}. */
    final class Builder extends ImmutableRuleDescriptor.Builder {}
}
