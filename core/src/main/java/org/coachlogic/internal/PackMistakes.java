package org.coachlogic.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.parser.DroolsError;

import org.coachlogic.RuleProblem;
import org.coachlogic.Source;

/**
 * Mistakes in a pack's files that Drools reports badly or not at all, each found once, at its line, in plain
 * words: a rule without {@code end}, a reason without a text, a misspelt enum value, a broken message file.
 */
final class PackMistakes {

    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");
    private static final Pattern REASON_KEY = Pattern.compile("\\b(?:because|and|andEach)\\s*\\(\\s*\"([^\"]+)\"");

    private PackMistakes() {
    }

    /**
     * A rule whose {@code end} is missing swallows the next rule and confuses the parser: reports it once,
     * at the rule's last line, and returns whether there was one.
     */
    static boolean unclosedRules(String pack, String file, String text, List<RuleProblem> problems) {
        String[] lines = text.split("\\R", -1);
        String open = null;
        int openLine = 0;
        int lastContent = 0;
        boolean found = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher start = RULE_START.matcher(line);
            if (start.find()) {
                if (open != null) {
                    problems.add(new RuleProblem(pack, file, lastContent, "rule " + open + " (line " + openLine
                            + ") has no \"end\" before the next rule at line " + (i + 1)
                            + "; close it with a line \"end\" (check the statement before it ends with \";\")"));
                    found = true;
                }
                open = start.group(1);
                openLine = i + 1;
            } else if (END.matcher(line).matches()) {
                open = null;
            }
            if (!line.isBlank() && !line.strip().startsWith("//")) {
                lastContent = i + 1;
            }
        }
        if (open != null) {
            problems.add(new RuleProblem(pack, file, lastContent, "rule " + open + " (line " + openLine
                    + ") has no \"end\" at the end of the file"));
            found = true;
        }
        return found;
    }

    /** The parser's errors, each once (the parser may report one problem several times). */
    static void parseErrors(String pack, String file, List<? extends DroolsError> errors, List<RuleProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        for (DroolsError error : errors) {
            int[] lines = error.getLines();
            int line = lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
            String message = error.getMessage();
            if (seen.add(line + ":" + message)) {
                problems.add(new RuleProblem(pack, file, line, message));
            }
        }
    }

    /**
     * Each reason key a consequence gives must have a text ({@code because.KEY}) in the pack's messages or
     * the rule base's; otherwise clients would read the bare key.
     */
    static void reasonTemplates(String consequence, int firstLine, MessageCatalog messages, String where,
                                BiConsumer<Integer, String> problems) {
        Matcher key = REASON_KEY.matcher(consequence);
        while (key.find()) {
            if (messages.text(MessageCatalog.REASON + key.group(1)).isEmpty()) {
                int line = firstLine + (int) consequence.substring(0, key.start()).chars().filter(c -> c == '\n').count();
                problems.accept(line, where + ": reason \"" + key.group(1) + "\" has no text: add "
                        + MessageCatalog.REASON + key.group(1) + "=... to messages.properties");
            }
        }
    }

    /** A pack may add sources, not change what a default source key means. */
    static void redefinedSources(PackDescriptor pack, Map<String, Source> defaults, List<RuleProblem> problems) {
        for (Source source : pack.sources()) {
            if (defaults.containsKey(source.key())) {
                problems.add(pack.problemWith("sources", source.key(), "source key \"" + source.key()
                        + "\" is a default source; a pack cannot redefine it: cite it as it is, or give yours "
                        + "another key"));
            }
        }
    }

    /**
     * Checks a pack's messages file before it is used: every line Java can read, every reason template a
     * valid {@link MessageFormat}. Returns the problems, each with its line.
     */
    static List<String[]> messageFile(String text) {
        List<String[]> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        Pattern badEscape = Pattern.compile("\\\\u(?![0-9a-fA-F]{4})");
        boolean continued = false;
        String key = null;
        StringBuilder value = new StringBuilder();
        int keyLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (i < lines.length) {
                Matcher escape = badEscape.matcher(line);
                if (escape.find() && !line.strip().startsWith("#") && !line.strip().startsWith("!")) {
                    problems.add(new String[] {String.valueOf(i + 1), "\"" + line.substring(escape.start(),
                            Math.min(line.length(), escape.start() + 6)) + "\" is not a character escape: "
                            + "\\u must be followed by four hexadecimal digits, as in \\u00e9"});
                }
            }
            if (continued) {
                value.append(line.strip());
            } else {
                if (key != null) {
                    checkTemplate(key, value.toString(), keyLine, problems);
                    key = null;
                }
                String trimmed = line.strip();
                if (i < lines.length && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    int separator = trimmed.indexOf('=');
                    if (separator > 0) {
                        key = trimmed.substring(0, separator).strip();
                        value = new StringBuilder(trimmed.substring(separator + 1).strip());
                        keyLine = i + 1;
                    }
                }
            }
            continued = i < lines.length && endsWithOddBackslashes(line);
            if (continued && value.length() > 0) {
                value.setLength(value.length() - 1);
            }
        }
        return problems;
    }

    private static void checkTemplate(String key, String value, int line, List<String[]> problems) {
        if (!key.startsWith(MessageCatalog.REASON)) {
            return;
        }
        try {
            new MessageFormat(value);
        } catch (IllegalArgumentException e) {
            problems.add(new String[] {String.valueOf(line), key + " is not a valid text template ("
                    + e.getMessage() + "): placeholders are {0}, {1}, ...; write a quote as '' and a brace as '{'"});
        }
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
