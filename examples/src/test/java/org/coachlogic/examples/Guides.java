package org.coachlogic.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of a guide in docs/, for the tests that run what a guide shows. */
final class Guides {

    private Guides() {
    }

    /** The guide's fenced blocks of one language ("" for blocks without one), in order. */
    static List<String> blocks(Path guide, String language) throws IOException {
        List<String> found = new ArrayList<>();
        StringBuilder block = null;
        String blockLanguage = null;
        for (String line : Files.readAllLines(guide)) {
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    blockLanguage = line.substring(3).strip();
                } else {
                    if (blockLanguage.equals(language)) {
                        found.add(block.toString().strip());
                    }
                    block = null;
                }
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return found;
    }
}
