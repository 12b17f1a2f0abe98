package org.coachlogic.playground;

import java.io.IOException;

import org.coachlogic.server.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test of the playground shares: one service and one headless Chromium per test class
 * (started by the class's own {@code @BeforeAll} with its settings), closed after the class, and the page
 * opened afresh before each test.
 */
abstract class PlaygroundPageTest {

    static Playground playground;
    static Browser browser;

    static void startWith(ServerSettings settings) throws IOException {
        playground = Playground.start(settings);
        browser = playground.browser;
    }

    @AfterAll
    static void stop() throws IOException {
        if (playground != null) {
            playground.close();
            playground = null;
            browser = null;
        }
    }

    @BeforeEach
    void openThePage() throws IOException {
        playground.open();
    }
}
