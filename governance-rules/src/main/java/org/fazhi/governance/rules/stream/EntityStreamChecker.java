package org.fazhi.governance.rules.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.fazhi.governance.indicators.IndicatorOptions;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.Violation;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.Rule;
import org.fazhi.governance.rules.RuleScope;
import org.fazhi.governance.rules.RuleSet;

/**
 * 流式检查 / Checks and counts JSON Lines of hotline tickets or enforcement cases one entity at a time,
 * in memory that does not grow with the number of lines.
 *
 * <p>Each line is bound and validated on its own; a bad line (malformed JSON, invalid UTF-8, a failed
 * constraint, a reference to an officer, power-list item, reviewer or village the reference record does
 * not have, a duplicate id, a line over {@link #MAX_LINE_BYTES}) is reported with its number and every
 * reason, and the rest of the stream is still processed. Good lines run through the entity-scoped rules
 * ({@link RuleScope}) exactly as they would inside a record, with the township's reference data (officers,
 * power list, reviewers, villages) from the reference record, and are counted into an
 * {@link IndicatorTally}. Only the duplicate-id check keeps state per line: a set of 64-bit id hashes,
 * capped at {@link Builder#uniqueIdLimit} ids, and the summary says when the cap was reached. Nothing a
 * line holds stops the stream: a rule that throws on a line yields an ERROR finding for that line naming the
 * rule and the exception ({@link Rule#checkContained}), and should the library itself fail on a line, the
 * line is reported as bad ({@code stream.lineFailed}) and the rest is still processed. Only the host's own
 * consumers can end a call early, by throwing. The checker is immutable and thread-safe; each call keeps its
 * own state.
 */
public final class EntityStreamChecker {
    /** Bad lines kept in the summary; every bad line also goes to the consumer. */
    public static final int KEPT_BAD_LINES = 100;
    /** Longest line accepted, in bytes. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final RuleOfLawRecord reference;
    private final CheckContext context;
    private final IndicatorOptions options;
    private final int idLimit;
    private final List<Rule> caseRules;
    private final List<Rule> ticketRules;
    private final Set<String> officers;
    private final Set<String> powers;
    private final Set<String> reviewers;
    private final Set<String> villages;
    private final long progressEvery;
    private final boolean reportPasses;

    private EntityStreamChecker(Builder b) {
        this.reference = b.reference.withEnforcementCases(List.of()).withHotlineTickets(List.of());
        this.context = b.context;
        this.options = b.options;
        this.idLimit = b.idLimit;
        this.caseRules = b.rules.rules().stream().filter(r -> r.descriptor().scope() == RuleScope.ENFORCEMENT_CASE).collect(Collectors.toList());
        this.ticketRules = b.rules.rules().stream().filter(r -> r.descriptor().scope() == RuleScope.HOTLINE_TICKET).collect(Collectors.toList());
        this.officers = reference.enforcementOfficers().stream().map(EnforcementOfficer::id).collect(Collectors.toUnmodifiableSet());
        this.powers = reference.powerList().stream().map(PowerListItem::id).collect(Collectors.toUnmodifiableSet());
        this.reviewers = reference.legalReviewers().stream().map(LegalReviewer::id).collect(Collectors.toUnmodifiableSet());
        this.villages = reference.unit().grassrootsUnits().stream().map(GrassrootsUnit::id).collect(Collectors.toUnmodifiableSet());
        this.progressEvery = b.progressEvery;
        this.reportPasses = b.reportPasses;
    }

    /**
     * A builder.
     *
     * @param reference the township's record holding the reference data (its own cases and tickets are ignored)
     * @param context as-of date, calendar, parameters, locale
     * @return the builder
     */
    public static Builder builder(RuleOfLawRecord reference, CheckContext context) {
        return new Builder(reference, context);
    }

    /** Builder of an {@link EntityStreamChecker}. */
    public static final class Builder {
        private final RuleOfLawRecord reference;
        private final CheckContext context;
        private RuleSet rules = GovernanceRules.all();
        private IndicatorOptions options = IndicatorOptions.defaults();
        private int idLimit = 1_000_000;
        private long progressEvery = 1_000_000;
        private boolean reportPasses;

        Builder(RuleOfLawRecord reference, CheckContext context) {
            this.reference = Objects.requireNonNull(reference);
            this.context = Objects.requireNonNull(context);
        }

        /**
         * The rules; their entity-scoped members run per line.
         *
         * @param r the rule set
         * @return this builder
         */
        public Builder rules(RuleSet r) {
            this.rules = Objects.requireNonNull(r);
            return this;
        }

