package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 学法形式 / Kind of law study session. */
public enum LawStudyKind implements Bilingual {
    /** 理论学习中心组学习 / theory study centre group. */
    THEORY_CENTRE_GROUP("理论学习中心组学习", "theory study centre group"),
    /** 党政联席会议 / Party-government joint meeting. */
    PARTY_GOVERNMENT_JOINT_MEETING("党政联席会议", "Party-government joint meeting"),
    /** 领导班子集体学法 / leadership collective law study. */
    LEADERSHIP_COLLECTIVE_STUDY("领导班子集体学法", "leadership collective law study"),
    /** 法律顾问讲座 / legal adviser lecture. */
    LEGAL_ADVISER_LECTURE("法律顾问讲座", "legal adviser lecture");

    private final String zh;
    private final String en;

    LawStudyKind(String zh, String en) {
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
