package org.fazhi.governance.rules;

/**
 * 规则分组 / The groups of the rule catalog, as in {@code RULES.md}. Each has a short {@link #code()} that
 * outputs print and rule ids start with.
 */
public enum RuleGroup implements Labelled {
    /** 行政执法 / administrative enforcement. */
    ENFORCEMENT("ENF"),
    /** 三项制度 / the three enforcement systems. */
    THREE_SYSTEMS("TRS"),
    /** 执法人员资格与培训 / certificates and training. */
    CERTIFICATION("CERT"),
    /** 清单与普法责任 / power lists and legal-education responsibility. */
    POWER_LISTS("LIST"),
    /** 网格与平安建设 / grids, centres, cameras, patrols. */
    GRIDS("GRID"),
    /** 重大行政决策 / major administrative decisions. */
    MAJOR_DECISIONS("MAJ"),
    /** 行政规范性文件 / normative documents. */
    NORMATIVE_DOCUMENTS("NORM"),
    /** 三重一大 / collective decisions. */
    COLLECTIVE_DECISIONS("TZYD"),
    /** 年度报告 / the annual report. */
    ANNUAL_REPORT("RPT"),
    /** 政务公开 / openness. */
    OPENNESS("OPEN"),
    /** 人大代表建议 / deputy suggestions. */
    DEPUTY_SUGGESTIONS("NPC"),
    /** 政务服务便民热线 / the hotline. */
    HOTLINE("HOT"),
    /** 乡村法治 / rural rule of law. */
    RURAL("RURAL"),
    /** 矛盾纠纷化解 / disputes and petitions. */
    DISPUTES("DISP"),
    /** 告知承诺制 / notification and commitment. */
    NOTIFICATION_COMMITMENT("PERMIT"),
    /** 行政应诉 / litigation. */
    LITIGATION("LIT"),
    /** 声明数字核验 / declared-figure audit. */
    DECLARED_FIGURES("FIG"),
    /** 宿主自定义 / rules added by a host system. */
    HOST("HOST");

    private final String code;

    RuleGroup(String code) {
        this.code = code;
    }

    /**
     * 分组代码 / The group's code as reports, SARIF and the catalog print it and as its rules' ids begin, e.g.
     * {@code ENF} for {@link #ENFORCEMENT}, {@code TZYD} (三重一大) for {@link #COLLECTIVE_DECISIONS}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
