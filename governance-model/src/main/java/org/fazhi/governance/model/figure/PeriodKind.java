package org.fazhi.governance.model.figure;

import org.fazhi.governance.model.base.Bilingual;

/** 统计期间的种类 / The kind of period a declared figure covers. */
public enum PeriodKind implements Bilingual {
    /** 报告年度（默认） / the report's year (the default). */
    REPORT_YEAR("报告年度", "the report year"),
    /** 截至某日 / as of a date ("截至 11 月底"): {@code to} is required. */
    AS_OF("截至某日", "as of a date"),
    /** 今年以来 / since the start of the year, up to {@code to} if stated. */
    YEAR_TO_DATE("今年以来", "year to date"),
    /** 明确的起止期间 / a stated range: {@code from} and {@code to} are required. */
    RANGE("起止期间", "a stated range"),
    /** 累计 / cumulative, since {@code from} if stated. */
    CUMULATIVE("累计", "cumulative");

    private final String zh;
    private final String en;

    PeriodKind(String zh, String en) {
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