        /**
         * The indicator definitions.
         *
         * @param o the options
         * @return this builder
         */
        public Builder indicatorOptions(IndicatorOptions o) {
            this.options = Objects.requireNonNull(o);
            return this;
        }

        /**
         * How many ids the duplicate-id check may remember (16 bytes each at most); 0 turns it off.
         *
         * @param limit the cap
         * @return this builder
         */
        public Builder uniqueIdLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must be >= 0 / 上限不能为负");
            }
            this.idLimit = limit;
            return this;
        }

        /**
         * How often the progress consumer is called, in lines.
         *
         * @param lines at least 1
         * @return this builder
         */
        public Builder progressEvery(long lines) {
            this.progressEvery = Math.max(1, lines);
            return this;
        }

        /**
         * Whether passing findings go to the findings consumer too; by default they are only counted, since
         * at millions of lines they are rarely wanted one by one.
         *
         * @param report true to receive them
         * @return this builder
         */
        public Builder reportPasses(boolean report) {
            this.reportPasses = report;
            return this;
        }

        /** The checker. */
        public EntityStreamChecker build() {
            return new EntityStreamChecker(this);
        }
    }

    /**
     * Checks and counts a stream of hotline tickets, one JSON object per line.
     *
     * @param in UTF-8 JSON Lines, read to its end but not closed
     * @param findings receives every failing and undecidable finding of every good line (and passing ones when
     *     {@link Builder#reportPasses} is set; not-applicable ones are skipped)
     * @param badLines receives every bad line
     * @param progress receives the number of lines read, every {@link Builder#progressEvery} lines
     * @return the summary
     * @throws UncheckedIOException if the stream cannot be read
     */
    public StreamSummary checkTickets(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines, LongConsumer progress) {
        return run(in, findings, badLines, progress, new Kind<HotlineTicket>() {
            @Override
            public Class<HotlineTicket> type() {
                return HotlineTicket.class;
            }

            @Override
            public String id(HotlineTicket t) {
                return t.id();
            }

            @Override
            public void references(HotlineTicket t, List<Violation> out) {
                t.grassrootsUnitId().filter(v -> !villages.contains(v)).ifPresent(v -> out.add(missing("/grassrootsUnitId", v, "unit/grassrootsUnits")));
            }

            @Override
            public void count(HotlineTicket t, IndicatorTally.Mutable tally) {
                tally.addTicket(t);
            }

            @Override
            public RuleOfLawRecord record(HotlineTicket t) {
                return reference.withHotlineTickets(t);
            }

            @Override
            public List<Rule> rules() {
                return ticketRules;
            }

            @Override
            public String list() {
                return "/hotlineTickets/";
            }
        });
    }

    /**
     * Checks and counts a stream of enforcement cases, one JSON object per line.
     *
     * @param in UTF-8 JSON Lines, read to its end but not closed
     * @param findings receives every failing and undecidable finding of every good line (and passing ones when
     *     {@link Builder#reportPasses} is set; not-applicable ones are skipped)
     * @param badLines receives every bad line
     * @param progress receives the number of lines read, every {@link Builder#progressEvery} lines
     * @return the summary
     * @throws UncheckedIOException if the stream cannot be read
     */
    public StreamSummary checkCases(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines, LongConsumer progress) {
        return run(in, findings, badLines, progress, new Kind<EnforcementCase>() {
            @Override
            public Class<EnforcementCase> type() {
                return EnforcementCase.class;
            }

            @Override
            public String id(EnforcementCase c) {
                return c.id();
            }

            @Override
            public void references(EnforcementCase c, List<Violation> out) {
                if (!powers.contains(c.powerItemId())) {
                    out.add(missing("/powerItemId", c.powerItemId(), "powerList"));
                }
                for (int j = 0; j < c.officers().size(); j++) {
                    OfficerPresence p = c.officers().get(j);
                    if (!officers.contains(p.officerId())) {
                        out.add(missing("/officers/" + j + "/officerId", p.officerId(), "enforcementOfficers"));
                    }
                }
                c.legalReview().filter(r -> !reviewers.contains(r.reviewerId()))
                        .ifPresent(r -> out.add(missing("/legalReview", r.reviewerId(), "legalReviewers")));
            }

            @Override
            public void count(EnforcementCase c, IndicatorTally.Mutable tally) {
                tally.addCase(c);
            }

            @Override
            public RuleOfLawRecord record(EnforcementCase c) {
                return reference.withEnforcementCases(c);
            }

            @Override
            public List<Rule> rules() {
                return caseRules;
            }

            @Override
            public String list() {
                return "/enforcementCases/";
            }
        });
    }

    /** The library failed on a line (a defect, not bad data): the line is reported and skipped. */
    private static Violation lineFailed(RuntimeException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String shown = what.length() > 300 ? what.substring(0, 300) + "…" : what;
        return Violation.of("", "stream.lineFailed", "处理此行时本库出错（" + shown + "），此行未计入；这是本库的缺陷，请报告",
                "The library failed on this line (" + shown + "); the line was not counted. This is a defect of the library: please report it");
    }

    private static Violation missing(String path, String ref, String target) {
        return Violation.of(path, "fazhi.reference.missing", "引用的“" + ref + "”在 " + target + " 中不存在",
                "refers to '" + ref + "', which is not in " + target);
    }

    /** What differs between entity kinds. */
    private interface Kind<T> {
        Class<T> type();

        String id(T t);

        void references(T t, List<Violation> out);

        void count(T t, IndicatorTally.Mutable tally);

        RuleOfLawRecord record(T t);

        List<Rule> rules();

        String list();
    }

    private <T> StreamSummary run(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines, LongConsumer progress, Kind<T> kind) {
        IndicatorTally.Mutable tally = new IndicatorTally.Mutable(context.asOf(), options);
        LongHashSet ids = new LongHashSet(idLimit);
        boolean idCheckComplete = true;
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        List<BadLine> kept = new ArrayList<>();
        long good = 0;
        long bad = 0;
        long lineNo = 0;
        LineReader reader = new LineReader(in, MAX_LINE_BYTES);
        try {
            while (reader.next()) {
                lineNo++;
                if (lineNo % progressEvery == 0) {
                    progress.accept(lineNo);
                }
                List<Violation> problems = new ArrayList<>(1);
                T entity = null;
                if (reader.tooLong()) {
                    problems.add(Violation.of("", "json.limit", "该行超过 " + MAX_LINE_BYTES + " 字节", "Line longer than " + MAX_LINE_BYTES + " bytes"));
                } else if (reader.isBlank()) {
                    problems.add(Violation.of("", "json.empty", "空行，不是 JSON 对象", "Empty line, not a JSON object"));
                } else {
                    try {
                        entity = GovernanceJson.readValid(reader.buffer(), 0, reader.length(), kind.type());
                        kind.references(entity, problems);
                    } catch (InvalidRecordException e) {
                        problems.addAll(e.violations());
                    } catch (RuntimeException e) {
                        problems.add(lineFailed(e));
                    }
                }
                if (entity != null && problems.isEmpty() && idLimit > 0) {
                    String id = kind.id(entity);
                    if (!ids.isFull()) {
                        if (!ids.add(LongHashSet.hash(id))) {
                            problems.add(Violation.of("/id", "fazhi.id.duplicate", "标识“" + id + "”与前面的行重复", "duplicate id '" + id + "' (used on an earlier line)"));
                        }
                    } else if (ids.contains(LongHashSet.hash(id))) {
                        problems.add(Violation.of("/id", "fazhi.id.duplicate", "标识“" + id + "”与前面的行重复", "duplicate id '" + id + "' (used on an earlier line)"));
                    } else {
                        idCheckComplete = false;
                    }
                }
                if (!problems.isEmpty()) {
                    bad++;
                    BadLine b = new BadLine(lineNo, problems);
                    if (kept.size() < KEPT_BAD_LINES) {
                        kept.add(b);
                    }
                    badLines.accept(b);
                    continue;
                }
                RuleOfLawRecord record;
                try {
                    record = kind.record(entity);
                    kind.count(entity, tally);
                } catch (RuntimeException e) {
                    bad++;
                    BadLine b = new BadLine(lineNo, List.of(lineFailed(e)));
                    if (kept.size() < KEPT_BAD_LINES) {
                        kept.add(b);
                    }
                    badLines.accept(b);
                    continue;
                }
                good++;
                String prefix = kind.list() + (lineNo - 1);
                for (Rule rule : kind.rules()) {
                    for (Finding f : rule.checkContained(record, context)) {
                        if (f.outcome() == Outcome.NOT_APPLICABLE) {
                            continue;
                        }
                        counts.merge(f.outcome(), 1L, Long::sum);
                        if (f.outcome() == Outcome.PASS && !reportPasses) {
                            continue;
                        }
                        String path = f.path().startsWith(kind.list() + "0") ? prefix + f.path().substring(kind.list().length() + 1) : f.path();
                        findings.accept(new LineFinding(lineNo, path.equals(f.path()) ? f : Finding.builder().from(f).path(path).build()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new StreamSummary(good, bad, kept, counts, tally.freeze(), ids.size(), idCheckComplete);
    }
}
