package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/** 年度报告的法定组成部分（督察工作规定） / Required part of the annual report. */
public enum ReportPart implements Bilingual {
    /** 主要举措和成效 / main measures and results. */
    MEASURES_AND_RESULTS("主要举措和成效", "main measures and results"),
    /** 存在的不足和原因 / shortcomings and their causes. */
    SHORTCOMINGS_AND_CAUSES("存在的不足和原因", "shortcomings and their causes"),
    /** 党政主要负责人履行第一责任人职责情况 / how the principal leaders fulfilled their first-responsible-person duties. */
    FIRST_RESPONSIBLE_DUTIES("党政主要负责人履行第一责任人职责情况", "how the principal leaders fulfilled their first-responsible-person duties"),
    /** 下一年度主要安排 / main arrangements for the next year. */
    NEXT_YEAR_PLAN("下一年度主要安排", "main arrangements for the next year"),
    /** 其他需要报告的情况 / other matters. */
    OTHER_MATTERS("其他需要报告的情况", "other matters");

    private final String zh;
    private final String en;

    ReportPart(String zh, String en) {
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
