package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 决策会议 / Decision-making meeting. */
public enum DecisionBody implements Bilingual {
    /** 党委会 / Party committee meeting. */
    PARTY_COMMITTEE_MEETING("党委会", "Party committee meeting"),
    /** 党政联席会议 / Party-government joint meeting. */
    PARTY_GOVERNMENT_JOINT_MEETING("党政联席会议", "Party-government joint meeting"),
    /** 乡长办公会议 / head's office meeting. */
    HEAD_OFFICE_MEETING("乡长办公会议", "head's office meeting");

    private final String zh;
    private final String en;

    DecisionBody(String zh, String en) {
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
