package org.fazhi.governance.stream;

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
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.indicators.internal.TallyBasis;
import org.fazhi.governance.indicators.internal.TallyCounter;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.GrassrootsUnit;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.enforcement.EnforcementOfficer;
import org.fazhi.governance.model.enforcement.LegalReviewer;
import org.fazhi.governance.model.enforcement.OfficerPresence;
import org.fazhi.governance.model.enforcement.PowerListItem;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.rules.FindingSink;
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
 * rule and the exception ({@link Rule#evaluateContained(RuleOfLawRecord, CheckContext,
 * org.fazhi.governance.rules.FindingSink)}),
 * and should the library itself fail on a line, the line is reported as bad ({@code stream.lineFailed}) and the
 * rest is still processed. Only the host's own consumers can end a call early, by throwing. The checker is
 * immutable and thread-safe; each call keeps its own state.
 */
public final class EntityStreamChecker {
    /** Bad lines kept in the summary; every bad line also goes to the consumer. */
    public static final int KEPT_BAD_LINES = 100;
    /** Longest line accepted, in bytes. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private final RuleOfLawRecord reference;
    private final CheckContext context;
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
        this.idLimit = b.idLimit;
        this.caseRules = b.rules.rules().stream().filter(r -> r.descriptor().scope() == RuleScope.ENFORCEMENT_CASE)
                .collect(Collectors.toList());
        this.ticketRules = b.rules.rules().stream().filter(r -> r.descriptor().scope() == RuleScope.HOTLINE_TICKET)
                .collect(Collectors.toList());
        this.officers = reference.enforcementOfficers().stream().map(EnforcementOfficer::id)
                .collect(Collectors.toUnmodifiableSet());
        this.powers = reference.powerList().stream().map(PowerListItem::id).collect(Collectors.toUnmodifiableSet());
        this.reviewers = reference.legalReviewers().stream().map(LegalReviewer::id)
                .collect(Collectors.toUnmodifiableSet());
        this.villages = reference.unit().grassrootsUnits().stream().map(GrassrootsUnit::id)
                .collect(Collectors.toUnmodifiableSet());
        this.progressEvery = b.progressEvery;
        this.reportPasses = b.reportPasses;
    }

    /**
     * A builder.
     *
     * @param reference the township's record holding the reference data (its own cases and tickets are ignored)
     * @param context as-of date, calendar, parameters, locale and indicator definitions, as for the rules
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
    public StreamSummary evaluateTickets(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines,
            LongConsumer progress) {
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
                t.grassrootsUnitId().filter(v -> !villages.contains(v)).ifPresent(v ->
                        out.add(missing("/grassrootsUnitId", v, "unit/grassrootsUnits")));
            }

            @Override
            public void count(HotlineTicket t, TallyCounter tally) {
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
    public StreamSummary evaluateCases(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines,
            LongConsumer progress) {
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
            public void count(EnforcementCase c, TallyCounter tally) {
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

    private static Violation missing(String path, String ref, String target) {
        return Violation.of(path, "fazhi.reference.missing", "引用的“" + ref + "”在 " + target + " 中不存在",
                "refers to '" + ref + "', which is not in " + target);
    }

    /** What differs between entity kinds. */
    private interface Kind<T> {
        Class<T> type();

        String id(T t);

        void references(T t, List<Violation> out);

        void count(T t, TallyCounter tally);

        RuleOfLawRecord record(T t);

        List<Rule> rules();

        String list();
    }

    /**
     * The findings of one line's rules: failing and undecidable ones (and passing ones when asked) go to the
     * consumer with their path moved to the line's index; passes that are only counted, and not-applicable
     * results, are never built ({@link Rule#evaluate(RuleOfLawRecord, CheckContext, FindingSink)}).
     */
    private final class LineSink implements FindingSink {
        private final Consumer<LineFinding> findings;
        private final String list;
        private final String firstEntity;
        private final long[] counts = new long[Outcome.values().length];
        private long line;

        LineSink(Consumer<LineFinding> findings, String list) {
            this.findings = findings;
            this.list = list;
            this.firstEntity = list + "0";
        }

        @Override
        public boolean wants(Outcome outcome) {
            return outcome == Outcome.FAIL || outcome == Outcome.INSUFFICIENT_DATA || outcome == Outcome.PASS
                    && reportPasses;
        }

        @Override
        public void accept(Finding f) {
            counts[f.outcome().ordinal()]++;
            String path = f.path().startsWith(firstEntity) ? list + (line - 1) + f.path()
                    .substring(firstEntity.length()) : f.path();
            findings.accept(new LineFinding(line, path.equals(f.path()) ? f : Finding.builder().from(f).path(path)
                    .build()));
        }

        @Override
        public void count(Outcome outcome) {
            if (outcome != Outcome.NOT_APPLICABLE) {
                counts[outcome.ordinal()]++;
            }
        }

