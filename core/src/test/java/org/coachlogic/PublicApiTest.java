package org.coachlogic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apiguardian.api.API;
import org.apiguardian.api.API.Status;
import org.junit.jupiter.api.Test;

/**
 * The public API is exactly the exported types, each with its {@code @API} status; the internal packages
 * have only their entry points public; no public signature mentions Drools, Jackson or our internals.
 */
class PublicApiTest {

    private static final Set<String> PUBLIC_PACKAGES = Set.of("org.coachlogic", "org.coachlogic.facts", "org.coachlogic.spi");
    private static final List<String> FORBIDDEN = List.of("org.drools.", "org.kie.", "org.coachlogic.internal.",
            "com.fasterxml.");

    /**
     * Every type a host can reach, with its stability. A new public type must be added here on purpose; an
     * internal type that becomes public fails this test.
     */
    private static final Map<String, Status> EXPORTED = exported();

    /** Public only because a public class in another package of core calls them; never for hosts. */
    private static final Set<String> INTERNAL_ENTRY_POINTS = Set.of(
            "org.coachlogic.internal.EngineFactory",
            "org.coachlogic.internal.json.JsonCodec");

    private static Map<String, Status> exported() {
        Map<String, Status> types = new TreeMap<>();
        for (String name : List.of("Advice", "Assessment", "Assessment$Instrument", "Category",
                "CoachingEngine", "CoachingEngine$Builder", "CoachingJson", "InvalidAdviceException",
                "InvalidFactsException", "Priority", "Recommendation", "RuleBaseException",
                "RuleCompilationException", "RuleExecutionException", "RuleProblem", "RuleSetInfo", "Source",
                "Suppression", "Violation")) {
            types.put("org.coachlogic." + name, Status.STABLE);
        }
        for (String name : List.of("DisabledRule", "EvaluationFailure", "ParameterInfo", "RuleInfo", "SafetyTier")) {
            types.put("org.coachlogic." + name, Status.EXPERIMENTAL);
        }
        for (String name : List.of("Activity", "Bothersomeness", "Client", "ClientFacts", "Condition", "Experience",
                "Goal", "LegSymptoms", "Mindset", "Occupation", "Pain", "PainRegion", "PainTrend", "RedFlag",
                "Screening", "Sleep", "Sport", "StartBack", "StartBackRisk", "Stress", "Training")) {
            types.put("org.coachlogic.facts." + name, Status.STABLE);
        }
        for (String name : List.of("Activity", "Client", "ClientFacts", "Mindset", "Pain", "Screening", "Sleep",
                "Sport", "StartBack", "Stress", "Training")) {
            types.put("org.coachlogic.facts." + name + "$Builder", Status.STABLE);
        }
        for (String name : List.of("Finding", "Parameters", "Reason", "RulePackProvider", "SafetyFinding")) {
            types.put("org.coachlogic.spi." + name, Status.EXPERIMENTAL);
        }
        return types;
    }

    @Test
    void hostsCanReachExactlyTheExportedTypesEachWithItsDeclaredStability() throws Exception {
        // GIVEN every class core compiles
        List<Class<?>> classes = allClasses();

        // WHEN the ones a host can reach are collected outside the internal packages
        Map<String, Status> reachable = new TreeMap<>();
        for (Class<?> type : classes) {
            if (reachable(type) && !type.getPackageName().startsWith("org.coachlogic.internal")) {
                API api = type.getAnnotation(API.class);
                reachable.put(type.getName(), api == null ? null : api.status());
            }
        }

        // THEN they are exactly the exported set, each with its @API status
        assertThat(reachable).containsExactlyEntriesOf(EXPORTED);
    }

    @Test
    void theInternalPackagesHaveOnlyTheirEntryPointsPublicAndMarkedInternal() throws Exception {
        // GIVEN every class core compiles
        List<Class<?>> classes = allClasses();

        // WHEN the reachable ones inside the internal packages are collected
        Map<String, Status> reachable = new TreeMap<>();
        for (Class<?> type : classes) {
            if (reachable(type) && type.getPackageName().startsWith("org.coachlogic.internal")) {
                API api = type.getAnnotation(API.class);
                reachable.put(type.getName(), api == null ? null : api.status());
            }
        }

        // THEN only the entry points are, each marked INTERNAL
        Map<String, Status> expected = new TreeMap<>();
        INTERNAL_ENTRY_POINTS.forEach(name -> expected.put(name, Status.INTERNAL));
        assertThat(reachable).containsExactlyEntriesOf(expected);
    }

    /** Public, and nested only in public types: what code in another package can name. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void noPublicSignatureExposesDroolsJacksonOrInternalTypes() throws Exception {
        Set<String> leaks = new TreeSet<>();
        for (Class<?> type : allClasses()) {
            if (!PUBLIC_PACKAGES.contains(type.getPackageName()) || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            check(type.getName() + " supertype", type.getGenericSuperclass(), leaks);
            for (Type parent : type.getGenericInterfaces()) {
                check(type.getName() + " implements", parent, leaks);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (isVisible(method.getModifiers())) {
                    check(type.getName() + "." + method.getName() + " returns", method.getGenericReturnType(), leaks);
                    checkParameters(type, method, leaks);
                }
            }
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                if (isVisible(constructor.getModifiers())) {
                    checkParameters(type, constructor, leaks);
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (isVisible(field.getModifiers())) {
                    check(type.getName() + "." + field.getName(), field.getGenericType(), leaks);
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static void checkParameters(Class<?> type, Executable executable, Set<String> leaks) {
        for (Type parameter : executable.getGenericParameterTypes()) {
            check(type.getName() + "." + executable.getName() + " takes", parameter, leaks);
        }
        for (Type thrown : executable.getGenericExceptionTypes()) {
            check(type.getName() + "." + executable.getName() + " throws", thrown, leaks);
        }
    }

    private static void check(String where, Type type, Set<String> leaks) {
        if (type == null) {
            return;
        }
        String name = type.getTypeName();
        for (String forbidden : FORBIDDEN) {
            if (name.contains(forbidden)) {
                leaks.add(where + " " + name);
            }
        }
    }

    private static List<Class<?>> allClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(CoachingEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name, false, PublicApiTest.class.getClassLoader()));
            }
        }
        assertThat(classes).hasSizeGreaterThan(20);
        return classes;
    }
}
