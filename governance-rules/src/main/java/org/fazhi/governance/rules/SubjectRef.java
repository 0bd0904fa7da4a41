package org.fazhi.governance.rules;

import java.util.Objects;

/**
 * 检查对象 / What a finding is about: a kind (EnforcementCase, EnforcementOfficer, Record …) and a key
 * that stays stable when lists are reordered (the entity's id).
 *
 * <p>Waivers match on the rule id and this key, never on the JSON path or the message text.
 */
public final class SubjectRef {
    private final String kind;
    private final String key;

    private SubjectRef(String kind, String key) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * A reference.
     *
     * @param kind the model type, e.g. {@code EnforcementCase}
     * @param key its id, e.g. {@code case-17}
     * @return the reference
     */
    public static SubjectRef of(String kind, String key) {
        return new SubjectRef(kind, key);
    }

    /**
     * The whole record of a unit and year.
     *
     * @param unitName the unit
     * @param year the year
     * @return the reference
     */
    public static SubjectRef record(String unitName, int year) {
        return new SubjectRef("RuleOfLawRecord", unitName + "/" + year);
    }

    /** The model type. */
    public String kind() {
        return kind;
    }

    /** The stable key. */
    public String key() {
        return key;
    }

    /** {@code kind:key}, the form waivers use. */
    public String fingerprint() {
        return kind + ":" + key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectRef && ((SubjectRef) o).kind.equals(kind) && ((SubjectRef) o).key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key);
    }

    @Override
    public String toString() {
        return fingerprint();
    }
}
