package org.coachlogic.internal;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;

import org.coachlogic.Category;
import org.coachlogic.RuleProblem;

/**
 * Everything a rule pack may not do, checked when the engine is built, each refusal with pack, file and line.
 *
 * <p>The default SAFETY rules run first, in a rule base of their own that pack rules never join, so a pack
 * cannot reach them while rules fire. These refusals close the remaining ways in, which are all at build:
 * <ol>
 *   <li>A pack may not disable, override or reword a default SAFETY rule, CAUTION included.</li>
 *   <li>A pack may not define a rule or query whose package and name are those of a default rule, nor put
 *       rules in the default safety package.</li>
 *   <li>A pack's message keys may not redefine a key of the rule set's own bundles (reason templates, value
 *       names, other rules' texts), except the texts of a non-safety rule the pack overrides.</li>
 *   <li>A pack's reason templates must be valid {@link MessageFormat} patterns without date or time formats
 *       (reason arguments are numbers, words and lists).</li>
 *   <li>Friendly early errors, not the guarantee: a consequence that names the agenda, the session or the
 *       rule base. The guarantee is structural (the safety stage and a sealed rule base).</li>
 * </ol>
 */
final class PackRefusals {

    /** What the refusals compare a pack with. */
    record Defaults(String safetyPackage, Map<String, RuleMeta> rulesByKey, Map<String, RuleMeta> rulesById,
                    Set<String> messageKeys) {

        boolean isDefaultSafety(String id) {
            RuleMeta meta = rulesById.get(id);
            return meta != null && meta.category() == Category.SAFETY;
        }
    }

    /** Calls in a consequence that reach the agenda, the session or the rule base, in Java or MVEL spelling. */
    private static final Pattern SESSION_CONTROL = Pattern.compile("\\b(getAgenda|agenda|halt|getKieRuntime|kieRuntime|"
            + "getKnowledgeRuntime|knowledgeRuntime|getWorkingMemory|workingMemory|getKieBase|kieBase|getKnowledgeBase|"
            + "knowledgeBase|getEntryPoint|fireAllRules|fireUntilHalt|dispose|destroy|setFocus|kcontext)\\b");

    private PackRefusals() {
    }

    /** A rule or query of the pack: its package and name, then what it declares. */
    static void checkRule(String namespace, RuleDescr rule, RuleMeta meta, Defaults defaults,
                          Consumer<String> atRule, LineReport atLine) {
        String kind = rule instanceof QueryDescr ? "query" : "rule";
        String where = kind + " \"" + rule.getName() + "\"";
        if (namespace.equals(defaults.safetyPackage())) {
            atRule.accept(where + ": package " + namespace + " belongs to the default safety rules; use a package "
                    + "of your own");
        }
        RuleMeta clash = defaults.rulesByKey().get(RuleBaseLoader.key(namespace, rule.getName()));
        if (clash != null) {
            atRule.accept(where + ": package " + namespace + " already has a default rule with this name ("
                    + clash.id() + "); a pack cannot replace a default rule by its name: rename the " + kind
                    + " or its package");
        }
        if (meta != null && defaults.isDefaultSafety(meta.id())) {
            RuleMeta safety = defaults.rulesById().get(meta.id());
            atRule.accept(where + ": id " + meta.id() + " is a default " + safety.priority() + " SAFETY rule; a pack "
                    + "cannot override, weaken or reword a default safety rule (add a SAFETY rule with an id of "
                    + "its own instead)");
        }
        if (!(rule instanceof QueryDescr)) {
            checkConsequence(where, rule, atLine);
        }
    }

    /** The consequence names the agenda, the session or the rule base (friendly early error). */
    private static void checkConsequence(String where, RuleDescr rule, LineReport atLine) {
        Object body = rule.getConsequence();
        String consequence = body == null ? "" : String.valueOf(body);
        Matcher control = SESSION_CONTROL.matcher(consequence);
        if (control.find()) {
            // the consequence text starts on the line after "then"
            int line = rule.getConsequenceLine() + 1
                    + (int) consequence.substring(0, control.start()).chars().filter(c -> c == '\n').count();
            atLine.report(line, where + ": the consequence calls " + control.group(1) + "(...); a rule may "
                    + "insert, modify and delete its own facts, but not control the session, the agenda or the "
                    + "rule base");
        }
    }

    /** The descriptor's "disables" and "overrides": never a default SAFETY rule. */
    static void checkDescriptor(PackDescriptor pack, Defaults defaults, Consumer<RuleProblem> problems) {
        for (String id : pack.disables().keySet()) {
            if (defaults.isDefaultSafety(id)) {
                problems.accept(pack.problemWith("disables", id, "cannot disable " + id + ": it is a default "
                        + defaults.rulesById().get(id).priority() + " SAFETY rule, and default safety rules cannot "
                        + "be switched off"));
            }
        }
        for (String id : pack.overrides().keySet()) {
            if (defaults.isDefaultSafety(id)) {
                problems.accept(pack.problemWith("overrides", id, "cannot override " + id + ": it is a default "
                        + defaults.rulesById().get(id).priority() + " SAFETY rule, and default safety rules cannot "
                        + "be replaced"));
            }
        }
    }

    /**
     * One of the pack's message bundles: no key of the rule set's own bundles (except the texts of rules the
     * pack overrides), and reason templates that format.
     *
     * @param text the bundle's text, to find the line of each key; may be {@code null}
     */
    static void checkMessages(String file, ResourceBundle bundle, String text, PackDescriptor pack,
                              Defaults defaults, Locale locale, LineReport atLine) {
        for (String key : bundle.keySet()) {
            // found only for a key with a problem: searching the file for every key is quadratic in its size
            IntSupplier line = () -> lineOf(text, key);
            String id = key.replaceFirst("\\.(summary|detail|when)$", "");
            boolean ownOverride = !id.equals(key) && pack.overrides().containsKey(id) && !defaults.isDefaultSafety(id);
            if (defaults.messageKeys().contains(key) && !ownOverride) {
                atLine.report(line.getAsInt(), file + ": key " + key + " is one of the rule set's own texts; a pack "
                        + "cannot redefine it (use a key of your own, such as because.<your-pack>.<name>)");
            }
            if (key.startsWith("because.")) {
                checkTemplate(key, bundle.getString(key), locale,
                        message -> atLine.report(line.getAsInt(), file + ": " + message));
            }
        }
    }

    private static void checkTemplate(String key, String template, Locale locale, Consumer<String> problems) {
        try {
            MessageFormat format = new MessageFormat(template, locale);
            for (Format element : format.getFormats()) {
                if (element instanceof DateFormat) {
                    problems.accept(key + " formats an argument as a date or time; reason arguments are numbers, "
                            + "words and lists");
                    return;
                }
            }
        } catch (IllegalArgumentException e) {
            problems.accept(key + " is not a valid MessageFormat pattern: " + e.getMessage());
        }
    }

    private static int lineOf(String text, String key) {
        if (text == null) {
            return 0;
        }
        Pattern definition = Pattern.compile("^[ \\t\\f]*" + Pattern.quote(key) + "[ \\t\\f]*[=:\\s]");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (definition.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Reports a problem at a line of the file being checked. */
    @FunctionalInterface
    interface LineReport {
        void report(int line, String message);
    }
}
