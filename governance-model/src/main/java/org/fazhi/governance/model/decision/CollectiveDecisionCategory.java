package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 三重一大事项类别 / Category of a matter that the "three majors, one large" (三重一大) rule sends to collective
 * decision: major matters, key appointments, major projects and the use of large sums.
 */
public enum CollectiveDecisionCategory implements Bilingual {
    /** 重大事项决策 / major matter decision. */
    MAJOR_MATTER_DECISION("重大事项决策", "major matter decision"),
    /** 重要干部任免 / key personnel appointment. */
    KEY_PERSONNEL_APPOINTMENT("重要干部任免", "key personnel appointment"),
    /** 重大项目安排 / major project arrangement. */
    MAJOR_PROJECT_ARRANGEMENT("重大项目安排", "major project arrangement"),
    /** 大额度资金运作 / large-amount fund use. */
    LARGE_FUND_OPERATION("大额度资金运作", "large-amount fund use");

    private final String zh;
    private final String en;

    CollectiveDecisionCategory(String zh, String en) {
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
