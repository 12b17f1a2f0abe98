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
 * The raw files of one rule pack, from a folder or a classpath location: {@code pack.json}, the DRL files,
 * the decision tables (CSV, XLSX) and the optional {@code messages.properties}. Decision tables are turned
 * into DRL here ({@link DecisionTable}), and problems found in their DRL are moved back onto their cells by
 * {@link #locate}; nothing else is parsed or compiled here.
 *
 * @param location  where the pack was found, for messages until its name is known
 * @param descriptor the text of {@code pack.json}
 * @param drlFiles  DRL file name (relative to the pack) to its text, in load order; {@code null} means the
 *                  descriptor must list them
 * @param tableFiles decision-table file name to its bytes, for folder packs; {@code null} for classpath packs
 * @param messages  the pack's message bundle, or {@code null}
 * @param loader    finds listed files for classpath packs; {@code null} for folder packs
 * @param tables    the decision tables converted so far, by the name their DRL is compiled under
 * @param fileProblems problems found while reading the files (a broken messages file), by file and line
 */
record PackSource(String location, String descriptor, Map<String, String> drlFiles,
                  Map<String, byte[]> tableFiles, ResourceBundle messages, FileLoader loader,
                  Map<String, DecisionTable> tables, List<RuleProblem> fileProblems) {

    /** The pack's texts in a language ({@code messages_de.properties}), or {@code null} if it has none. */
    ResourceBundle messages(Locale locale) {
        if (locale.getLanguage().isEmpty()) {
            return null;
        }
        try {
            byte[] text = loader.read("messages_" + locale.getLanguage() + ".properties");
            return text == null ? null : bundle(utf8(text));
        } catch (IOException e) {
            return null;
        }
    }

    static final String DESCRIPTOR = "pack.json";
    static final String MESSAGES = "messages.properties";

    /** Reads a file of the pack by its relative name; {@code null} when it does not exist. */
    @FunctionalInterface
    interface FileLoader {
        byte[] read(String name) throws IOException;
    }

    PackSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(descriptor, "descriptor");
    }

    /**
     * A pack in a folder: every {@code *.drl}, {@code *.csv} and {@code *.xlsx} below it (the fixtures folder
     * aside) unless {@code pack.json} lists the files.
     */
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
            Map<String, byte[]> tableFiles = new LinkedHashMap<>();
            Path fixtures = folder.resolve("fixtures");
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(fixtures)).sorted().toList()) {
                    String name = folder.relativize(file).toString().replace('\\', '/');
                    if (name.endsWith(".drl")) {
                        drl.put(name, Files.readString(file));
                    } else if (DecisionTable.isTable(name) && !file.getFileName().toString().startsWith(".~lock")) {
                        tableFiles.put(name, Files.readAllBytes(file));
                    }
                }
            }
            Path messages = folder.resolve(MESSAGES);
            List<RuleProblem> fileProblems = new ArrayList<>();
            return new PackSource(where, Files.readString(descriptor), drl, tableFiles,
                    Files.isRegularFile(messages) ? checkedBundle(Files.readString(messages), fileProblems) : null,
                    name -> {
                        Path file = folder.resolve(name).normalize();
                        return file.startsWith(folder.normalize()) && Files.isRegularFile(file)
                                ? Files.readAllBytes(file) : null;
                    }, new LinkedHashMap<>(), fileProblems);
        } catch (IOException e) {
            throw problem(where, "", "cannot read: " + e.getMessage());
        }
    }

    /** A pack on the classpath: {@code pack.json} must list its DRL files, since a jar cannot be listed. */
    static PackSource fromClasspath(String location, ClassLoader classLoader) {
        String base = location.endsWith("/") ? location : location + "/";
        FileLoader files = name -> {
            try (InputStream in = classLoader.getResourceAsStream(base + name)) {
                return in == null ? null : in.readAllBytes();
            }
        };
        try {
            byte[] descriptor = files.read(DESCRIPTOR);
            if (descriptor == null) {
                throw problem("classpath:" + location, DESCRIPTOR, "not found on the classpath");
            }
            byte[] messages = files.read(MESSAGES);
            List<RuleProblem> fileProblems = new ArrayList<>();
            return new PackSource("classpath:" + location, utf8(descriptor), null, null,
                    messages == null ? null : checkedBundle(utf8(messages), fileProblems), files, new LinkedHashMap<>(),
                    fileProblems);
        } catch (IOException e) {
            throw problem("classpath:" + location, "", "cannot read: " + e.getMessage());
        }
    }

    /**
     * The DRL to compile, by file name: the DRL files and the DRL generated from each decision table (under
     * {@link DecisionTable#key()}), reading those the descriptor lists when the pack could not be listed.
     * Problems in the tables themselves are added with their cells.
     */
    Map<String, String> drl(List<String> listed, String pack, List<RuleProblem> problems) {
        fileProblems.forEach(p -> problems.add(new RuleProblem(pack, p.file(), p.line(), p.message())));
        Map<String, String> drl = new LinkedHashMap<>();
        if (listed == null || listed.isEmpty()) {
            if (drlFiles == null) {
                problems.add(new RuleProblem(pack, DESCRIPTOR, 0,
                        "a classpath pack must list its DRL and decision-table files under \"files\""));
                return Map.of();
            }
            drl.putAll(drlFiles);
            tableFiles.forEach((name, bytes) -> addTable(pack, name, bytes, drl, problems));
            return drl;
        }
        for (String name : listed) {
            try {
                byte[] content = loader.read(name);
                if (content == null) {
                    problems.add(new RuleProblem(pack, DESCRIPTOR, 0, "listed file " + name + " does not exist"));
                } else if (DecisionTable.isTable(name)) {
                    addTable(pack, name, content, drl, problems);
                } else {
                    drl.put(name, utf8(content));
                }
            } catch (IOException e) {
                problems.add(new RuleProblem(pack, name, 0, "cannot read: " + e.getMessage()));
            }
        }
        return drl;
    }

    private void addTable(String pack, String name, byte[] content, Map<String, String> drl,
                          List<RuleProblem> problems) {
        for (DecisionTable table : DecisionTable.convert(pack, name, content, problems)) {
            synchronized (tables) {
                tables.put(table.key(), table);
            }
            drl.put(table.key(), table.drl());
        }
    }

    /**
     * The problems with each one found in DRL generated from a decision table moved onto the table's cell;
     * every other problem as it was.
     */
    public static List<RuleProblem> locate(List<RuleProblem> problems, List<PackSource> packs) {
        List<RuleProblem> located = new ArrayList<>(problems.size());
        for (RuleProblem problem : problems) {
            DecisionTable table = null;
            for (PackSource pack : packs) {
                synchronized (pack.tables()) {
                    table = problem.cell() == null ? pack.tables().get(problem.file()) : null;
                }
                if (table != null) {
                    break;
                }
            }
            located.add(table == null ? problem : table.locate(problem));
        }
        return located;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The messages file as a bundle, its problems (an invalid escape, a reason text that is no valid
     * template) added with their lines; a broken line is neutralised so that it causes no further errors.
     */
    private static ResourceBundle checkedBundle(String text, List<RuleProblem> problems) throws IOException {
        List<String[]> found = PackMistakes.messageFile(text);
        if (found.isEmpty()) {
            return bundle(text);
        }
        String[] lines = text.split("\\R", -1);
        for (String[] problem : found) {
            int line = Integer.parseInt(problem[0]);
            problems.add(new RuleProblem("", MESSAGES, line, problem[1]));
            String broken = lines[line - 1];
            int separator = broken.indexOf('=');
            lines[line - 1] = separator > 0 ? broken.substring(0, separator + 1) + "(invalid)" : "";
        }
        try {
            return bundle(String.join("\n", lines));
        } catch (IllegalArgumentException e) {
            return null;
        }
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
