package org.fazhi.governance.model.legal;

import org.fazhi.governance.model.base.Bilingual;

/** 评理员类别 / Kind of reasoning-room member. */
public enum ReasoningRoomMemberKind implements Bilingual {
    /** 乡村干部 / township or village cadre. */
    CADRE("乡村干部", "township or village cadre"),
    /** 两代表一委员 / deputy or CPPCC member. */
    TWO_DEPUTIES_ONE_MEMBER("两代表一委员", "deputy or CPPCC member"),
    /** 退休老干部 / retired cadre. */
    RETIRED_CADRE("退休老干部", "retired cadre"),
    /** 老教师 / retired teacher. */
    RETIRED_TEACHER("老教师", "retired teacher"),
    /** 乡贤 / local worthy. */
    LOCAL_WORTHY("乡贤", "local worthy"),
    /** 其他 / other. */
    OTHER("其他", "other");

    private final String zh;
    private final String en;

    ReasoningRoomMemberKind(String zh, String en) {
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
