package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 乡镇主动公开重点 / What a township government must also publish proactively (政府信息公开条例第二十一条). */
public enum TownshipDisclosureCategory implements Bilingual {
    /** 贯彻落实农业农村政策 / implementation of agricultural and rural policies. */
    AGRICULTURAL_POLICY("贯彻落实农业农村政策", "implementation of agricultural and rural policies"),
    /** 农田水利工程建设运营 / farmland water-conservancy projects. */
    FARMLAND_WATER("农田水利工程建设运营", "farmland water-conservancy projects"),
    /** 农村土地承包经营权流转 / transfers of rural land contract rights. */
    LAND_CONTRACT_TRANSFER("农村土地承包经营权流转", "transfers of rural land contract rights"),
    /** 宅基地使用情况审核 / homestead approvals. */
    HOMESTEAD("宅基地使用情况审核", "homestead approvals"),
    /** 土地征收 / land requisition. */
    LAND_REQUISITION("土地征收", "land requisition"),
    /** 房屋征收 / house expropriation. */
    HOUSE_EXPROPRIATION("房屋征收", "house expropriation"),
    /** 筹资筹劳 / villagers' fund and labour contributions. */
    FUND_AND_LABOUR("筹资筹劳", "villagers' fund and labour contributions"),
    /** 社会救助 / social assistance. */
    SOCIAL_ASSISTANCE("社会救助", "social assistance");

    private final String zh;
    private final String en;

    TownshipDisclosureCategory(String zh, String en) {
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
