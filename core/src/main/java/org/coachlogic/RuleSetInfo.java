package org.coachlogic;

import java.util.Objects;

/**
 * Which rule set produced some advice.
 *
 * @param name    rule set name, such as {@code coachlogic-default}
 * @param version rule set version
 */
public record RuleSetInfo(String name, String version) {

    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
