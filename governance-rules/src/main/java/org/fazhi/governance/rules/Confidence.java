package org.fazhi.governance.rules;

/**
 * 依据可信度 / How well the legal basis of a rule was verified (the grades of the rule catalog).
 *
 * <p>C and D rules keep their thresholds as parameters marked unverified; hosts should confirm them
 * against their province's text.
 */
public enum Confidence implements Labelled {
    /** A: operative clause read verbatim in the official full text. */
    A,
    /** B: clause read verbatim in a secondary source that reproduces the document. */
    B,
    /** C: partly from memory, partly backed by secondary pages; verify before relying on it. */
    C,
    /** D: local practice or inference; a configurable parameter without a firm legal source. */
    D;
}
