package org.fazhi.governance.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.enforcement.CaseKind;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.figure.FigureConcept;
import org.fazhi.governance.model.figure.StandardFigures;
import org.fazhi.governance.rules.FindingCollector.ElementCheck;

/**
 * 规则编写辅助 / What the library's rules share and a host's rules can use too: JSON Pointers into the
 * record's lists, the figures a report declares, the number of villages, and a check of each element of a
 * list with NOT_APPLICABLE when none applies.
 *
 * <pre>{@code
 * Rule.of(descriptor, (r, ctx, out) -> RuleSupport.forEach(out, "grids", r.grids(), g -> g.level() == 2, (i, g) -> {
 *     String at = RuleSupport.path("grids", i, "households");
 *     ...
 * }));
 * }</pre>
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class RuleSupport {
    private RuleSupport() {}

    /**
     * A JSON Pointer into one of the record's lists: {@code /list/index} plus further segments, e.g.
     * {@code path("grids", 3, "households")} is {@code /grids/3/households}.
     *
     * @param list the list property, e.g. {@code grids}, or a nested one such as {@code unit/grassrootsUnits}
     * @param index the element index
     * @param more further property names
     * @return the pointer
     */
    public static String path(String list, int index, String... more) {
        StringBuilder sb = new StringBuilder("/").append(list).append('/').append(index);
        for (String m : more) {
            sb.append('/').append(m);
        }
        return sb.toString();
    }

    /**
     * 声明数字 / The value a record's report declares for a figure, if it declares one (the figure
     * {@link RuleOfLawRecord#declaredFigure} picks).
     *
     * @param record the record
     * @param concept the figure, e.g. {@link StandardFigures#UNIT_VILLAGE_COUNT}
     * @return the declared value, or empty
     */
    public static Optional<BigDecimal> declared(RuleOfLawRecord record, FigureConcept concept) {
        return record.declaredFigure(concept).map(f -> f.value());
    }

    /**
     * 村（社区）数 / The number of villages of the record: its detailed grassroots units, else the declared
     * count, else empty.
     *
     * @param record the record
     * @return the number of villages, or empty
     */
    public static Optional<Integer> villageCount(RuleOfLawRecord record) {
        return record.unit().grassrootsUnits().isEmpty()
                ? declared(record, StandardFigures.UNIT_VILLAGE_COUNT).map(BigDecimal::intValue)
                : Optional.of(record.unit().grassrootsUnits().size());
    }

    /**
     * Checks each element of one of the record's lists that a rule applies to, telling the check the
     * element's index for its {@link #path}; when no element applies, reports NOT_APPLICABLE at the list.
     *
     * @param out the rule's collector
     * @param list the list property, e.g. {@code grids}
     * @param items the list
     * @param applies which elements the rule applies to
     * @param check the check of one element
     * @param <T> the element type
     */
    public static <T> void forEach(FindingCollector out, String list, List<T> items, Predicate<? super T> applies,
            ElementCheck<? super T> check) {
        out.each("/" + list, items, applies, check);
    }

    /** The subject reference of an enforcement case. */
    static SubjectRef subject(EnforcementCase c) {
        return SubjectRef.of(EnforcementCase.class, c.id());
    }

    /** The subject reference of a village (a grassroots unit). */
    static SubjectRef village(GrassrootsUnit u) {
        return SubjectRef.of(GrassrootsUnit.class, u.id());
    }

    /** Runs a per-case check over the cases of some kinds, or says why there is nothing to check. */
    static void forCases(RuleOfLawRecord r, FindingCollector out, Set<CaseKind> kinds,
            ElementCheck<EnforcementCase> check) {
        forCases(r, out, c -> kinds.contains(c.kind()), check);
    }

    /** Runs a per-case check over the cases a rule applies to, or says why there is nothing to check. */
    static void forCases(RuleOfLawRecord r, FindingCollector out, Predicate<EnforcementCase> applies,
            ElementCheck<EnforcementCase> check) {
        if (!out.eachApplicable(r.enforcementCases(), applies, check)) {
            noCases(r, out);
        }
    }

    /**
     * No case to check: NOT_APPLICABLE, unless the report declares enforcement officers, in which case
     * the unit enforces and the missing case data make the rule undecidable.
     */
    static void noCases(RuleOfLawRecord r, FindingCollector out) {
        Optional<BigDecimal> officers = r.declaredFigure(StandardFigures.ENFORCEMENT_FULL_TIME_OFFICERS)
                .map(f -> f.value());
        if (r.enforcementCases().isEmpty() && officers.isPresent() && officers.get().signum() > 0) {
            // the gap is shared by every case rule, so a report can say it once for all of them
            out.insufficient("/enforcementCases", out.recordSubject(), "{gap}，无法核查{unchecked}",
                    "{gap}, so {unchecked} cannot be checked",
                    Evidence.of("officers", officers.get().toPlainString()).and(DataGap.EVIDENCE_NAME,
                    DataGap.NO_CASE_RECORDS)
                            .and("unchecked", Wording.of(out.rule().subjectZh(), out.rule().subjectEn())));
        } else {
            out.notApplicable("/enforcementCases");
        }
    }
}
