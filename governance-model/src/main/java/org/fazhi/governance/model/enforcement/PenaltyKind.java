package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 行政处罚种类 / Kind of administrative penalty (行政处罚法第九条); {@link #rank()} is the item of Art. 9 it belongs to, from the lightest (1) to the heaviest (5), 6 for others. */
public enum PenaltyKind implements Bilingual {
    /** 警告 / warning. */
    WARNING("警告", "warning", 1),
    /** 通报批评 / circulated criticism. */
    CIRCULATED_CRITICISM("通报批评", "circulated criticism", 1),
    /** 罚款 / fine. */
    FINE("罚款", "fine", 2),
    /** 没收违法所得 / confiscation of illegal income. */
    CONFISCATION_OF_ILLEGAL_INCOME("没收违法所得", "confiscation of illegal income", 2),
    /** 没收非法财物 / confiscation of illegal property. */
    CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物", "confiscation of illegal property", 2),
    /** 暂扣许可证件 / licence suspended. */
    LICENCE_SUSPENDED("暂扣许可证件", "licence suspended", 3),
    /** 降低资质等级 / qualification downgraded. */
    QUALIFICATION_DOWNGRADED("降低资质等级", "qualification downgraded", 3),
    /** 吊销许可证件 / licence revoked. */
    LICENCE_REVOKED("吊销许可证件", "licence revoked", 3),
    /** 限制开展生产经营活动 / business activity restricted. */
    BUSINESS_RESTRICTED("限制开展生产经营活动", "business activity restricted", 4),
    /** 责令停产停业 / production or business suspended. */
    PRODUCTION_SUSPENDED("责令停产停业", "production or business suspended", 4),
    /** 责令关闭 / closure ordered. */
    CLOSURE_ORDERED("责令关闭", "closure ordered", 4),
    /** 限制从业 / practice restricted. */
    PRACTICE_RESTRICTED("限制从业", "practice restricted", 4),
    /** 行政拘留 / administrative detention. */
    ADMINISTRATIVE_DETENTION("行政拘留", "administrative detention", 5),
    /** 法律、行政法规规定的其他行政处罚 / other penalty set by law. */
    OTHER("法律、行政法规规定的其他行政处罚", "other penalty set by law", 6);

    private final String zh;
    private final String en;
    private final int rank;

    PenaltyKind(String zh, String en, int rank) {
        this.zh = zh;
        this.en = en;
        this.rank = rank;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** 第九条项次 / The item of Art. 9: 1 warning and criticism, 2 fines and confiscation, 3 licences, 4 restrictions and closure, 5 detention, 6 other. */
    public int rank() {
        return rank;
    }
}
