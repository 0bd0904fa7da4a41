package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 处罚决定书载明事项 / What a penalty decision document states (行政处罚法第五十九条; 当场处罚决定书第五十二条). */
public enum DecisionItem implements Bilingual {
    /** 当事人的姓名或者名称、地址 / the party's name and address. */
    PARTY("当事人的姓名或者名称、地址", "the party's name and address"),
    /** 违法事实和证据 / the facts and evidence of the violation. */
    FACTS_AND_EVIDENCE("违法事实和证据", "the facts and evidence of the violation"),
    /** 行政处罚的种类和依据 / the kind of penalty and its basis. */
    PENALTY_AND_BASIS("行政处罚的种类和依据", "the kind of penalty and its basis"),
    /** 履行方式和期限 / how and by when to perform. */
    PERFORMANCE("履行方式和期限", "how and by when to perform"),
    /** 申请行政复议、提起行政诉讼的途径和期限 / how and by when to seek reconsideration or sue. */
    REMEDIES("申请行政复议、提起行政诉讼的途径和期限", "how and by when to seek reconsideration or sue"),
    /** 行政机关名称和作出决定的日期 / the agency's name and the date. */
    AGENCY_AND_DATE("行政机关名称和作出决定的日期", "the agency's name and the date"),
    /** 行政机关印章 / the agency's seal. */
    SEAL("行政机关印章", "the agency's seal"),
    /** 时间、地点（当场处罚） / time and place (on-the-spot decision). */
    TIME_AND_PLACE("时间、地点（当场处罚）", "time and place (on-the-spot decision)"),
    /** 执法人员签名或者盖章（当场处罚） / the officer's signature or seal (on-the-spot decision). */
    OFFICER_SIGNATURE("执法人员签名或者盖章（当场处罚）", "the officer's signature or seal (on-the-spot decision)");

    private final String zh;
    private final String en;

    DecisionItem(String zh, String en) {
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
