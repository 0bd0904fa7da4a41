package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 严重程度 / How much a failed rule matters, with its SARIF level.
 *
 * <p>{@link #ERROR}: a legal duty (MUST in the catalog); a failure makes a {@link CheckReport} fail.
 * {@link #WARNING}: a binding policy requirement (SHOULD). {@link #INFO}: a target or indicator
 * (TARGET), reported as a status, never as a violation that fails a build.
 */
public enum Severity implements Bilingual {
    /** 错误 / error: a legal duty. SARIF {@code error}. */
    ERROR("错误", "error", "error"),
    /** 警告 / warning: a policy requirement. SARIF {@code warning}. */
    WARNING("警告", "warning", "warning"),
    /** 提示 / info: a target or indicator. SARIF {@code note}. */
    INFO("提示", "info", "note");

    private final String zh;
    private final String en;
    private final String sarifLevel;

    Severity(String zh, String en, String sarifLevel) {
        this.zh = zh;
        this.en = en;
        this.sarifLevel = sarifLevel;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** The SARIF 2.1.0 {@code level} of a failure of this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
