package org.coachlogic.examples;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.coachlogic.CoachingEngine;
import org.coachlogic.testkit.CoachingFixtures;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The example vendor pack, tested the way a vendor would test theirs: its fixtures, through the testkit; the
 * same for its decision-table twin.
 */
class VendorPackTest {

    @TestFactory
    Stream<DynamicNode> vendorPackFixtures() {
        CoachingEngine engine = CoachingEngine.builder().withPack(Path.of("vendor-pack")).build();
        return CoachingFixtures.dynamicTests(engine, Path.of("vendor-pack/fixtures"));
    }

    @TestFactory
    Stream<DynamicNode> decisionTableVendorPackFixtures() {
        CoachingEngine engine = CoachingEngine.builder().withPack(Path.of("vendor-pack-table")).build();
        return CoachingFixtures.dynamicTests(engine, Path.of("vendor-pack-table/fixtures"));
    }
}
