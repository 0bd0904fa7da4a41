package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 重大行政决策程序 / Step of a major administrative decision. */
public enum DecisionStep implements Bilingual {
    /** 决策启动 / launch. */
    LAUNCH("决策启动", "launch"),
    /** 拟定决策草案 / drafting. */
    DRAFTING("拟定决策草案", "drafting"),
    /** 公众参与 / public participation. */
    PUBLIC_PARTICIPATION("公众参与", "public participation"),
    /** 听证会 / hearing. */
    HEARING("听证会", "hearing"),
    /** 专家论证 / expert assessment. */
    EXPERT_ASSESSMENT("专家论证", "expert assessment"),
    /** 风险评估 / risk assessment. */
    RISK_ASSESSMENT("风险评估", "risk assessment"),
    /** 合法性审查 / legality review. */
    LEGALITY_REVIEW("合法性审查", "legality review"),
    /** 向同级党委请示报告 / report to the Party committee. */
    PARTY_REPORT("向同级党委请示报告", "report to the Party committee"),
    /** 集体讨论决定 / collective decision. */
    COLLECTIVE_DECISION("集体讨论决定", "collective decision"),
    /** 决策公布 / publication. */
    PUBLICATION("决策公布", "publication"),
    /** 归档 / archiving. */
    ARCHIVE("归档", "archiving"),
    /** 决策后评估 / post-decision evaluation. */
    POST_DECISION_EVALUATION("决策后评估", "post-decision evaluation");

    private final String zh;
    private final String en;

    DecisionStep(String zh, String en) {
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
