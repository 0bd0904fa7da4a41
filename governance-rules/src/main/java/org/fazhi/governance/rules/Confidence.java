package org.fazhi.governance.rules;

import org.fazhi.governance.model.base.Bilingual;

/**
 * 依据可信度 / How well the legal basis of a rule was verified (the grades of the rule catalog).
 *
 * <p>C and D rules keep their thresholds as parameters marked unverified; hosts should confirm them
 * against their province's text.
 */
public enum Confidence implements Bilingual {
    /** A: operative clause read verbatim in the official full text. */
    A("已核对官方全文", "verified in the official full text"),
    /** B: clause read verbatim in a secondary source that reproduces the document. */
    B("已核对权威转载原文", "verified verbatim in a secondary source"),
    /** C: partly from memory, partly backed by secondary pages; verify before relying on it. */
    C("部分核对，需复核", "partly verified; confirm before relying on it"),
    /** D: local practice or inference; a configurable parameter without a firm legal source. */
    D("地方实践或推断，未核实", "local practice or inference, not verified");

    private final String zh;
    private final String en;

    Confidence(String zh, String en) {
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
