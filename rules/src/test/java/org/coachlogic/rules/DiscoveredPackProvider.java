package org.coachlogic.rules;

import org.coachlogic.spi.RulePackProvider;

/** A pack shipped inside a jar and found through ServiceLoader, as a vendor would ship one. */
public final class DiscoveredPackProvider implements RulePackProvider {

    @Override
    public String location() {
        return "com/example/discovered";
    }
}
