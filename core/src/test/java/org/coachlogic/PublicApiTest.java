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
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The public API is exactly the public packages, and none of it mentions Drools or our internals. */
class PublicApiTest {

    private static final Set<String> PUBLIC_PACKAGES = Set.of("org.coachlogic", "org.coachlogic.facts", "org.coachlogic.spi");
    private static final List<String> FORBIDDEN = List.of("org.drools.", "org.kie.", "org.coachlogic.internal.",
            "com.fasterxml.");

    @Test
    void publicTypesLiveOnlyInThePublicPackagesOrInternal() throws Exception {
        for (Class<?> type : allClasses()) {
            if (Modifier.isPublic(type.getModifiers())) {
                assertThat(PUBLIC_PACKAGES.contains(type.getPackageName())
                        || type.getPackageName().startsWith("org.coachlogic.internal"))
                        .as(type.getName()).isTrue();
            }
        }
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
