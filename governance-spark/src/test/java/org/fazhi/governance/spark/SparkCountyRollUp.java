package org.fazhi.governance.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.fazhi.governance.rules.CheckContext;
import org.fazhi.governance.examples.synthetic.SyntheticCounty;
import org.fazhi.governance.indicators.Indicator;
import org.fazhi.governance.model.GovernanceJson;
import org.fazhi.governance.model.RuleOfLawRecord;

/**
 * 县级汇总（Spark）/ A county roll-up on Spark: hotline indicators per township and for the county, from
 * JSON Lines, with the library's own binding and tallies.
 *
 * <p>{@code demo} (default) rolls up a synthetic county of six townships; a number runs that many
 * generated tickets through the satisfaction aggregator and prints the throughput. Without a
 * {@code spark.master} (as under {@code spark-submit}) it runs on {@code local[2]}.
 */
public final class SparkCountyRollUp {
    private SparkCountyRollUp() {}

    /**
     * Runs the example.
     *
     * @param args {@code demo} or a number of tickets
     */
    public static void main(String[] args) {
        SparkSession.Builder b = SparkSession.builder().appName("fazhi-county-roll-up").config("spark.ui.enabled", "false");
        if (System.getProperty("spark.master") == null) {
            b.master("local[2]").config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        CheckContext context = CheckContext.of(LocalDate.of(2023, 12, 31));
        try {
            if (args.length > 0 && !args[0].equals("demo")) {
                throughput(spark, Long.parseLong(args[0].replace("_", "")), context);
            } else {
                demo(spark, context);
            }
        } finally {
            spark.stop();
        }
    }

    static void demo(SparkSession spark, CheckContext context) {
        List<Row> rows = new ArrayList<>();
        for (RuleOfLawRecord t : SyntheticCounty.withSeed(2023).townships(6, 0, 2000)) {
            t.hotlineTickets().forEach(x -> rows.add(RowFactory.create(t.unit().name(), GovernanceJson.writeLine(x))));
        }
        Dataset<Row> df = spark.createDataFrame(rows, new StructType().add("township", "string").add("json", "string"));
        System.out.println("各乡镇 / per township:");
        df.groupBy("township")
                .agg(FazhiSpark.ticketIndicatorColumn(Indicator.HOTLINE_SATISFACTION_RATE, context, df.col("json")),
                        FazhiSpark.ticketIndicatorColumn(Indicator.HOTLINE_CLOSURE_RATE, context, df.col("json")))
                .orderBy("township").collectAsList()
                .forEach(r -> System.out.printf("  %-8s satisfaction %-9s closure %s%n", r.getString(0), r.getStruct(1).getAs("display"),
                        r.getStruct(2).getAs("display")));
        IndicatorRow county = df.select("json").as(Encoders.STRING()).select(FazhiSpark.satisfaction(context).toColumn())
                .as(Encoders.bean(IndicatorRow.class)).first();
        System.out.println("全县 / county: " + county);
    }

    static void throughput(SparkSession spark, long n, CheckContext context) {
        int partitions = spark.sparkContext().defaultParallelism() * 4;
        MapPartitionsFunction<Long, String> generate = ids -> new Iterator<String>() {
            private SplittableRandom rnd;

            @Override
            public boolean hasNext() {
                return ids.hasNext();
            }

            @Override
            public String next() {
                long id = ids.next();
                if (rnd == null) {
                    rnd = new SplittableRandom(id);
                }
                return GovernanceJson.writeLine(SyntheticCounty.ticket(rnd, "t" + id, 8));
            }
        };
        Dataset<String> lines = spark.range(0, n, 1, partitions).as(Encoders.LONG()).mapPartitions(generate, Encoders.STRING());
        long t0 = System.nanoTime();
        IndicatorRow row = lines.select(FazhiSpark.satisfaction(context).toColumn()).as(Encoders.bean(IndicatorRow.class)).first();
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%,d tickets (generated, bound, validated, counted) in %.1f s: %.0f tickets/s on %d cores; %s%n", n, secs, n / secs,
                spark.sparkContext().defaultParallelism(), row);
    }
}
