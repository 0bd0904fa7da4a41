package org.fazhi.governance.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 规则目录 / The library's rule catalog: every rule, or the rules of some groups, as a {@link RuleSet}.
 *
 * <pre>{@code
 * GovernanceRules.all().check(record, LocalDate.of(2023, 12, 31));      // in a host's unit test
 * CheckReport report = GovernanceRules.all().evaluate(record, asOf);    // anywhere else
 * }</pre>
 */
public final class GovernanceRules {
    private static final List<Rule> ALL = catalog();

    private GovernanceRules() {}

    /** Builds the catalogue afresh; {@link #all()} shares the one built when the class loads. */
    static List<Rule> catalog() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(EnforcementRules.all());
        rules.addAll(ThreeSystemsRules.all());
        rules.addAll(CertificationRules.all());
        rules.addAll(ListRules.all());
        rules.addAll(GridRules.all());
        rules.addAll(MajorDecisionRules.all());
        rules.addAll(NormativeDocumentRules.all());
        rules.addAll(CollectiveDecisionRules.all());
        rules.addAll(AnnualReportRules.all());
        rules.addAll(OpennessRules.all());
        rules.addAll(DeputySuggestionRules.all());
        rules.addAll(HotlineRules.all());
        rules.addAll(RuralRules.all());
        rules.addAll(DisputeRules.all());
        rules.addAll(NotificationCommitmentRules.all());
        rules.addAll(LitigationRules.all());
        rules.addAll(FigureRules.all());
        return List.copyOf(rules);
    }

    /** Every rule of the catalog. */
    public static RuleSet all() {
        return RuleSet.of(ALL);
    }

    /**
     * The rules of some groups.
     *
     * @param groups the groups, e.g. {@link RuleGroup#ENFORCEMENT}
     * @return the rule set
     */
    public static RuleSet of(RuleGroup... groups) {
        return all().only(groups);
    }

    /**
     * One rule by id.
     *
     * @param id e.g. {@code ENF-TWO-OFFICERS}
     * @return the rule, or empty
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
