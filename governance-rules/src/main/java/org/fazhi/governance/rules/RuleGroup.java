package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/** 规则分组 / The groups of the rule catalog, as in {@code RULES.md}. */
public enum RuleGroup implements Bilingual {
    /** 行政执法 / administrative enforcement. */
    ENF("行政执法", "administrative enforcement"),
    /** 三项制度 / the three enforcement systems. */
    TRS("行政执法三项制度", "three enforcement systems"),
    /** 执法人员资格与培训 / certificates and training. */
    CERT("执法人员资格与培训", "certificates and training"),
    /** 清单与普法责任 / power lists and legal-education responsibility. */
    LIST("权责清单与普法责任", "power lists and legal-education responsibility"),
    /** 网格与平安建设 / grids, centres, cameras, patrols. */
    GRID("网格化管理与平安建设", "grids, centres, cameras and patrols"),
    /** 重大行政决策 / major administrative decisions. */
    MAJ("重大行政决策", "major administrative decisions"),
    /** 行政规范性文件 / normative documents. */
    NORM("行政规范性文件", "normative documents"),
    /** 三重一大 / collective decisions. */
    TZYD("三重一大集体决策", "collective decisions"),
    /** 年度报告 / the annual report. */
    RPT("法治政府建设年度报告", "annual report"),
    /** 政务公开 / openness. */
    OPEN("政务公开", "government openness"),
    /** 人大代表建议 / deputy suggestions. */
    NPC("人大代表建议", "deputy suggestions"),
    /** 政务服务便民热线 / the hotline. */
    HOT("政务服务便民热线", "service hotline"),
    /** 乡村法治 / rural rule of law. */
    RURAL("乡村法治", "rural rule of law"),
    /** 矛盾纠纷化解 / disputes and petitions. */
    DISP("矛盾纠纷化解", "disputes and petitions"),
    /** 告知承诺制 / notification and commitment. */
    PERMIT("告知承诺制", "notification and commitment"),
    /** 行政应诉 / litigation. */
    LIT("行政应诉", "administrative litigation"),
    /** 声明数字核验 / declared-figure audit. */
    FIG("声明数字核验", "declared-figure audit"),
    /** 宿主自定义 / rules added by a host system. */
    HOST("宿主自定义规则", "host-defined rules");

    private final String zh;
    private final String en;

    RuleGroup(String zh, String en) {
        this.zh = zh;
        this.en = en;
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
