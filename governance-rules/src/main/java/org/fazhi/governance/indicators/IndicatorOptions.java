package org.fazhi.governance.indicators;

import java.util.Objects;

/**
 * 指标口径 / The definitions that differ between cities and provinces, chosen by the host.
 *
 * <p>No national formula exists for the hotline rates (RULES.md HOT-METRICS): a satisfaction rate may be
 * over rated tickets or over closed tickets, and may or may not count 基本满意 as satisfied. The
 * defaults are over rated tickets, 满意 and 基本满意 both counted; the literacy target is three per
 * village (乡村“法律明白人”培养工作规范). Immutable.
 */
public final class IndicatorOptions implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** 满意率的分母 / What a satisfaction rate is over. */
    public enum SatisfactionBase {
        /** 已评价工单 / Tickets rated on the follow-up call. */
        RATED,
        /** 已办结工单 / Tickets closed. */
        CLOSED
    }

    private static final IndicatorOptions DEFAULTS = new IndicatorOptions(SatisfactionBase.RATED, true, 3);

    private final SatisfactionBase satisfactionBase;
    private final boolean basicallySatisfiedCounts;
    private final int literatePerVillage;

    private IndicatorOptions(SatisfactionBase base, boolean basicallySatisfiedCounts, int literatePerVillage) {
        this.satisfactionBase = Objects.requireNonNull(base);
        this.basicallySatisfiedCounts = basicallySatisfiedCounts;
        if (literatePerVillage < 0) {
            throw new IllegalArgumentException("literatePerVillage must be >= 0 / 每村法律明白人目标数不能为负");
        }
        this.literatePerVillage = literatePerVillage;
    }

    /** Over rated tickets, 基本满意 counted, three 法律明白人 per village. */
    public static IndicatorOptions defaults() {
        return DEFAULTS;
    }

    /** What the satisfaction rate is over. */
    public SatisfactionBase satisfactionBase() {
        return satisfactionBase;
    }

    /** Whether 基本满意 counts as satisfied. */
    public boolean basicallySatisfiedCounts() {
        return basicallySatisfiedCounts;
    }

    /** 法律明白人 a village needs to count as covered. */
    public int literatePerVillage() {
        return literatePerVillage;
    }

    /**
     * These options with another satisfaction base.
     *
     * @param base rated or closed tickets
     * @return new options
     */
    public IndicatorOptions withSatisfactionBase(SatisfactionBase base) {
        return new IndicatorOptions(base, basicallySatisfiedCounts, literatePerVillage);
    }

    /**
     * These options with 基本满意 counted or not.
     *
     * @param counts whether 基本满意 counts as satisfied
     * @return new options
     */
    public IndicatorOptions withBasicallySatisfiedCounts(boolean counts) {
        return new IndicatorOptions(satisfactionBase, counts, literatePerVillage);
    }

    /**
     * These options with another literacy target.
     *
     * @param perVillage 法律明白人 per village
     * @return new options
     */
    public IndicatorOptions withLiteratePerVillage(int perVillage) {
        return new IndicatorOptions(satisfactionBase, basicallySatisfiedCounts, perVillage);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndicatorOptions)) {
            return false;
        }
        IndicatorOptions x = (IndicatorOptions) o;
        return x.satisfactionBase == satisfactionBase && x.basicallySatisfiedCounts == basicallySatisfiedCounts
                && x.literatePerVillage == literatePerVillage;
    }

    @Override
    public int hashCode() {
        return Objects.hash(satisfactionBase, basicallySatisfiedCounts, literatePerVillage);
    }

    @Override
    public String toString() {
        return "IndicatorOptions[satisfactionBase=" + satisfactionBase + ", basicallySatisfiedCounts=" + basicallySatisfiedCounts
                + ", literatePerVillage=" + literatePerVillage + "]";
    }
}
