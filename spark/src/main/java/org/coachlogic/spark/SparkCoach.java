package org.coachlogic.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.AdviceLines;
import org.coachlogic.testkit.PopulationDiff;

import scala.Tuple2;

/**
 * Advice for a population on Apache Spark, with the same output as {@code coach batch}: facts go in as JSON
 * strings (one client per element) or as rows with the contract's columns, advice comes out as rows, one per
 * client, and {@link #populationDiff} summarises what the packs change, as {@code coach diff} does.
 *
 * <p>Each executor JVM builds one engine, the first time a task there needs it, and shares it between its
 * tasks (an engine is immutable and thread-safe); engines are never serialised. Rule packs go to the
 * executors as files ({@code SparkContext.addFile}), and each executor compiles them once.
 * <pre>{@code
 * SparkCoach coach = SparkCoach.builder().withPack(Path.of("my-pack")).build(spark);
 * Dataset<Row> advice = coach.adviceForJson(spark.read().textFile("clients.jsonl"));
 * PopulationDiff diff = coach.populationDiff(spark.read().textFile("clients.jsonl"));
 * }</pre>
 *
 * <p>Output rows: {@code line} (the element's position from 1, as numbered by {@code coach batch}),
 * {@code advice} (the output line of {@code coach batch} without its line end: the advice, or the error record
 * of an invalid line), {@code valid} (whether there is advice), and {@code ids} (the shown recommendations' ids in order; empty when
 * invalid). See {@code docs/spark.md}.
 */
