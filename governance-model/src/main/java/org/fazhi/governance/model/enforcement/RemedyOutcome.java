package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 复议诉讼结果 / How a review of a decision ended; {@link #corrects()} is true when the decision was changed, revoked, or confirmed unlawful or void (行政处罚法第四十八条). */
public enum RemedyOutcome implements Bilingual {
    /** 维持或驳回 / upheld or claim dismissed. */
    UPHELD("维持或驳回", "upheld or claim dismissed", false),
    /** 变更 / changed. */
    CHANGED("变更", "changed", true),
    /** 撤销 / revoked. */
    REVOKED("撤销", "revoked", true),
    /** 确认违法 / confirmed unlawful. */
    CONFIRMED_ILLEGAL("确认违法", "confirmed unlawful", true),
    /** 确认无效 / confirmed void. */
    CONFIRMED_VOID("确认无效", "confirmed void", true),
    /** 撤回申请或撤诉 / withdrawn. */
    WITHDRAWN("撤回申请或撤诉", "withdrawn", false),
    /** 调解或和解 / mediated or settled. */
    MEDIATED("调解或和解", "mediated or settled", false);

    private final String zh;
    private final String en;
    private final boolean corrects;

    RemedyOutcome(String zh, String en, boolean corrects) {
        this.zh = zh;
        this.en = en;
        this.corrects = corrects;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** Whether the decision was changed, revoked, or confirmed unlawful or void: corrected on review or in court. */
    public boolean corrects() {
        return corrects;
    }
}
