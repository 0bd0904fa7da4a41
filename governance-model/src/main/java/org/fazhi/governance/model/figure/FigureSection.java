package org.fazhi.governance.model.figure;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 数字所属的工作领域 / The area of rule-of-law work a figure concept belongs to; the annual report
 * shows each declared figure under its area.
 */
public enum FigureSection implements Bilingual {
    /** 基本情况 / the unit's profile (村、社区、人口、面积、编制). */
    UNIT_PROFILE("基本情况", "unit profile"),
    /** 党政主要负责人履职与领导 / leadership and the first responsible person's duties. */
    LEADERSHIP("领导责任与履职", "leadership and responsibilities"),
    /** 干部学法用法与考试 / law study and exams of staff and cadres. */
    STUDY("学法用法与考法", "law study and exams"),
    /** 网格化管理 / grid management. */
    GRID("网格化管理", "grid management"),
    /** 放管服与政务服务 / streamlined administration and government services. */
    SERVICES("放管服与政务服务", "government services"),
    /** 热线与诉求渠道 / hotlines and request channels (12345, 8890, 好差评 …). */
    HOTLINE("热线与诉求渠道", "hotlines and request channels"),
    /** 行政执法 / administrative enforcement. */
    ENFORCEMENT("行政执法", "administrative enforcement"),
    /** 合法性审查 / legality review. */
    LEGALITY_REVIEW("合法性审查", "legality review"),
    /** 重大行政决策 / major administrative decisions. */
    DECISIONS("重大行政决策", "major administrative decisions"),
    /** 行政规范性文件 / normative documents. */
    NORMATIVE_DOCUMENTS("行政规范性文件", "normative documents"),
    /** 行政复议与行政诉讼 / administrative reconsideration and litigation. */
    RECONSIDERATION_LITIGATION("行政复议与诉讼", "reconsideration and litigation"),
    /** 人大代表建议与政协提案 / NPC deputies' suggestions and CPPCC proposals. */
    NPC("代表建议与提案", "deputies' suggestions"),
    /** 政务公开 / government openness. */
    OPENNESS("政务公开", "government openness"),
    /** 普法与法治文化 / legal publicity and culture. */
    PUBLICITY("普法与法治文化", "legal publicity and culture"),
    /** 法治乡村 / rule of law in villages. */
    RURAL("法治乡村", "rule of law in villages"),
    /** 平安建设与应急 / public safety and emergencies. */
    SAFETY("平安建设与应急", "public safety and emergencies"),
    /** 矛盾纠纷化解 / dispute resolution. */
    DISPUTES("矛盾纠纷化解", "dispute resolution"),
    /** 法律顾问与公共法律服务 / legal advisers and public legal services. */
    LEGAL_ADVISERS("法律顾问与公共法律服务", "legal advisers and services"),
    /** 信访 / petitions. */
    PETITIONS("信访", "petitions"),
    /** 年度报告 / the annual report itself. */
    REPORT("年度报告", "the annual report");

    private final String zh;
    private final String en;

    FigureSection(String zh, String en) {
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