public final class SparkCoach implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The schema of the advice rows. */
    public static final StructType ADVICE_SCHEMA = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("advice", DataTypes.StringType, false)
            .add("valid", DataTypes.BooleanType, false)
            .add("ids", DataTypes.createArrayType(DataTypes.StringType, false), false);

    /**
     * One engine per configuration per executor JVM; the key holds the folder the packs were shipped to, so a
     * new Spark context in the same JVM (as in tests) never sees the packs of an earlier one.
     */
    private static final Map<List<Object>, CoachingEngine> ENGINES = new ConcurrentHashMap<>();

    private final List<String> packNames;
    private final String localeTag;
    private final Map<String, Double> parameters;

    private SparkCoach(List<String> packNames, String localeTag, Map<String, Double> parameters) {
        this.packNames = List.copyOf(packNames);
        this.localeTag = localeTag;
        this.parameters = Map.copyOf(parameters);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options as for {@code coach batch}: packs, locale and rule parameters. */
    public static final class Builder {

        private final List<Path> packs = new ArrayList<>();
        private Locale locale;
        private final Map<String, Double> parameters = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds the rule pack in this folder, on top of the default rules; repeat for several, applied in order. */
        public Builder withPack(Path folder) {
            Objects.requireNonNull(folder, "folder");
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("not a rule pack folder: " + folder);
            }
            packs.add(folder.toAbsolutePath().normalize());
            return this;
        }

        /** The language of the advice; default English. */
        public Builder locale(Locale value) {
            this.locale = Objects.requireNonNull(value, "locale");
            return this;
        }

        /** A rule parameter, as {@code CoachingEngine.Builder.parameter}. */
        public Builder parameter(String name, double value) {
            parameters.put(Objects.requireNonNull(name, "name"), value);
            return this;
        }

        /**
         * Ships the packs to every executor of this session and returns the coach. The packs are compiled
         * here once, so that a broken pack fails now with its problems rather than inside a task.
         */
        public SparkCoach build(SparkSession spark) {
            List<String> names = new ArrayList<>();
            for (Path pack : packs) {
                spark.sparkContext().addFile(pack.toUri().toString(), true);
                names.add(pack.getFileName().toString());
            }
            SparkCoach coach = new SparkCoach(names, locale == null ? null : locale.toLanguageTag(), parameters);
            CoachingEngine.Builder check = CoachingEngine.builder();
            packs.forEach(check::withPack);
            coach.configure(check).build();
            return coach;
        }
    }

    /** Advice for facts as JSON strings, one client per element, numbered from 1 in the dataset's order. */
    public Dataset<Row> adviceForJson(Dataset<String> facts) {
        JavaRDD<Row> rows = facts.javaRDD().zipWithIndex().mapPartitions(this::advise);
        return facts.sparkSession().createDataFrame(rows, ADVICE_SCHEMA);
    }

    /**
     * Advice for facts as rows whose columns are the input contract's sections ({@code client}, {@code goals},
     * {@code pain}...), such as a Parquet file; each row is turned into the contract's JSON
     * ({@code to_json}, where a null value means unknown, as in the contract). The key column, if not null,
     * is kept as the first column of the output.
     */
    public Dataset<Row> adviceForRows(Dataset<Row> facts, String keyColumn) {
        List<Column> sections = new ArrayList<>();
        for (String name : facts.columns()) {
            if (!name.equals(keyColumn)) {
                sections.add(functions.col(name));
            }
        }
        Column json = functions.to_json(functions.struct(sections.toArray(Column[]::new)));
        if (keyColumn == null) {
            return adviceForJson(facts.select(json).as(org.apache.spark.sql.Encoders.STRING()));
        }
        Dataset<Row> keyed = facts.select(functions.col(keyColumn), json.as("facts"));
        StructType schema = new StructType().add(keyed.schema().fields()[0]);
        for (var field : ADVICE_SCHEMA.fields()) {
            schema = schema.add(field);
        }
        JavaRDD<Row> rows = keyed.javaRDD().zipWithIndex().mapPartitions(partition -> {
            CoachingEngine engine = engine();
            List<Row> out = new ArrayList<>();
            while (partition.hasNext()) {
                Tuple2<Row, Long> next = partition.next();
                Row advice = row(engine, next._1().getString(1), next._2() + 1);
                out.add(RowFactory.create(next._1().get(0), advice.get(0), advice.get(1), advice.get(2), advice.get(3)));
            }
            return out.iterator();
        });
        return facts.sparkSession().createDataFrame(rows, schema);
    }

    /**
     * What the packs change over this population, as {@code coach diff --pack ... clients.jsonl} reports it:
     * each client is evaluated by the default rules and by this coach's engine, per partition, and the
     * partitions' diffs are merged.
     */
    public PopulationDiff populationDiff(Dataset<String> facts) {
        return facts.javaRDD().zipWithIndex().mapPartitions(partition -> {
            CoachingEngine candidate = engine();
            CoachingEngine baseline = baseline();
            PopulationDiff diff = new PopulationDiff();
            while (partition.hasNext()) {
                Tuple2<String, Long> next = partition.next();
                long line = next._2() + 1;
                AdviceLines.Result before = AdviceLines.evaluate(baseline, line, next._1());
                if (!before.valid()) {
                    diff.addInvalid(line);
                } else if (before.advised()) {
                    diff.add(line, before.advice(), candidate.evaluate(before.facts()));
                } else {
                    throw new IllegalStateException("line " + line + ": " + before.problems().get(0).message());
                }
            }
            return List.of(diff).iterator();
        }).fold(new PopulationDiff(), (a, b) -> new PopulationDiff().merge(a).merge(b));
    }

    private Iterator<Row> advise(Iterator<Tuple2<String, Long>> partition) {
        CoachingEngine engine = engine();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return partition.hasNext();
            }

            @Override
            public Row next() {
                Tuple2<String, Long> next = partition.next();
                return row(engine, next._1(), next._2() + 1);
            }
        };
    }

    private static Row row(CoachingEngine engine, String json, long line) {
        AdviceLines.Result result = AdviceLines.evaluate(engine, line, json == null ? "" : json);
        String output = result.json();
        List<String> ids = result.advised() ? result.advice().ids() : List.of();
        return RowFactory.create(line, output.substring(0, output.length() - 1), result.advised(),
                scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq());
    }

    /** This JVM's engine for this configuration, built the first time a task asks. */
    private CoachingEngine engine() {
        return ENGINES.computeIfAbsent(List.of(this, SparkFiles.getRootDirectory()), key -> {
            CoachingEngine.Builder builder = CoachingEngine.builder();
            for (String name : packNames) {
                builder.withPack(Path.of(SparkFiles.get(name)));
            }
            return configure(builder).build();
        });
    }

    /** The default rules, as {@code coach diff} compares against. */
    private static CoachingEngine baseline() {
        return ENGINES.computeIfAbsent(List.of("the default rules"), key -> CoachingEngine.builder().build());
    }

    private CoachingEngine.Builder configure(CoachingEngine.Builder builder) {
        if (localeTag != null) {
            builder.locale(Locale.forLanguageTag(localeTag));
        }
        parameters.forEach(builder::parameter);
        return builder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SparkCoach coach && coach.packNames.equals(packNames)
                && Objects.equals(coach.localeTag, localeTag) && coach.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packNames, localeTag, parameters);
    }
}
