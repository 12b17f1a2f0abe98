package org.coachlogic.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard input was closed when the command started ({@code coach evaluate - <&-}). The JVM then
 * reuses descriptor 0 for a file of its own (its {@code lib/modules}, or a jar), and reading "standard
 * input" would read that file. Known where {@code /proc/self/fd} exists (Linux); elsewhere assumed open.
 */
final class StandardInput {

    private StandardInput() {
    }

    static boolean closed() {
        Path descriptor = Path.of("/proc/self/fd/0");
        if (!Files.exists(descriptor.getParent())) {
            return false; // no /proc: cannot tell
        }
        if (!Files.exists(descriptor, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            Path target = Files.readSymbolicLink(descriptor);
            Path javaHome = Path.of(System.getProperty("java.home")).toRealPath();
            return target.startsWith(javaHome) || target.toString().endsWith(".jar");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
