package org.fazhi.governance.rules;

import java.math.BigDecimal;
import org.fazhi.governance.model.internal.FazhiStyle;
import org.immutables.value.Value;

/**
 * 规则参数 / A threshold a rule uses (60 hours, 7 working days, 5 %), with its default from the catalog.
 *
 * <p>Hosts override it per province through {@link RuleParameters}.
 */
@Value.Immutable
@FazhiStyle
public interface ParameterSpec {
    /** 参数名 / Name, unique within the rule, e.g. {@code minHours}. */
    String name();

    /** 默认值 / The catalog's default. */
    BigDecimal defaultValue();

    /** 单位 / Unit in Chinese, e.g. 学时. */
    String unitZh();

    /** Unit in English, e.g. class hours. */
    String unitEn();

    /** 是否已核实 / False when the value is local practice or from memory (grades C and D). */
    boolean verified();

    /**
     * A parameter.
     *
     * @param name name
     * @param defaultValue default
     * @param unitZh unit in Chinese
     * @param unitEn unit in English
     * @param verified whether the value was verified
     * @return the spec
     */
    static ParameterSpec of(String name, String defaultValue, String unitZh, String unitEn, boolean verified) {
        return ImmutableParameterSpec.builder().name(name).defaultValue(new BigDecimal(defaultValue))
                .unitZh(unitZh).unitEn(unitEn).verified(verified).build();
    }
}
