package org.fazhi.governance.model.service;

import org.fazhi.governance.model.base.Bilingual;

/** 告知承诺事项类别 / Kind of notification-and-commitment item. */
public enum NotificationCommitmentKind implements Bilingual {
    /** 证明事项 / certification matter. */
    CERTIFICATION_MATTER("证明事项", "certification matter"),
    /** 涉企经营许可事项 / business licensing matter. */
    BUSINESS_LICENSING("涉企经营许可事项", "business licensing matter"),
    /** 行政审批事项 / administrative approval. */
    ADMINISTRATIVE_APPROVAL("行政审批事项", "administrative approval");

    private final String zh;
    private final String en;

    NotificationCommitmentKind(String zh, String en) {
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
