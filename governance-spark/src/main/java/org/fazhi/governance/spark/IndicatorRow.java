package org.fazhi.governance.spark;

import java.io.Serializable;

/**
 * 指标结果行 / One indicator's value as a Spark row: id, the exact counts, the value as shown, and the
 * number of input lines that were not valid entities.
 */
public class IndicatorRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private String indicatorId;
    private long numerator;
    private long denominator;
    private String display;
    private long badLines;

    /** Indicator id, e.g. {@code hotline.satisfactionRate}. */
    public String getIndicatorId() {
        return indicatorId;
    }

    /** @param v the id */
    public void setIndicatorId(String v) {
        this.indicatorId = v;
    }

    /** The count, or the rate's part. */
    public long getNumerator() {
        return numerator;
    }

    /** @param v the numerator */
    public void setNumerator(long v) {
        this.numerator = v;
    }

    /** 1 for a count, else the rate's whole. */
    public long getDenominator() {
        return denominator;
    }

    /** @param v the denominator */
    public void setDenominator(long v) {
        this.denominator = v;
    }

    /** The value as shown, e.g. {@code 85.67%}. */
    public String getDisplay() {
        return display;
    }

    /** @param v the display text */
    public void setDisplay(String v) {
        this.display = v;
    }

    /** Input lines that were not valid entities. */
    public long getBadLines() {
        return badLines;
    }

    /** @param v the count */
    public void setBadLines(long v) {
        this.badLines = v;
    }

    @Override
    public String toString() {
        return indicatorId + "=" + numerator + "/" + denominator + " (" + display + "), bad lines " + badLines;
    }
}
