package org.coachlogic.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.spi.SLF4JServiceProvider;

import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.facts.ClientFacts;
import org.coachlogic.testkit.ClientGenerator;

/**
 * The Spark module in {@code local[2]}: its advice and population diff are byte for byte what {@code coach batch}
 * and {@code coach diff --json} print for the same input (the packaged CLI, run as a process), and the
 * Parquet-in, Parquet-out job gives each row the advice of its facts.
 */
class SparkCoachTest {

    private static final Path VENDOR_PACK = Path.of(System.getProperty("coach.vendorPack", "../examples/vendor-pack"));

    private static SparkSession spark;

    @TempDir
    static Path temp;

    private static Path clients;

    @BeforeAll
    static void startSparkAndWriteAPopulation() throws IOException {
        spark = SparkSession.builder().master("local[2]").appName("coachlogic-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        // 400 generated clients, with an invalid line, a truncated one and a blank one among them
        List<String> lines = new ArrayList<>(ClientGenerator.population(18).stream(400)
                .map(facts -> CoachingJson.writeFactsLine(facts).strip()).toList());
        lines.add(37, "{\"client\":{\"age\":200,\"experience\":\"NOVICE\"},\"pain\":{\"intensity\":12}}");
        lines.add(150, "{\"client\":{\"age\":30,");
        lines.add(260, "");
        clients = temp.resolve("clients.jsonl");
        Files.write(clients, lines, StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void adviceIsWhatCoachBatchWritesForTheSameInput() throws Exception {
        // GIVEN what coach batch writes for the population with the vendor pack
        Run batch = coach("batch", "--pack", VENDOR_PACK.toString(), clients.toString());
        assertThat(batch.exitCode()).as(batch.stderr()).isEqualTo(2); // three invalid lines

        // WHEN Spark evaluates the same file, as read and in four partitions, with the same pack
        SparkCoach coach = SparkCoach.builder().withPack(VENDOR_PACK).build(spark);
        Dataset<Row> advice = coach.adviceForJson(spark.read().textFile(clients.toString()));
        Dataset<Row> partitioned = coach.adviceForJson(
                spark.createDataset(spark.sparkContext().textFile(clients.toString(), 4), Encoders.STRING()));

        // THEN, in line order, the advice lines are the same bytes
        assertThat(partitioned.javaRDD().getNumPartitions()).isGreaterThan(1);
        assertThat(joined(partitioned)).isEqualTo(batch.stdout());
        assertThat(joined(advice)).isEqualTo(batch.stdout());
        assertThat(partitioned.filter("NOT valid").select("line").as(Encoders.LONG()).collectAsList())
                .containsExactlyInAnyOrder(38L, 151L, 261L);
    }

    @Test
    void populationDiffIsWhatCoachDiffPrints() throws Exception {
        // GIVEN what coach diff prints for the population and the vendor pack
        Run diff = coach("diff", "--json", "--pack", VENDOR_PACK.toString(), clients.toString());

        // WHEN Spark compares the pack on the same file, in four partitions
        SparkCoach coach = SparkCoach.builder().withPack(VENDOR_PACK).build(spark);
        String json = coach.populationDiff(spark.createDataset(spark.sparkContext().textFile(clients.toString(), 4),
                Encoders.STRING())).toJson();

        // THEN the summaries are the same
        assertThat(json).isEqualTo(diff.stdout()).contains("\"clients\" : 400").contains("\"invalid\" : 3");
    }

    @Test
    void parquetInParquetOutGivesEachRowTheAdviceOfItsFacts() {
        // GIVEN valid clients as Parquet rows with the contract's columns and an id, without the STarT Back
        // answers (a list of booleans and a string, which Parquet cannot hold; see docs/spark.md)
        List<ClientFacts> population = ClientGenerator.population(19).stream(200)
                .map(facts -> facts.withScreening(null)).toList();
        List<String> withIds = new ArrayList<>();
        for (int i = 0; i < population.size(); i++) {
            withIds.add("{\"id\":\"client-" + i + "\"," + CoachingJson.writeFactsLine(population.get(i)).substring(1));
        }
        Dataset<Row> rows = spark.read().json(spark.createDataset(withIds, Encoders.STRING()));
        String in = temp.resolve("clients.parquet").toString();
        String out = temp.resolve("advice.parquet").toString();
        rows.write().parquet(in);

        // WHEN the job runs from Parquet to Parquet with the vendor pack
        AdviceJob.run(spark, "--pack", VENDOR_PACK.toString(), "--key", "id", in, out);

        // THEN every row has the advice the engine gives for its facts
        CoachingEngine engine = CoachingEngine.builder().withPack(VENDOR_PACK).build();
        Map<String, String> expected = new java.util.HashMap<>();
        for (int i = 0; i < population.size(); i++) {
            expected.put("client-" + i, CoachingJson.writeAdviceLine(engine.evaluate(population.get(i))).strip());
        }
        List<Row> advice = spark.read().parquet(out).collectAsList();
        assertThat(advice).hasSize(200).allSatisfy(row -> {
            assertThat(row.getBoolean(row.fieldIndex("valid"))).isTrue();
            assertThat(row.getString(row.fieldIndex("advice"))).isEqualTo(expected.get(row.getString(row.fieldIndex("id"))));
            assertThat(row.getList(row.fieldIndex("ids"))).isNotNull();
        });
    }

    @Test
    void oneSlf4jBindingIsOnTheClassPath() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(provider -> provider.type().getName()).toList();

        assertThat(providers).containsExactly("org.apache.logging.slf4j.SLF4JServiceProvider");
    }

    private static String joined(Dataset<Row> advice) {
        return advice.orderBy("line").select("advice").as(Encoders.STRING()).collectAsList().stream()
                .map(line -> line + "\n").collect(Collectors.joining());
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }

    /** The packaged CLI as a process, as a user runs it. */
    private static Run coach(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("coach.jar", "../examples/target/coach.jar")));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("no answer from " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
