package org.fazhi.governance.model.decision;

import org.fazhi.governance.model.base.Bilingual;

/** 决策调整种类 / How a major decision in force was changed (重大行政决策程序暂行条例第三十七条). */
public enum DecisionChangeKind implements Bilingual {
    /** 中止执行 / suspended. */
    SUSPENDED("中止执行", "suspended"),
    /** 停止执行 / stopped. */
    STOPPED("停止执行", "stopped"),
    /** 重大调整 / substantially adjusted. */
    ADJUSTED("重大调整", "substantially adjusted");

    private final String zh;
    private final String en;

    DecisionChangeKind(String zh, String en) {
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
