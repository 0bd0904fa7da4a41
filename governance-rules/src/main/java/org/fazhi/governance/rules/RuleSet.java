package org.fazhi.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.governance.model.RecordValidator;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 规则集 / An immutable set of rules with a baseline of waivers: the checker.
 *
 * <p>{@link #evaluate} returns a {@link CheckReport}; {@link #check} is for a host's unit tests: it
 * throws an {@link AssertionError} carrying the report's text when an ERROR failure is left, in the
 * spirit of ArchUnit's {@code ArchRule.check}, with no test-framework dependency. A rule set is
 * thread-safe: share one across threads.
 */
public final class RuleSet {
    private final List<Rule> rules;
    private final Waivers waivers;

    RuleSet(List<Rule> rules, Waivers waivers) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (byId.putIfAbsent(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate rule id " + r.id() + " / 规则编号重复：" + r.id());
            }
        }
        this.rules = List.copyOf(rules);
        this.waivers = Objects.requireNonNull(waivers);
    }

    /**
     * A rule set of the given rules, without waivers.
     *
     * @param rules the rules, with distinct ids
     * @return the set
     */
    public static RuleSet of(List<Rule> rules) {
        return new RuleSet(rules, Waivers.none());
    }

    /** The rules, in catalog order. */
    public List<Rule> rules() {
        return rules;
    }

    /** The waivers applied. */
    public Waivers waivers() {
        return waivers;
    }

    /**
     * This set plus more rules, e.g. a host's province-specific ones.
     *
     * @param more rules with new ids
     * @return a new set
     */
    public RuleSet and(Rule... more) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(Arrays.asList(more));
        return new RuleSet(all, waivers);
    }

    /**
     * This set without some rules.
     *
     * @param ids rule ids to drop: of this set or of the standard catalog
     * @return a new set
     * @throws IllegalArgumentException if an id names no rule, with the nearest ids (a misspelt id would
     *     otherwise leave the rule active)
     */
    public RuleSet without(String... ids) {
        Set<String> known = new java.util.LinkedHashSet<>();
        rules.forEach(r -> known.add(r.id()));
        GovernanceRules.all().rules().forEach(r -> known.add(r.id()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw unknownRule(id, known);
            }
        }
        Set<String> drop = Set.of(ids);
        return new RuleSet(rules.stream().filter(r -> !drop.contains(r.id())).collect(Collectors.toList()), waivers);
    }

    /**
     * Only the rules of some groups.
     *
     * @param groups the groups
     * @return a new set
     */
    public RuleSet only(RuleGroup... groups) {
        Set<RuleGroup> keep = Set.of(groups);
        return new RuleSet(rules.stream().filter(r -> keep.contains(r.descriptor().group()))
                .collect(Collectors.toList()), waivers);
    }

    /**
     * This set with a baseline of waivers.
     *
     * <p>Every waiver must name a rule of this set or of the standard catalog (a baseline written for the
     * whole catalog may be applied to one group); a rule id that no rule has is refused with the nearest
     * known ids, since it could never match a failure.
     *
     * @param w the waivers
     * @return a new set
     * @throws org.fazhi.governance.model.base.InvalidRecordException listing each waiver with an unknown rule id
     *     at its JSON path ({@code /2/ruleId})
     */
    public RuleSet withWaivers(Waivers w) {
        Set<String> known = new java.util.LinkedHashSet<>();
        rules.forEach(r -> known.add(r.id()));
        GovernanceRules.all().rules().forEach(r -> known.add(r.id()));
        List<org.fazhi.governance.model.base.Violation> problems = new ArrayList<>();
        for (int i = 0; i < w.entries().size(); i++) {
            String id = w.entries().get(i).ruleId();
            if (!known.contains(id)) {
                List<String> near = Suggestions.nearest(id, known);
                problems.add(org.fazhi.governance.model.base.Violation.of("/" + i + "/ruleId", "waiver.unknownRule",
                        "豁免针对的规则“" + id + "”不存在" + (near.isEmpty() ? "；规则编号见 docs/rules.md" : "；是否指 "
                        + String.join("、", near) + "？"),
                        "waiver names rule '" + id + "', which does not exist" + (near.isEmpty()
                        ? "; see docs/rules.md for the rule ids"
                                : "; did you mean " + String.join(", ", near) + "?")));
            }
        }
        if (!problems.isEmpty()) {
            throw new org.fazhi.governance.model.base.InvalidRecordException(problems);
        }
        return new RuleSet(rules, w);
    }

    /**
     * Checks a record: validates it first (an invalid record throws), then runs every rule. A rule that
     * throws does not stop the check: it yields one ERROR finding naming the rule and the exception
     * ({@link Rule#evaluateContained}), which no waiver covers, and the other rules run as usual.
     *
     * @param record the record
     * @param context as-of date, calendar, parameters, locale
     * @return the report
     * @throws org.fazhi.governance.model.base.InvalidRecordException if the record breaks a model constraint
     */
    public CheckReport evaluate(RuleOfLawRecord record, CheckContext context) {
        RecordValidator.shared().requireValid(record);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules) {
            for (Finding f : rule.evaluateContained(record, context)) {
                Optional<Waiver> waiver = f.outcome() == Outcome.FAIL && !f.isRuleError()
                        ? waivers.activeFor(f.ruleId(), f.subject(), context.asOf())
                        : Optional.empty();
                findings.add(waiver.isPresent() ? Finding.builder().from(f).waiver(waiver.get()).build() : f);
            }
        }
        Set<Integer> years = context.calendar().coveredYears();
        CheckReport raw = new CheckReport(record.unit().name() + " " + record.year(), context.asOf(), context.locale(),
                findings, List.of(), List.of(), years);
        return new CheckReport(raw.title(), context.asOf(), context.locale(), findings, waivers.stale(raw),
                waivers.expired(context.asOf()), years);
    }

    /**
     * Checks a record with the default context (PRC calendar, default parameters, Chinese).
     *
     * @param record the record
     * @param asOf the as-of date
     * @return the report
     */
    public CheckReport evaluate(RuleOfLawRecord record, LocalDate asOf) {
        return evaluate(record, CheckContext.of(asOf));
    }

    /**
     * For host unit tests: passes silently, or throws an {@link AssertionError} whose message is the
     * report (header plus one line per failure with path, message and fix).
     *
     * @param record the record
     * @param asOf the as-of date
     * @throws AssertionError if an ERROR-severity failure is left unwaived
     */
    public void check(RuleOfLawRecord record, LocalDate asOf) {
        check(record, CheckContext.of(asOf));
    }

    /**
     * For host unit tests, with an explicit context.
     *
     * @param record the record
     * @param context the context
     * @throws AssertionError if an ERROR-severity failure is left unwaived
     */
    public void check(RuleOfLawRecord record, CheckContext context) {
        check(record, context, Severity.ERROR);
    }

    /**
     * For host unit tests that hold a record to warnings too, as {@code fazhi check --fail-on warning} does.
     *
     * @param record the record
     * @param context the context
     * @param failAt the least grave severity that fails: ERROR, WARNING or INFO
     * @throws AssertionError if a failure of that severity or a graver one is left unwaived; its message is the
     *     report
     */
    public void check(RuleOfLawRecord record, CheckContext context, Severity failAt) {
        CheckReport report = evaluate(record, context);
        if (!report.isPassing(failAt)) {
            throw new AssertionError(report.toString());
        }
    }

    /** A rule id that names no rule, refused with the nearest known ids. */
    static IllegalArgumentException unknownRule(String id, Collection<String> known) {
        List<String> near = Suggestions.nearest(id, known);
        return new IllegalArgumentException("no rule '" + id + "'" + (near.isEmpty()
                ? "; see docs/rules.md for the rule ids"
                : "; did you mean " + String.join(", ", near) + "?") + " / 没有规则“" + id + "”"
                + (near.isEmpty() ? "；规则编号见 docs/rules.md" : "；是否指 " + String.join("、", near) + "？"));
    }
}
