package org.fazhi.governance.rules;

/**
 * 发现去向 / Where a rule's findings go when they are streamed rather than listed: the sink says which
 * outcomes it wants as {@link Finding} objects and only counts the others.
 *
 * <p>At millions of entities most findings are passes and not-applicable results that are only counted; a
 * rule made with {@link Rule#of} then builds no {@code Finding} for them (no evidence map, no message, no
 * copy), and reports each with {@link #count}. A rule that implements {@link Rule} itself builds its list
 * and the findings are sorted into the sink afterwards, with the same result. Used by one check at a time;
 * need not be thread-safe.
 */
public interface FindingSink {
    /**
     * Whether findings of an outcome are wanted as objects.
     *
     * @param outcome the outcome
     * @return true to receive them through {@link #accept}; false to have them only {@linkplain #count counted}
     */
    boolean wants(Outcome outcome);

    /**
     * A finding of a wanted outcome.
     *
     * @param finding the finding, never null
     */
    void accept(Finding finding);

    /**
     * One finding of an unwanted outcome, counted without being built.
     *
     * @param outcome its outcome
     */
    void count(Outcome outcome);
}
