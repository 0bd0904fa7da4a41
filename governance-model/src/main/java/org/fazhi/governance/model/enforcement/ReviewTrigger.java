package org.fazhi.governance.model.enforcement;

import org.fazhi.governance.model.base.Bilingual;

/** 重大执法决定法制审核情形 / Why a decision needs legal review. */
public enum ReviewTrigger implements Bilingual {
    /** 涉及重大公共利益 / major public interest. */
    MAJOR_PUBLIC_INTEREST("涉及重大公共利益", "major public interest"),
    /** 直接关系重大权益且经过听证 / major rights, after a hearing. */
    MAJOR_RIGHTS_AFTER_HEARING("直接关系重大权益且经过听证", "major rights, after a hearing"),
    /** 疑难复杂、涉及多个法律关系 / complex, several legal relationships. */
    COMPLEX_MULTIPLE_RELATIONS("疑难复杂、涉及多个法律关系", "complex, several legal relationships"),
    /** 可能造成重大社会影响或引发社会风险 / major social impact or risk. */
    MAJOR_SOCIAL_IMPACT("可能造成重大社会影响或引发社会风险", "major social impact or risk"),
    /** 法律法规规定应当审核 / required by law. */
    STATUTORY("法律法规规定应当审核", "required by law");

    private final String zh;
    private final String en;

    ReviewTrigger(String zh, String en) {
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
