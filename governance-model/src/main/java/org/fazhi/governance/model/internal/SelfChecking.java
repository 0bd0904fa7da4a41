package org.fazhi.governance.model.internal;

/**
 * 自检的值类型 / A model type whose cross-field invariants are checked by {@link Consistent}.
 *
 * <p>Implementations report each broken invariant (dates out of order, a part larger than its
 * total, a duplicate id, a dangling reference) to the given {@link ConsistencyChecks} with the path
 * of the offending field; the validator turns each into a bilingual violation. The method takes a
 * parameter so that neither Jackson nor Bean Validation mistakes it for a property.
 */
public interface SelfChecking {
    /**
     * Reports every broken invariant of this value.
     *
     * @param checks where to report, never null
     */
    void checkConsistency(ConsistencyChecks checks);
}
