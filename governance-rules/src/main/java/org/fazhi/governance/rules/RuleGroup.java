package org.fazhi.governance.rules;

import org.fazhi.governance.model.Bilingual;

/**
 * 规则分组 / The groups of the rule catalog, as in {@code RULES.md}. Each has a short {@link #code()} that
 * outputs print and rule ids start with.
 */
public enum RuleGroup implements Bilingual {
    /** 行政执法 / administrative enforcement. */
    ENFORCEMENT("ENF", "行政执法", "administrative enforcement"),
    /** 三项制度 / the three enforcement systems. */
    THREE_SYSTEMS("TRS", "行政执法三项制度", "three enforcement systems"),
    /** 执法人员资格与培训 / certificates and training. */
    CERTIFICATION("CERT", "执法人员资格与培训", "certificates and training"),
    /** 清单与普法责任 / power lists and legal-education responsibility. */
    POWER_LISTS("LIST", "权责清单与普法责任", "power lists and legal-education responsibility"),
    /** 网格与平安建设 / grids, centres, cameras, patrols. */
    GRIDS("GRID", "网格化管理与平安建设", "grids, centres, cameras and patrols"),
    /** 重大行政决策 / major administrative decisions. */
    MAJOR_DECISIONS("MAJ", "重大行政决策", "major administrative decisions"),
    /** 行政规范性文件 / normative documents. */
    NORMATIVE_DOCUMENTS("NORM", "行政规范性文件", "normative documents"),
    /** 三重一大 / collective decisions. */
    COLLECTIVE_DECISIONS("TZYD", "三重一大集体决策", "collective decisions"),
    /** 年度报告 / the annual report. */
    ANNUAL_REPORT("RPT", "法治政府建设年度报告", "annual report"),
    /** 政务公开 / openness. */
    OPENNESS("OPEN", "政务公开", "government openness"),
    /** 人大代表建议 / deputy suggestions. */
    DEPUTY_SUGGESTIONS("NPC", "人大代表建议", "deputy suggestions"),
    /** 政务服务便民热线 / the hotline. */
    HOTLINE("HOT", "政务服务便民热线", "service hotline"),
    /** 乡村法治 / rural rule of law. */
    RURAL("RURAL", "乡村法治", "rural rule of law"),
    /** 矛盾纠纷化解 / disputes and petitions. */
    DISPUTES("DISP", "矛盾纠纷化解", "disputes and petitions"),
    /** 告知承诺制 / notification and commitment. */
    NOTIFICATION_COMMITMENT("PERMIT", "告知承诺制", "notification and commitment"),
    /** 行政应诉 / litigation. */
    LITIGATION("LIT", "行政应诉", "administrative litigation"),
    /** 声明数字核验 / declared-figure audit. */
    DECLARED_FIGURES("FIG", "声明数字核验", "declared-figure audit"),
    /** 宿主自定义 / rules added by a host system. */
    HOST("HOST", "宿主自定义规则", "host-defined rules");

    private final String code;
    private final String zh;
    private final String en;

    RuleGroup(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
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

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }
}
