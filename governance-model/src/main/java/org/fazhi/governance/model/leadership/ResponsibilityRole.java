package org.fazhi.governance.model.leadership;

import org.fazhi.governance.model.base.Bilingual;

/** 法治建设责任角色 / Role in the rule-of-law responsibility chain. */
public enum ResponsibilityRole implements Bilingual {
    /** 第一责任人 / first responsible person. */
    FIRST_RESPONSIBLE_PERSON("第一责任人", "first responsible person"),
    /** 分管领导 / leader in charge. */
    LEADER_IN_CHARGE("分管领导", "leader in charge"),
    /** 职能科室 / functional office. */
    FUNCTIONAL_OFFICE("职能科室", "functional office");

    private final String zh;
    private final String en;

    ResponsibilityRole(String zh, String en) {
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
