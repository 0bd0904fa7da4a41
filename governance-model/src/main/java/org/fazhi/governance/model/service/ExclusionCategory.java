package org.fazhi.governance.model.service;

import org.fazhi.governance.model.base.Bilingual;

/** 不适用告知承诺制的情形 / Matter excluded from notification and commitment. */
public enum ExclusionCategory implements Bilingual {
    /** 国家安全 / national security. */
    NATIONAL_SECURITY("国家安全", "national security"),
    /** 国家秘密 / state secrets. */
    STATE_SECRETS("国家秘密", "state secrets"),
    /** 公共安全 / public safety. */
    PUBLIC_SAFETY("公共安全", "public safety"),
    /** 金融审慎监管 / prudential financial supervision. */
    FINANCIAL_PRUDENTIAL("金融审慎监管", "prudential financial supervision"),
    /** 生态环境保护 / ecological protection. */
    ECOLOGICAL_PROTECTION("生态环境保护", "ecological protection"),
    /** 直接关系人身健康、生命财产安全 / personal health, life or property safety. */
    PERSONAL_HEALTH_LIFE_PROPERTY("直接关系人身健康、生命财产安全", "personal health, life or property safety"),
    /** 重要涉外等风险较大 / high-risk foreign-related matter. */
    HIGH_RISK_FOREIGN("重要涉外等风险较大", "high-risk foreign-related matter");

    private final String zh;
    private final String en;

    ExclusionCategory(String zh, String en) {
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
