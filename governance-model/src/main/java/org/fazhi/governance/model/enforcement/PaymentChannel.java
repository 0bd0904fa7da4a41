package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 罚款缴纳渠道 / How a fine was paid, for the separation of deciding from collecting (罚缴分离, 行政处罚法第六十七条至第六十九条). */
public enum PaymentChannel implements Bilingual {
    /** 指定银行 / designated bank. */
    DESIGNATED_BANK("指定银行", "designated bank"),
    /** 电子支付系统 / electronic payment system. */
    ELECTRONIC_PAYMENT("电子支付系统", "electronic payment system"),
    /** 执法人员当场收缴 / collected on the spot by the officer. */
    COLLECTED_ON_THE_SPOT("执法人员当场收缴", "collected on the spot by the officer"),
    /** 作出决定的行政机关自行收缴 / collected by the deciding agency itself. */
    AGENCY_ITSELF("作出决定的行政机关自行收缴", "collected by the deciding agency itself");

    private final String zh;
    private final String en;

    PaymentChannel(String zh, String en) {
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
