package org.coachlogic.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Java snippet in docs/testing.md is a whole source file, with its imports, and compiles. */
class TestingGuideTest {

    private static final Path GUIDE = Path.of("../docs/testing.md");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("(?m)^class (\\w+)");

    @Test
    void everyJavaSnippetCompilesAsItIsWritten(@TempDir Path sources) throws IOException {
        // GIVEN each snippet written to a file named after its class
        List<Path> files = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(Files.readString(GUIDE));
        while (block.find()) {
            String code = block.group(1);
            Matcher name = CLASS_NAME.matcher(code);
            assertThat(name.find()).as("a snippet without a class of its own:%n%s", code).isTrue();
            files.add(Files.writeString(sources.resolve(name.group(1) + ".java"), code));
        }
        assertThat(files).as("Java snippets in %s", GUIDE).hasSizeGreaterThanOrEqualTo(3);

        // WHEN they are compiled against the testkit and what it brings
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager fileManager = compiler.getStandardFileManager(diagnostics, null, null)) {
            compiled = compiler.getTask(null, fileManager, diagnostics,
                    List.of("-classpath", System.getProperty("java.class.path"), "-d", sources.toString(),
                            "-proc:none", "-Xlint:none"),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
        }

        // THEN
        assertThat(compiled).as("%s", diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).map(Object::toString).toList()).isTrue();
    }
}
