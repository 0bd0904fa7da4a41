package org.fazhi.governance.model;

import org.fazhi.governance.model.base.Bilingual;

/** 五大基本原则 / The five guiding principles. */
public enum GuidingPrinciple implements Bilingual {
    /** 坚持党的领导 / party leadership. */
    PARTY_LEADERSHIP("坚持党的领导", "party leadership"),
    /** 坚持以人民为中心 / people-centred. */
    PEOPLE_CENTERED("坚持以人民为中心", "people-centred"),
    /** 坚持问题导向 / problem-oriented. */
    PROBLEM_ORIENTED("坚持问题导向", "problem-oriented"),
    /** 坚持改革创新 / reform and innovation. */
    REFORM_AND_INNOVATION("坚持改革创新", "reform and innovation"),
    /** 坚持统筹推进 / coordinated advancement. */
    COORDINATED_ADVANCEMENT("坚持统筹推进", "coordinated advancement");

    private final String zh;
    private final String en;

    GuidingPrinciple(String zh, String en) {
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
