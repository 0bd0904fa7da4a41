package org.fazhi.governance.spark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.functions;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.internal.TallyBasis;
import org.fazhi.governance.indicators.internal.TallyCounter;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.indicators.IndicatorValue;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.base.InvalidRecordException;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.model.base.Violation;
import org.fazhi.governance.model.enforcement.EnforcementCase;
import org.fazhi.governance.model.service.HotlineTicket;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.rules.Finding;
import org.fazhi.governance.stream.BadLine;
import org.fazhi.governance.stream.EntityStreamChecker;

/**
 * Fazhi 的 Spark 入口 / Runs the library's indicators and entity rules inside Apache Spark, unchanged.
 *
 * <p>Every indicator's accumulator is a Spark {@link Aggregator}: {@code zero} is
 * {@link IndicatorTally#empty}, {@code reduce} adds one JSON line through the same strict binding and
 * validation as the library ({@link GovernanceJson#readValid}), {@code merge} adds tallies, and
 * {@code finish} is the indicator's value. Lines that are not valid entities are counted, never dropped
 * silently. Typed use: {@code lines.groupByKey(...).agg(FazhiSpark.satisfaction(context).toColumn())};
 * untyped use: {@code df.groupBy("county").agg(FazhiSpark.ticketIndicatorColumn(Indicator.HOTLINE_SATISFACTION_RATE, context, col("json")))}.
 * Entity rules run per partition through the library's {@link EntityStreamChecker}.
 */
public final class FazhiSpark {
    private static final Pattern ENTITY_PREFIX = Pattern.compile("^/(hotlineTickets|enforcementCases)/\\d+");

    private FazhiSpark() {}

    /** The kind of entity a stream of JSON lines holds. */
    enum Kind {
        TICKET, CASE, RECORD
    }

    /** The aggregator behind every indicator. */
    static final class TallyAggregator extends Aggregator<String, TallyBuffer, IndicatorRow> {
        private static final long serialVersionUID = 1L;
        private final Kind kind;
        private final Indicator indicator;
        private final TallyBasis basis;

        TallyAggregator(Kind kind, Indicator indicator, CheckContext context) {
            this.kind = kind;
            this.indicator = indicator;
            this.basis = TallyBasis.of(context);
        }

        @Override
        public TallyBuffer zero() {
            return new TallyBuffer();
        }

        @Override
        public TallyBuffer reduce(TallyBuffer buffer, String line) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            try {
                TallyCounter m = TallyCounter.over(basis, buffer.getCounts());
                if (kind == Kind.TICKET) {
                    m.addTicket(GovernanceJson.readValid(bytes, 0, bytes.length, HotlineTicket.class));
                } else if (kind == Kind.CASE) {
                    m.addCase(GovernanceJson.readValid(bytes, 0, bytes.length, EnforcementCase.class));
                } else {
                    m.addRecord(GovernanceJson.readRecord(bytes));
                }
            } catch (InvalidRecordException e) {
                buffer.setBadLines(buffer.getBadLines() + 1);
            }
            return buffer;
        }

        @Override
        public TallyBuffer merge(TallyBuffer a, TallyBuffer b) {
            TallyCounter.over(basis, a.getCounts()).combine(TallyCounter.over(basis, b.getCounts()));
            a.setBadLines(Math.addExact(a.getBadLines(), b.getBadLines()));
            return a;
        }

        @Override
        public IndicatorRow finish(TallyBuffer buffer) {
            IndicatorValue v = indicator.valueOf(IndicatorTally.of(TallyCounter.over(basis, buffer.getCounts())));
            IndicatorRow row = new IndicatorRow();
            row.setIndicatorId(indicator.id());
            row.setNumerator(v.numerator());
            row.setDenominator(v.denominator());
            row.setDisplay(v.display());
            row.setBadLines(buffer.getBadLines());
            return row;
        }

        @Override
        public Encoder<TallyBuffer> bufferEncoder() {
            return Encoders.bean(TallyBuffer.class);
        }

