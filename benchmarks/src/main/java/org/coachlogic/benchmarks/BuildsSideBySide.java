package org.coachlogic.benchmarks;

import java.io.File;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.coachlogic.benchmarks.CpuTimePerCall.Candidate;

/**
 * CPU time and bytes per evaluation of one client by several builds of the engine in one process, each build in
 * its own class loader, their rounds interleaved: on a loaded machine the load then touches every build alike,
 * where two runs of {@link CpuTimePerCall} one after the other can differ by a third. The first build's
 * plain-Java reference runs in the same rounds as the baseline.
 *
 * <p>Usage: copy {@code benchmarks/target/benchmarks.jar} and {@code benchmarks/target/lib/} of each build into
 * a folder of its own, then {@code java -cp benchmarks/target/benchmarks.jar
 * org.coachlogic.benchmarks.BuildsSideBySide [-Dclient=typical|fewFacts|allFacts] DIR...} (the property before the
 * class name). Each build is called through reflection, the same small cost for all of them. With
 * {@code -Dgenerated=0,10000} each build evaluates with each of those numbers of generated rules
 * ({@link GeneratedPack#engine}, built by that build), so that the flat-cost ratio of issue 17 is read within
 * one build's rounds and compared between builds in the same minutes (give the JVM {@code -Xmx2g}).
 */
public final class BuildsSideBySide {

    private static final int ROUNDS = 60;
    private static final int BATCH = 2_000;

    private BuildsSideBySide() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String clientName = System.getProperty("client", "typical");
        String generated = System.getProperty("generated");
        String[] counts = generated == null ? new String[] {""} : generated.split(",");
        List<Candidate> candidates = new ArrayList<>();
        int referenceIndex = -1;
        for (String dir : args) {
            ClassLoader loader = loader(new File(dir));
            Thread.currentThread().setContextClassLoader(loader);
            Class<?> engineType = loader.loadClass("org.coachlogic.CoachingEngine");
            Class<?> factsType = loader.loadClass("org.coachlogic.facts.ClientFacts");
            Object client = loader.loadClass(Clients.class.getName()).getMethod(clientName).invoke(null);
            if (generated == null) {
                Object builder = engineType.getMethod("builder").invoke(null);
                Object engine = builder.getClass().getMethod("build").invoke(builder);
                candidates.add(new Candidate(new File(dir).getName(), BATCH,
                        call(engineType.getMethod("evaluate", factsType), engine, client)));
            } else {
                for (String count : counts) {
                    Object engine = loader.loadClass(GeneratedPack.class.getName()).getMethod("engine", int.class)
                            .invoke(null, Integer.parseInt(count.trim()));
                    candidates.add(new Candidate(new File(dir).getName() + "/" + count.trim(), BATCH,
                            call(engineType.getMethod("evaluate", factsType), engine, client)));
                }
            }
            if (referenceIndex < 0) {
                referenceIndex = candidates.size();
                Method reference = loader.loadClass("org.coachlogic.benchmarks.reference.ReferenceCoach")
                        .getMethod("evaluate", factsType);
                candidates.add(new Candidate("reference", BATCH, call(reference, null, client)));
            }
        }
        CpuTimePerCall.Rounds rounds = CpuTimePerCall.rounds(candidates, ROUNDS);
        double[][] micros = rounds.micros();
        long[] bytes = rounds.bytes();
        int n = candidates.size();
        System.out.printf(Locale.ROOT, "%s client, %d rounds of %,d calls each%n", clientName, ROUNDS, BATCH);
        double first = CpuTimePerCall.median(micros[0]);
        double reference = CpuTimePerCall.median(micros[referenceIndex]);
        for (int c = 0; c < n; c++) {
            double median = CpuTimePerCall.median(micros[c]);
            System.out.printf(Locale.ROOT, "%-12s CPU %8.3f us per call (median; min %.3f), %,7d B  = %6.3fx the "
                    + "first build, %5.1fx the reference%n", candidates.get(c).name() + ":", median, micros[c][0],
                    bytes[c] / ROUNDS, median / first, median / reference);
        }
        if (counts.length > 1) {
            // each build's candidates are its counts in order, the reference after the first build's
            int c = 0;
            for (String dir : args) {
                int firstCount = c;
                c += counts.length;
                System.out.printf(Locale.ROOT, "%-12s %s generated rules against %s: %.3fx (medians)%n",
                        new File(dir).getName() + ":", counts[counts.length - 1].trim(), counts[0].trim(),
                        CpuTimePerCall.median(micros[c - 1]) / CpuTimePerCall.median(micros[firstCount]));
                if (firstCount == 0) {
                    c++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "load average %s%n", CpuTimePerCall.load());
    }

    /** The build's benchmarks jar and its libraries, over the platform's classes only. */
    private static ClassLoader loader(File dir) {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(new File(dir, "benchmarks.jar").toURI().toURL());
            File[] libraries = new File(dir, "lib").listFiles();
            if (libraries == null) {
                throw new IllegalArgumentException(dir + " holds no lib/ folder");
            }
            for (File library : libraries) {
                urls.add(library.toURI().toURL());
            }
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Supplier<Object> call(Method method, Object target, Object client) {
        return () -> {
            try {
                return method.invoke(target, client);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        };
    }

}
