package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 行政强制措施种类 / Kind of coercive measure (行政强制法第九条). */
public enum CoerciveMeasureKind implements Bilingual {
    /** 限制公民人身自由 / restriction of personal liberty. */
    RESTRICT_PERSON("限制公民人身自由", "restriction of personal liberty"),
    /** 查封场所、设施或者财物 / sealing up premises, facilities or property. */
    SEAL_UP("查封场所、设施或者财物", "sealing up premises, facilities or property"),
    /** 扣押财物 / seizure of property. */
    SEIZE("扣押财物", "seizure of property"),
    /** 冻结存款、汇款 / freezing deposits or remittances. */
    FREEZE("冻结存款、汇款", "freezing deposits or remittances"),
    /** 其他行政强制措施 / other coercive measure. */
    OTHER("其他行政强制措施", "other coercive measure");

    private final String zh;
    private final String en;

    CoerciveMeasureKind(String zh, String en) {
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
