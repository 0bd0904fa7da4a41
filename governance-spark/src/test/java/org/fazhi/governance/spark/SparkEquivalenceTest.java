package org.fazhi.governance.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.indicators.IndicatorTally;
import org.fazhi.governance.indicators.IndicatorValue;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;
import org.fazhi.governance.rules.CheckReport;
import org.fazhi.governance.rules.GovernanceRules;
import org.fazhi.governance.rules.Outcome;
import org.fazhi.governance.rules.RuleScope;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The same synthetic township gives exactly the same indicators and findings on Spark as in one JVM, for any partitioning. */
class SparkEquivalenceTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
    private static final CheckContext CONTEXT = CheckContext.of(AS_OF);
    private static SparkSession spark;
    private static RuleOfLawRecord township;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("fazhi-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "3").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        township = SyntheticCounty.withSeed(77).township(0, 300, 1200);
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static Dataset<String> lines(List<?> entities, int partitions) {
        List<String> json = entities.stream().map(GovernanceJson::writeLine).collect(Collectors.toList());
        return spark.createDataset(json, Encoders.STRING()).repartition(partitions);
    }

    @Test
    void ticket_and_case_indicators_equal_the_single_jvm_values_for_1_2_and_7_partitions() {
        IndicatorTally whole = IndicatorTally.empty(CheckContext.of(AS_OF)).add(township);
        for (int partitions : new int[] {1, 2, 7}) {
            Dataset<String> tickets = lines(township.hotlineTickets(), partitions);
            Dataset<String> cases = lines(township.enforcementCases(), partitions);
            for (Indicator i : new Indicator[] {Indicator.HOTLINE_RECEIVED, Indicator.HOTLINE_RESPONSE_RATE, Indicator.HOTLINE_CLOSURE_RATE,
                Indicator.HOTLINE_SATISFACTION_RATE, Indicator.HOTLINE_RATED}) {
                IndicatorRow row = tickets.select(FazhiSpark.ticketIndicator(i, CONTEXT).toColumn()).as(org.apache.spark.sql.Encoders.bean(IndicatorRow.class)).first();
                IndicatorValue expected = i.valueOf(whole);
                assertThat(row.getNumerator()).as(i.id() + " @" + partitions).isEqualTo(expected.numerator());
                assertThat(row.getDenominator()).as(i.id() + " @" + partitions).isEqualTo(expected.denominator());
                assertThat(row.getDisplay()).isEqualTo(expected.display());
                assertThat(row.getBadLines()).isZero();
            }
            for (Indicator i : new Indicator[] {Indicator.CASES, Indicator.DISCLOSURE_RATE, Indicator.RECORDING_RATE, Indicator.LEGAL_REVIEW_RATE}) {
                IndicatorRow row = cases.select(FazhiSpark.caseIndicator(i, CONTEXT).toColumn()).as(org.apache.spark.sql.Encoders.bean(IndicatorRow.class)).first();
                assertThat(row.getNumerator()).as(i.id() + " @" + partitions).isEqualTo(i.valueOf(whole).numerator());
                assertThat(row.getDenominator()).as(i.id() + " @" + partitions).isEqualTo(i.valueOf(whole).denominator());
            }
        }
    }

    /** The indicators of a case's life (issue 14). */
    private static final Indicator[] LIFECYCLE = {Indicator.CASES_FILED, Indicator.CASES_SUMMARY, Indicator.CASES_GENERAL, Indicator.CASES_DECIDED,
        Indicator.CASES_SERVED, Indicator.CASES_CLOSED, Indicator.CASES_ARCHIVED, Indicator.PRIOR_NOTICE_RATE, Indicator.HEARINGS_REQUESTED,
        Indicator.HEARINGS_HELD, Indicator.HEARING_RATE, Indicator.ON_TIME_DECISION_RATE, Indicator.FINES_DECIDED, Indicator.FINES_COLLECTED,
        Indicator.DISCLOSED_ON_TIME_RATE, Indicator.CORRECTED_ON_RECONSIDERATION, Indicator.CORRECTED_IN_COURT, Indicator.CORRECTION_RATE};

    @Test
    void lifecycle_indicators_agree_in_one_jvm_streamed_and_on_spark_for_any_partitioning() {
        IndicatorTally whole = IndicatorTally.empty(CheckContext.of(AS_OF)).add(township);
        java.io.ByteArrayOutputStream jsonl = new java.io.ByteArrayOutputStream();
        township.enforcementCases().forEach(c -> jsonl.writeBytes((GovernanceJson.writeLine(c) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        IndicatorTally streamed = org.fazhi.governance.stream.EntityStreamChecker.builder(township, org.fazhi.governance.rules.CheckContext.of(AS_OF))
                .build().evaluateCases(new java.io.ByteArrayInputStream(jsonl.toByteArray()), f -> { }, b -> { }, n -> { }).tally();
        assertThat(Indicator.HEARINGS_HELD.valueOf(whole).decimal()).as("the synthetic cases hold hearings")
                .hasValueSatisfying(n -> assertThat(n).isPositive());
        for (int partitions : new int[] {1, 3}) {
            Dataset<Row> df = lines(township.enforcementCases(), partitions).toDF("json");
            org.apache.spark.sql.Column[] columns = java.util.Arrays.stream(LIFECYCLE)
                    .map(i -> FazhiSpark.caseIndicatorColumn(i, CONTEXT, df.col("json"))).toArray(org.apache.spark.sql.Column[]::new);
            Row row = df.agg(columns[0], java.util.Arrays.copyOfRange(columns, 1, columns.length)).first();
            for (int k = 0; k < LIFECYCLE.length; k++) {
                Indicator i = LIFECYCLE[k];
                IndicatorValue expected = i.valueOf(whole);
                assertThat(i.valueOf(streamed)).as(i.id() + " streamed").isEqualTo(expected);
                Row value = row.getStruct(k);
                assertThat(value.<Long>getAs("numerator")).as(i.id() + " @" + partitions).isEqualTo(expected.numerator());
                assertThat(value.<Long>getAs("denominator")).as(i.id() + " @" + partitions).isEqualTo(expected.denominator());
                assertThat(value.<String>getAs("display")).isEqualTo(expected.display());
            }
        }
    }

    @Test
    void untyped_group_by_with_the_udaf_column() {
        List<RuleOfLawRecord> county = SyntheticCounty.withSeed(5).townships(3, 0, 200);
        List<Row> rows = county.stream().flatMap(t -> t.hotlineTickets().stream()
                .map(x -> org.apache.spark.sql.RowFactory.create(t.unit().name(), GovernanceJson.writeLine(x)))).collect(Collectors.toList());
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType().add("township", "string").add("json", "string");
        Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(4);
        List<Row> out = df.groupBy("township").agg(FazhiSpark.ticketIndicatorColumn(Indicator.HOTLINE_SATISFACTION_RATE, CONTEXT, df.col("json")))
                .orderBy("township").collectAsList();
        assertThat(out).hasSize(3);
        for (int k = 0; k < 3; k++) {
            Row r = out.get(k);
            RuleOfLawRecord t = county.stream().filter(x -> x.unit().name().equals(r.getString(0))).findFirst().orElseThrow();
            IndicatorValue expected = Indicator.HOTLINE_SATISFACTION_RATE.valueOf(IndicatorTally.empty(CheckContext.of(AS_OF)).add(t));
            Row value = r.getStruct(1);
            assertThat(value.<Long>getAs("numerator")).isEqualTo(expected.numerator());
            assertThat(value.<Long>getAs("denominator")).isEqualTo(expected.denominator());
        }
    }

    @Test
    void entity_rules_on_spark_give_the_single_jvm_findings_for_any_partitioning() {
        CheckReport inMemory = GovernanceRules.all().evaluate(township, AS_OF);
        Set<String> expected = inMemory.findings().stream()
                .filter(f -> GovernanceRules.byId(f.ruleId()).orElseThrow().descriptor().scope() != RuleScope.RECORD)
                .filter(f -> f.outcome() == Outcome.FAIL || f.outcome() == Outcome.INSUFFICIENT_DATA)
                .map(f -> f.ruleId() + " " + f.subject().fingerprint() + " " + f.messageEn()).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        for (int partitions : new int[] {1, 2, 7}) {
            List<FindingRow> cases = FazhiSpark.evaluateCases(lines(township.enforcementCases(), partitions), township, CONTEXT).collectAsList();
            List<FindingRow> tickets = FazhiSpark.evaluateTickets(lines(township.hotlineTickets(), partitions), township, CONTEXT).collectAsList();
            Set<String> actual = java.util.stream.Stream.concat(cases.stream(), tickets.stream())
                    .map(r -> r.getRuleId() + " " + r.getSubject() + " " + r.getMessageEn()).collect(Collectors.toSet());
            assertThat(actual).as("partitions " + partitions).isEqualTo(expected);
        }
    }

    @Test
    void bad_lines_are_counted_and_reported_not_dropped() {
        Dataset<String> tickets = spark.createDataset(List.of(GovernanceJson.writeLine(township.hotlineTickets().get(0)), "{\"id\":", "{}"), Encoders.STRING());
        IndicatorRow row = tickets.select(FazhiSpark.satisfaction(CONTEXT).toColumn()).as(Encoders.bean(IndicatorRow.class)).first();
        assertThat(row.getBadLines()).isEqualTo(2);
        List<FindingRow> bad = FazhiSpark.evaluateTickets(tickets, township, CONTEXT).filter("outcome = 'BAD_LINE'").collectAsList();
        assertThat(bad).extracting(FindingRow::getRuleId).contains("json.malformed", "json.missing");
    }

    @Test
    void every_indicator_of_a_county_of_records_equals_the_single_jvm_roll_up_for_1_2_and_7_partitions() {
        List<RuleOfLawRecord> county = SyntheticCounty.withSeed(8).townships(9, 40, 120);
        IndicatorTally whole = county.stream().collect(IndicatorTally.collector(CheckContext.of(AS_OF)));
        List<String> json = county.stream().map(GovernanceJson::writeLine).collect(Collectors.toList());
        for (int partitions : new int[] {1, 2, 7}) {
            Dataset<String> records = spark.createDataset(json, Encoders.STRING()).repartition(partitions);
            org.fazhi.governance.indicators.IndicatorSheet sheet = FazhiSpark.sheet(records, CONTEXT);
            assertThat(sheet.tally()).as("partitions " + partitions).isEqualTo(whole);
            for (Indicator i : Indicator.values()) {
                assertThat(sheet.get(i).computed()).as(i.id() + " @" + partitions).contains(i.valueOf(whole));
            }
            IndicatorRow one = records.select(FazhiSpark.recordIndicator(Indicator.ADVISER_COVERAGE, CONTEXT).toColumn())
                    .as(Encoders.bean(IndicatorRow.class)).first();
            assertThat(one.getDisplay()).isEqualTo(Indicator.ADVISER_COVERAGE.valueOf(whole).display());
        }
    }
}
