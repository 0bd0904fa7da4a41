package org.fazhi.governance.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.base.Violation;

/**
 * 豁免清单（基线）/ A baseline of accepted failures, read from and written to a JSON array (see
 * {@code docs/waivers.md}).
 *
 * <p>A misspelt entry would otherwise load silently and later read as "the waiver matches nothing", so
 * entries are checked when a baseline is made: a subject must be {@code Kind:key} (e.g.
 * {@code EnforcementCase:case-17}), and {@link RuleSet#withWaivers} refuses a rule id that no rule has,
 * each with a suggestion.
 *
 * <p>Like ArchUnit's frozen rules, a baseline lets a host adopt the rules before every old failure is
 * fixed, but each entry names a reason, an approver and an expiry. A waived failure is reported as
 * waived; an expired waiver no longer covers its failure; an entry that matches no failure is reported
 * as stale. A baseline only shrinks: {@link #withoutStale(CheckReport)} drops what was fixed, and no
 * method adds failures automatically. Immutable and thread-safe.
 */
public final class Waivers {
    private static final Waivers NONE = new Waivers(List.of());

    private final List<Waiver> entries;
    private final Map<String, Waiver> byKey;

    private Waivers(List<Waiver> entries) {
        this.entries = List.copyOf(entries);
        this.byKey = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        for (int i = 0; i < this.entries.size(); i++) {
            Waiver w = this.entries.get(i);
            int at = i;
            SubjectRef.problem(w.subject()).ifPresent(p -> problems.add(Violation.of("/" + at + "/subject",
                    "waiver.subject", p[0], p[1])));
            if (byKey.putIfAbsent(key(w.ruleId(), w.subject()), w) != null) {
                problems.add(Violation.of("/" + i, "waiver.duplicate", "重复的豁免：" + w.ruleId() + " " + w.subject(),
                        "duplicate waiver for " + w.ruleId() + " " + w.subject()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    /** No waivers. */
    public static Waivers none() {
        return NONE;
    }

    /**
     * Waivers from entries.
     *
     * @param entries the entries, at most one per rule and subject
     * @return the baseline
     * @throws InvalidRecordException listing every entry whose subject is not {@code Kind:key} (or misspells
     *     a standard kind) and every duplicate, each at its JSON path ({@code /3/subject}) with what to write
     */
    public static Waivers of(List<Waiver> entries) {
        return new Waivers(entries);
    }

    /**
     * Reads a baseline file: a JSON array of waivers.
     *
     * @param file the file
     * @return the baseline
     * @throws InvalidRecordException if the file is not a valid baseline
     */
    public static Waivers read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a baseline: a JSON array of waivers.
     *
     * @param json the JSON text
     * @return the baseline
     * @throws InvalidRecordException if the text is not a valid baseline
     */
    public static Waivers parse(String json) {
        try {
            List<Waiver> list = GovernanceJson.newMapper().readValue(json, new TypeReference<List<Waiver>>() {});
            return new Waivers(list);
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw new InvalidRecordException(List.of(Violation.of("", "waivers.invalid",
                    "豁免清单无效：" + e.getMessage(), "Invalid waiver baseline: " + e.getMessage())));
        }
    }

    /** The entries. */
    public List<Waiver> entries() {
        return entries;
    }

    /**
     * The waiver for a failure, if one is active on the date.
     *
     * @param ruleId the rule
     * @param subject the subject
     * @param asOf the as-of date
     * @return the active waiver, or empty
     */
    public Optional<Waiver> activeFor(String ruleId, SubjectRef subject, LocalDate asOf) {
        return Optional.ofNullable(byKey.get(key(ruleId, subject.fingerprint()))).filter(w -> w.isActiveOn(asOf));
    }

    /**
     * The entries that matched no failure of a report (the failure was fixed).
     *
     * @param report a report produced with these waivers
     * @return the stale entries
     */
    public List<Waiver> stale(CheckReport report) {
        java.util.Set<String> failing = report.findings().stream().filter(f -> f.outcome() == Outcome.FAIL)
                .map(f -> key(f.ruleId(), f.subject().fingerprint())).collect(Collectors.toSet());
        return entries.stream().filter(w -> !failing.contains(key(w.ruleId(), w.subject())))
                .collect(Collectors.toList());
    }

    /**
     * The entries whose expiry has passed.
     *
     * @param asOf the as-of date
     * @return expired entries
     */
    public List<Waiver> expired(LocalDate asOf) {
        return entries.stream().filter(w -> !w.isActiveOn(asOf)).collect(Collectors.toList());
    }

    /**
     * The baseline without its stale entries: it only ever shrinks.
     *
     * @param report a report produced with these waivers
     * @return the smaller baseline
     */
    public Waivers withoutStale(CheckReport report) {
        List<Waiver> keep = new ArrayList<>(entries);
        keep.removeAll(stale(report));
        return new Waivers(keep);
    }

    /** The baseline as a JSON array, for writing back to its file. */
    public String toJson() {
        return GovernanceJson.write(entries);
    }

    private static String key(String ruleId, String subject) {
        return ruleId + "\u0000" + subject;
    }

    @Override
    public String toString() {
        return "Waivers" + entries;
    }
}
