package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 执法行为类别 / Kind of enforcement action. */
public enum CaseKind implements Bilingual {
    /** 行政处罚 / administrative penalty. */
    PENALTY("行政处罚", "administrative penalty"),
    /** 行政许可 / administrative licence. */
    LICENSING("行政许可", "administrative licence"),
    /** 行政强制措施 / coercive measure. */
    COERCIVE_MEASURE("行政强制措施", "coercive measure"),
    /** 行政强制执行 / coercive execution. */
    COERCIVE_EXECUTION("行政强制执行", "coercive execution"),
    /** 行政检查 / inspection. */
    INSPECTION("行政检查", "inspection"),
    /** 其他 / other. */
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    CaseKind(String zh, String en) {
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
