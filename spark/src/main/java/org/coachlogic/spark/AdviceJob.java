package org.coachlogic.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import org.coachlogic.testkit.PopulationDiff;

/**
 * A job for {@code spark-submit} (docs/spark.md): advice for every client in the input, written as Parquet or
 * JSON Lines, or the population diff of the packs.
 * <pre>
 * AdviceJob [--pack DIR]... [--locale TAG] [--key COLUMN] [--diff] INPUT OUTPUT
 * </pre>
 * INPUT is read by its extension: {@code .parquet} (rows with the contract's columns, plus the key column if
 * given) or JSON Lines ({@code .jsonl}, one facts object per line). OUTPUT: a {@code .parquet} folder of advice
 * rows (the key, {@code line}, {@code advice}, {@code valid}, {@code ids}); a {@code .jsonl} folder of advice
 * lines, in input order, as {@code coach batch} writes them; or with {@code --diff} a text file of the
 * population diff as {@code coach diff --json} prints it.
 */
public final class AdviceJob {

    private AdviceJob() {
    }

    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().appName("coachlogic advice").getOrCreate();
        try {
            run(spark, args);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session the caller owns. */
    public static void run(SparkSession spark, String... args) {
        SparkCoach.Builder builder = SparkCoach.builder();
        String key = null;
        boolean diff = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pack" -> builder.withPack(Path.of(args[++i]));
                case "--locale" -> builder.locale(Locale.forLanguageTag(args[++i]));
                case "--key" -> key = args[++i];
                case "--diff" -> diff = true;
                default -> files.add(args[i]);
            }
        }
        if (files.size() != 2) {
            throw new IllegalArgumentException("usage: AdviceJob [--pack DIR]... [--locale TAG] [--key COLUMN] "
                    + "[--diff] INPUT OUTPUT");
        }
        String input = files.get(0);
        String output = files.get(1);
        SparkCoach coach = builder.build(spark);
        if (diff) {
            PopulationDiff population = coach.populationDiff(spark.read().textFile(input));
            spark.createDataset(List.of(population.toJson().strip()), org.apache.spark.sql.Encoders.STRING())
                    .coalesce(1).write().mode(SaveMode.Overwrite).text(output);
            return;
        }
        Dataset<Row> advice = input.endsWith(".parquet")
                ? coach.adviceForRows(spark.read().parquet(input), key)
                : coach.adviceForJson(spark.read().textFile(input));
        if (output.endsWith(".parquet")) {
            advice.write().mode(SaveMode.Overwrite).parquet(output);
        } else {
            advice.orderBy("line").select("advice").write().mode(SaveMode.Overwrite).text(output);
        }
    }
}
