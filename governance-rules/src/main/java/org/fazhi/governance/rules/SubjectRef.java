package org.fazhi.governance.rules;

import java.util.Objects;

/**
 * 检查对象 / What a finding is about: a kind (EnforcementCase, EnforcementOfficer, Record …) and a key
 * that stays stable when lists are reordered (the entity's id).
 *
 * <p>Waivers match on the rule id and this key, never on the JSON path or the message text.
 */
public final class SubjectRef {
    /**
     * The kinds of subject the standard rules report on; a host's rules add kinds through their own types
     * ({@link #of(Class, String)}).
     */
    static final java.util.Set<String> STANDARD_KINDS = java.util.Set.of("AdministrativeLitigation",
            "CollectiveMeeting", "DeclaredFigure",
            "DeputySuggestion", "Dispute", "EnforcementCase", "EnforcementOfficer", "GrassrootsUnit", "Grid",
            "HotlineTicket", "InformationDisclosure",
            "LegalReviewer", "MajorAdministrativeDecision", "ModelVillageTitle", "NormativeDocument",
            "NotificationCommitmentItem", "Person", "Petition", "PowerListItem",
            "RuleOfLawRecord", "RuralLegalPerson", "VillagerRepresentativeMeeting");
    private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("([A-Z][A-Za-z0-9]*):"
            + "(\\S.*)");

    private final String kind;
    private final String key;

    private SubjectRef(String kind, String key) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * A reference to an entity of a model type.
     *
     * @param type the model type, e.g. {@code EnforcementCase.class}; its simple name is the {@link #kind()}
     * @param key its id, e.g. {@code case-17}
     * @return the reference
     * @throws IllegalArgumentException if the type is anonymous or local (no simple name to key waivers on)
     */
    public static SubjectRef of(Class<?> type, String key) {
        if (type.getSimpleName().isEmpty() || type.isLocalClass()) {
            throw new IllegalArgumentException("对象类型应为有名称的顶层或成员类型，而不是 " + type.getName()
                    + " / the subject type must be a named top-level or member type, not " + type.getName());
        }
        return new SubjectRef(type.getSimpleName(), key);
    }

    /**
     * A reference to a subject that is no model type, such as a rule that threw ({@code RuleError}).
     *
     * @param kind the kind
     * @param key the key
     * @return the reference
     */
    static SubjectRef ofKind(String kind, String key) {
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

    /**
     * What is wrong with a subject fingerprint as a waiver names it, if anything: it must be {@code Kind:key}
     * with an UpperCamelCase kind, and a kind one or two letters away from a standard kind is taken for a
     * misspelling of it.
     *
     * @param fingerprint e.g. {@code EnforcementCase:case-17}
     * @return the problem in Chinese and English, with the form to write, or empty if it is well-formed
     */
    static java.util.Optional<String[]> problem(String fingerprint) {
        java.util.regex.Matcher m = FINGERPRINT.matcher(fingerprint);
        if (!m.matches()) {
            int colon = fingerprint.indexOf(':');
            String key = colon < 0 ? fingerprint : fingerprint.substring(colon + 1);
            String kind = colon < 0 ? "" : fingerprint.substring(0, colon);
            java.util.List<String> near = kind.isEmpty() ? java.util.List.of() : Suggestions.nearest(kind,
                    STANDARD_KINDS);
            String example = (near.isEmpty() ? "EnforcementCase" : near.get(0)) + ":" + (key.isBlank() ? "case-17"
                    : key.trim());
            return java.util.Optional.of(new String[] {
                "对象“" + fingerprint + "”应写成“类型:编号”，例如 " + example,
                "subject '" + fingerprint + "' must be written Kind:key, e.g. " + example});
        }
        String kind = m.group(1);
        if (!STANDARD_KINDS.contains(kind)) {
            java.util.List<String> near = Suggestions.nearest(kind, STANDARD_KINDS);
            if (!near.isEmpty() && Suggestions.distance(kind.toLowerCase(java.util.Locale.ROOT), near.get(0)
                    .toLowerCase(java.util.Locale.ROOT)) <= 2) {
                String fixed = near.get(0) + ":" + m.group(2);
                return java.util.Optional.of(new String[] {
                    "对象类型“" + kind + "”拼写有误，是否指 " + fixed + "？",
                    "subject kind '" + kind + "' is misspelt; did you mean " + fixed + "?"});
            }
        }
        return java.util.Optional.empty();
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
