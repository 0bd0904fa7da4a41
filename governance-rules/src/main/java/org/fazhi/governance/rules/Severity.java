package org.fazhi.governance.rules;

/**
 * 严重程度 / How much a failed rule matters, with its SARIF level.
 *
 * <p>{@link #ERROR}: a legal duty (MUST in the catalog); a failure makes a {@link CheckReport} fail.
 * {@link #WARNING}: a binding policy requirement (SHOULD). {@link #INFO}: a target or indicator
 * (TARGET), reported as a status, never as a violation that fails a build.
 */
public enum Severity implements Labelled {
    /** 错误 / error: a legal duty. SARIF {@code error}. */
    ERROR("error"),
    /** 警告 / warning: a policy requirement. SARIF {@code warning}. */
    WARNING("warning"),
    /** 提示 / info: a target or indicator. SARIF {@code note}. */
    INFO("note");

    private final String sarifLevel;

    Severity(String sarifLevel) {
        this.sarifLevel = sarifLevel;
    }

    /** The SARIF 2.1.0 {@code level} of a failure of this severity. */
    public String sarifLevel() {
        return sarifLevel;
    }
}
