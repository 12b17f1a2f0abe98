package org.coachlogic;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;

import org.apiguardian.api.API;

/**
 * Which rule set produced some advice.
 *
 * @param name    rule set name, such as {@code coachlogic-default}
 * @param version rule set version
 */
@API(status = STABLE, since = "0.1")
public record RuleSetInfo(String name, String version) {

    public RuleSetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
    }
}
