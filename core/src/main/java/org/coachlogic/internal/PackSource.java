package org.coachlogic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.coachlogic.RuleCompilationException;
import org.coachlogic.RuleProblem;

/**
 * The files of one rule pack, from a folder or a classpath location: {@code pack.json} and the DRL files as
 * text, neither parsed nor compiled here, and the optional {@code messages.properties}, read into a bundle.
 *
 * @param location  where the pack was found, for messages until its name is known
 * @param descriptor the text of {@code pack.json}
 * @param drlFiles  DRL file name (relative to the pack) to its text, in load order; {@code null} means the
 *                  descriptor must list them
 * @param messages  the pack's message bundle, or {@code null}
 * @param loader    finds listed files for classpath packs; {@code null} for folder packs
 */
record PackSource(String location, String descriptor, Map<String, String> drlFiles, ResourceBundle messages,
                  FileLoader loader) {

    /** The pack's texts in a language ({@code messages_de.properties}), or {@code null} if it has none. */
    ResourceBundle messages(Locale locale) {
        if (locale.getLanguage().isEmpty()) {
            return null;
        }
        try {
            String text = loader.read("messages_" + locale.getLanguage() + ".properties");
            return text == null ? null : bundle(text);
        } catch (IOException e) {
            return null;
        }
    }

    static final String DESCRIPTOR = "pack.json";
    static final String MESSAGES = "messages.properties";

    /** Reads a file of the pack by its relative name; {@code null} when it does not exist. */
    @FunctionalInterface
    interface FileLoader {
        String read(String name) throws IOException;
    }

    PackSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /** A pack in a folder: every {@code *.drl} below it unless {@code pack.json} lists the files. */
    static PackSource fromFolder(Path folder) {
        String where = folder.toString();
        if (!Files.isDirectory(folder)) {
            throw problem(where, "", "not a folder");
        }
        Path descriptor = folder.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(descriptor)) {
            throw problem(where, DESCRIPTOR, "missing: a pack needs a pack.json descriptor");
        }
        try {
            Map<String, String> drl = new LinkedHashMap<>();
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                    drl.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
                }
            }
            Path messages = folder.resolve(MESSAGES);
            return new PackSource(where, Files.readString(descriptor), drl,
                    Files.isRegularFile(messages) ? bundle(Files.readString(messages)) : null,
                    name -> {
                        Path file = folder.resolve(name).normalize();
                        return file.startsWith(folder.normalize()) && Files.isRegularFile(file)
                                ? Files.readString(file) : null;
                    });
        } catch (IOException e) {
            throw problem(where, "", "cannot read: " + e.getMessage());
        }
    }

    /** A pack on the classpath: {@code pack.json} must list its DRL files, since a jar cannot be listed. */
    static PackSource fromClasspath(String location, ClassLoader classLoader) {
        String base = location.endsWith("/") ? location : location + "/";
        FileLoader files = name -> {
            try (InputStream in = classLoader.getResourceAsStream(base + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        };
        try {
            String descriptor = files.read(DESCRIPTOR);
            if (descriptor == null) {
                throw problem("classpath:" + location, DESCRIPTOR, "not found on the classpath");
            }
            String messages = files.read(MESSAGES);
            return new PackSource("classpath:" + location, descriptor, null,
                    messages == null ? null : bundle(messages), files);
        } catch (IOException e) {
            throw problem("classpath:" + location, "", "cannot read: " + e.getMessage());
        }
    }

    /** The DRL files, reading those the descriptor lists when the pack could not be listed. */
    Map<String, String> drl(List<String> listed, String pack, List<RuleProblem> problems) {
        if (listed == null || listed.isEmpty()) {
            if (drlFiles == null) {
                problems.add(new RuleProblem(pack, DESCRIPTOR, 0,
                        "a classpath pack must list its DRL files under \"files\""));
                return Map.of();
            }
            return drlFiles;
        }
        Map<String, String> drl = new LinkedHashMap<>();
        for (String name : listed) {
            try {
                String text = loader.read(name);
                if (text == null) {
                    problems.add(new RuleProblem(pack, DESCRIPTOR, 0, "listed file " + name + " does not exist"));
                } else {
                    drl.put(name, text);
                }
            } catch (IOException e) {
                problems.add(new RuleProblem(pack, name, 0, "cannot read: " + e.getMessage()));
            }
        }
        return drl;
    }

    private static ResourceBundle bundle(String text) throws IOException {
        try (Reader reader = new StringReader(text)) {
            return new PropertyResourceBundle(reader);
        }
    }

    private static RuleCompilationException problem(String where, String file, String message) {
        List<RuleProblem> problems = new ArrayList<>();
        problems.add(new RuleProblem(where, file.isEmpty() ? "(pack)" : file, 0, message));
        return new RuleCompilationException(problems);
    }
}
