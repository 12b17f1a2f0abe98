package org.coachlogic.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule packs are compiled from DRL with Drools' classic builder (drools-mvel) and the Eclipse compiler
 * (ECJ). Neither is needed to run the precompiled default rules, so core declares them optional and
 * {@code coachlogic-packs} brings them: a host that loads no pack carries no rule compiler, and no signed
 * jar to trip a fat jar. This says so, plainly, when packs are asked for without them.
 */
final class RulePackSupport {

    private static final String[][] REQUIRED = {
            {"org.drools.mvel.MVELDialectRuntimeData", "org.drools:drools-mvel"},
            {"org.eclipse.jdt.internal.compiler.Compiler", "org.eclipse.jdt:ecj (through org.drools:drools-ecj)"},
    };

    private RulePackSupport() {
    }

    /** @throws IllegalStateException naming what is missing and the one artifact that brings it */
    static void require(ClassLoader loader) {
        List<String> missing = new ArrayList<>();
        for (String[] required : REQUIRED) {
            if (!present(required[0], loader)) {
                missing.add(required[1]);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("rule packs need rule-pack support, which is not on the class path "
                    + "(missing " + String.join(", ", missing) + "): add the dependency "
                    + "org.coachlogic:coachlogic-packs (type pom) next to coachlogic-rules; see docs/embedding.md");
        }
    }

    private static boolean present(String className, ClassLoader loader) {
        for (ClassLoader candidate : new ClassLoader[] {loader, RulePackSupport.class.getClassLoader()}) {
            try {
                Class.forName(className, false, candidate);
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // try the next loader
            }
        }
        return false;
    }
}