        @Override
        public Encoder<IndicatorRow> outputEncoder() {
            return Encoders.bean(IndicatorRow.class);
        }
    }

    /**
     * An indicator over JSON Lines of hotline tickets.
     *
     * @param indicator e.g. {@link Indicator#HOTLINE_SATISFACTION_RATE}
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return the aggregator
     */
    public static Aggregator<String, TallyBuffer, IndicatorRow> ticketIndicator(Indicator indicator,
            CheckContext context) {
        return new TallyAggregator(Kind.TICKET, indicator, context);
    }

    /**
     * An indicator over JSON Lines of enforcement cases.
     *
     * @param indicator e.g. {@link Indicator#DISCLOSURE_RATE}
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return the aggregator
     */
    public static Aggregator<String, TallyBuffer, IndicatorRow> caseIndicator(Indicator indicator,
            CheckContext context) {
        return new TallyAggregator(Kind.CASE, indicator, context);
    }

    /**
     * Any indicator over whole records, one unit's record JSON per row: every indicator of the catalog
     * rolls up this way (villages, grids, coverage, officers, cases, tickets …).
     *
     * @param indicator any indicator
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return the aggregator
     */
    public static Aggregator<String, TallyBuffer, IndicatorRow> recordIndicator(Indicator indicator,
            CheckContext context) {
        return new TallyAggregator(Kind.RECORD, indicator, context);
    }

    /** The whole tally of records, for computing every indicator from one aggregation. */
    static final class RecordTallyAggregator extends Aggregator<String, TallyBuffer, TallyBuffer> {
        private static final long serialVersionUID = 1L;
        private final TallyAggregator delegate;

        RecordTallyAggregator(CheckContext context) {
            this.delegate = new TallyAggregator(Kind.RECORD, Indicator.UNIT_VILLAGES, context);
        }

        @Override
        public TallyBuffer zero() {
            return delegate.zero();
        }

        @Override
        public TallyBuffer reduce(TallyBuffer b, String line) {
            return delegate.reduce(b, line);
        }

        @Override
        public TallyBuffer merge(TallyBuffer a, TallyBuffer b) {
            return delegate.merge(a, b);
        }

        @Override
        public TallyBuffer finish(TallyBuffer b) {
            return b;
        }

        @Override
        public Encoder<TallyBuffer> bufferEncoder() {
            return Encoders.bean(TallyBuffer.class);
        }

        @Override
        public Encoder<TallyBuffer> outputEncoder() {
            return Encoders.bean(TallyBuffer.class);
        }
    }

    /**
     * Every indicator of a roll-up of records (one unit's record JSON per row) in one aggregation.
     *
     * @param records record JSON, one per row
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return the indicator sheet of all the records together
     * @throws IllegalStateException if some rows were not valid records (the count is in the message)
     */
    public static org.fazhi.governance.indicators.IndicatorSheet sheet(Dataset<String> records, CheckContext context) {
        TallyBuffer b = records.select(new RecordTallyAggregator(context).toColumn()).as(Encoders.bean(TallyBuffer.class)).first();
        if (b.getBadLines() > 0) {
            throw new IllegalStateException(b.getBadLines() + " row(s) were not valid records / " + b.getBadLines() + " 行不是有效记录");
        }
        return org.fazhi.governance.indicators.Indicators.rollUp(IndicatorTally.of(TallyCounter.over(TallyBasis.of(context), b.getCounts())),
                context);
    }

    /**
     * 满意率 / The hotline satisfaction rate (over rated tickets, 基本满意 counted).
     *
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return the aggregator
     */
    public static Aggregator<String, TallyBuffer, IndicatorRow> satisfaction(CheckContext context) {
        return ticketIndicator(Indicator.HOTLINE_SATISFACTION_RATE, context);
    }

    /**
     * An indicator over a string column of ticket JSON, for untyped {@code groupBy(...).agg(...)}.
     *
     * @param indicator the indicator
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @param json the column holding one ticket's JSON per row
     * @return the aggregate column (a struct of indicatorId, numerator, denominator, display, badLines)
     */
    public static Column ticketIndicatorColumn(Indicator indicator, CheckContext context, Column json) {
        return functions.udaf(ticketIndicator(indicator, context), Encoders.STRING()).apply(json).as(indicator.id());
    }

    /**
     * An indicator over a string column of enforcement-case JSON, for untyped {@code groupBy(...).agg(...)}: several
     * case indicators (a case funnel, the notice, hearing and disclosure rates, fines) then come out of one job.
     *
     * @param indicator the indicator, e.g. {@link Indicator#PRIOR_NOTICE_RATE}
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @param json the column holding one case's JSON per row
     * @return the aggregate column (a struct of indicatorId, numerator, denominator, display, badLines)
     */
    public static Column caseIndicatorColumn(Indicator indicator, CheckContext context, Column json) {
        return functions.udaf(caseIndicator(indicator, context), Encoders.STRING()).apply(json).as(indicator.id());
    }

    /**
     * Runs the hotline-ticket rules on JSON Lines, partition by partition.
     *
     * @param lines one ticket's JSON per row
     * @param reference the township's reference data (villages)
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return failing and undecidable findings, plus one row per bad line
     */
    public static Dataset<FindingRow> evaluateTickets(Dataset<String> lines, RuleOfLawRecord reference,
            CheckContext context) {
        return evaluate(lines, reference, context, Kind.TICKET);
    }

    /**
     * Runs the enforcement-case rules on JSON Lines, partition by partition.
     *
     * @param lines one case's JSON per row
     * @param reference the township's reference data (officers, power list, reviewers)
     * @param context as-of date, calendar, parameters and indicator definitions, as for the rules
     * @return failing and undecidable findings, plus one row per bad line
     */
    public static Dataset<FindingRow> evaluateCases(Dataset<String> lines, RuleOfLawRecord reference,
            CheckContext context) {
        return evaluate(lines, reference, context, Kind.CASE);
    }

    private static Dataset<FindingRow> evaluate(Dataset<String> lines, RuleOfLawRecord reference,
            CheckContext context, Kind kind) {
        String referenceJson = GovernanceJson.write(reference.withEnforcementCases(List.of()).withHotlineTickets(List.of()));
        MapPartitionsFunction<String, FindingRow> fn = rows -> evaluatePartition(rows, referenceJson, context, kind);
        return lines.mapPartitions(fn, Encoders.bean(FindingRow.class));
    }

    static Iterator<FindingRow> evaluatePartition(Iterator<String> rows, String referenceJson,
            CheckContext context, Kind kind) {
        RuleOfLawRecord reference = GovernanceJson.readRecord(referenceJson);
        EntityStreamChecker checker = EntityStreamChecker.builder(reference, context).build();
        List<String> seen = new ArrayList<>();
        InputStream in = new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return rows.hasNext();
            }

            @Override
            public InputStream nextElement() {
                String line = rows.next();
                seen.add(line);
                return new ByteArrayInputStream((line.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        List<FindingRow> out = new ArrayList<>();
        java.util.function.Consumer<org.fazhi.governance.stream.LineFinding> onFinding = lf -> out.add(row(lf.finding()));
        java.util.function.Consumer<BadLine> onBad = b -> {
            String line = seen.get((int) b.line() - 1);
            for (Violation v : b.violations()) {
                FindingRow r = new FindingRow();
                r.setRuleId(v.code());
                r.setOutcome("BAD_LINE");
                r.setSeverity("ERROR");
                r.setSubject("JSONLine:" + Integer.toHexString(line.hashCode()));
                r.setPath(v.path());
                r.setMessageZh(v.zh());
                r.setMessageEn(v.en());
                out.add(r);
            }
        };
        if (kind == Kind.TICKET) {
            checker.evaluateTickets(in, onFinding, onBad, n -> { });
        } else {
            checker.evaluateCases(in, onFinding, onBad, n -> { });
        }
        return out.iterator();
    }

    static FindingRow row(Finding f) {
        FindingRow r = new FindingRow();
        r.setRuleId(f.ruleId());
        r.setOutcome(f.outcome().name());
        r.setSeverity(f.severity().name());
        r.setSubject(f.subject().fingerprint());
        r.setPath(ENTITY_PREFIX.matcher(f.path()).replaceFirst(""));
        r.setMessageZh(f.messageZh());
        r.setMessageEn(f.messageEn());
        return r;
    }
}