        /** Findings by outcome, only those that occurred. */
        Map<Outcome, Long> byOutcome() {
            Map<Outcome, Long> out = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                if (counts[o.ordinal()] > 0) {
                    out.put(o, counts[o.ordinal()]);
                }
            }
            return out;
        }
    }

    /**
     * Lines read, bound and validated before their ids are checked. The id check looks each id up in a table of
     * up to 16 MiB, one random read per line that the parsing in between has pushed out of the cache; reading
     * the slots of a whole batch first lets those reads wait for memory together instead of one after another.
     */
    static final int BATCH = 16;

    /** One line between reading and checking. */
    private static final class Pending<T> {
        long line;
        T entity;
        String id;
        long hash;
        final List<Violation> problems = new ArrayList<>();
    }

    private <T> StreamSummary run(InputStream in, Consumer<LineFinding> findings, Consumer<BadLine> badLines,
            LongConsumer progress, Kind<T> kind) {
        TallyCounter tally = new TallyCounter(TallyBasis.of(context));
        LongHashSet ids = new LongHashSet(idLimit);
        boolean idCheckComplete = true;
        LineSink sink = new LineSink(findings, kind.list());
        List<Rule> rules = kind.rules();
        List<BadLine> kept = new ArrayList<>();
        List<Pending<T>> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(new Pending<>());
        }
        long[] hashes = new long[BATCH];
        long good = 0;
        long bad = 0;
        long lineNo = 0;
        LineReader reader = new LineReader(in, MAX_LINE_BYTES);
        while (true) {
            int n = 0;
            IOException failure = null;
            try {
                while (n < BATCH && reader.next()) {
                    lineNo++;
                    if (lineNo % progressEvery == 0) {
                        progress.accept(lineNo);
                    }
                    Pending<T> p = batch.get(n);
                    read(reader, kind, p);
                    p.line = lineNo;
                    hashes[n++] = p.hash;
                }
            } catch (IOException e) {
                // check the lines read so far, as a line-by-line reader would have, then fail
                failure = e;
            }
            if (idLimit > 0) {
                ids.fetch(hashes, n);
            }
            for (int i = 0; i < n; i++) {
                Pending<T> p = batch.get(i);
                if (p.id != null) {
                    if (!ids.isFull()) {
                        if (!ids.add(p.hash)) {
                            p.problems.add(duplicate(p.id));
                        }
                    } else if (ids.contains(p.hash)) {
                        p.problems.add(duplicate(p.id));
                    } else {
                        idCheckComplete = false;
                    }
                }
                if (!p.problems.isEmpty()) {
                    bad++;
                    BadLine b = new BadLine(p.line, p.problems);
                    if (kept.size() < KEPT_BAD_LINES) {
                        kept.add(b);
                    }
                    badLines.accept(b);
                    continue;
                }
                RuleOfLawRecord record;
                try {
                    record = kind.record(p.entity);
                    kind.count(p.entity, tally);
                } catch (RuntimeException e) {
                    bad++;
                    BadLine b = new BadLine(p.line, List.of(lineFailed(e)));
                    if (kept.size() < KEPT_BAD_LINES) {
                        kept.add(b);
                    }
                    badLines.accept(b);
                    continue;
                }
                good++;
                sink.line = p.line;
                for (Rule rule : rules) {
                    rule.evaluateContained(record, context, sink);
                }
            }
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            if (n < BATCH) {
                break;
            }
        }
        return new StreamSummary(good, bad, kept, sink.byOutcome(), IndicatorTally.of(tally), ids.size(),
                idCheckComplete);
    }

    /**
     * Binds, validates and resolves the references of the reader's current line; the id of a good line is kept for
     * the id check.
     */
    private <T> void read(LineReader reader, Kind<T> kind, Pending<T> p) {
        p.problems.clear();
        p.entity = null;
        p.id = null;
        p.hash = 0;
        if (reader.tooLong()) {
            p.problems.add(Violation.of("", "json.limit", "该行超过 " + MAX_LINE_BYTES + " 字节", "Line longer than "
                    + MAX_LINE_BYTES + " bytes"));
        } else if (reader.isBlank()) {
            p.problems.add(Violation.of("", "json.empty", "空行，不是 JSON 对象", "Empty line, not a JSON object"));
        } else {
            try {
                p.entity = GovernanceJson.readValid(reader.buffer(), reader.offset(), reader.length(), kind.type());
                kind.references(p.entity, p.problems);
            } catch (InvalidRecordException e) {
                p.problems.addAll(e.violations());
            } catch (RuntimeException e) {
                p.entity = null;
                p.problems.add(lineFailed(e));
            }
        }
        if (p.entity != null && p.problems.isEmpty() && idLimit > 0) {
            p.id = kind.id(p.entity);
            p.hash = LongHashSet.hash(p.id);
        }
    }

    /** The library failed on a line (a defect, not bad data): the line is reported and skipped. */
    private static Violation lineFailed(RuntimeException e) {
        String what = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        String shown = what.length() > 300 ? what.substring(0, 300) + "…" : what;
        return Violation.of("", "stream.lineFailed", "处理此行时本库出错（" + shown + "），此行未计入；这是本库的缺陷，请报告",
                "The library failed on this line (" + shown
                + "); the line was not counted. This is a defect of the library: please report it");
    }

    private static Violation duplicate(String id) {
        return Violation.of("/id", "fazhi.id.duplicate", "标识“" + id + "”与前面的行重复", "duplicate id '" + id
                + "' (used on an earlier line)");
    }
}
