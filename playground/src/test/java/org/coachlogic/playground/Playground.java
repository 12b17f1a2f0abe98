package org.coachlogic.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coachlogic.Advice;
import org.coachlogic.CoachingEngine;
import org.coachlogic.CoachingJson;
import org.coachlogic.Recommendation;
import org.coachlogic.Suppression;
import org.coachlogic.server.CoachServer;
import org.coachlogic.server.ServerSettings;
import org.openqa.selenium.WebElement;

/**
 * The service with the playground, started in this JVM on a free loopback port, and what the page shows,
 * read back from the browser. The engine the tests compare with is built the way the service builds its own.
 */
final class Playground implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("coach.root", "..")).toAbsolutePath().normalize();

    final CoachServer server;
    final Browser browser;

    private Playground(CoachServer server, Browser browser) {
        this.server = server;
        this.browser = browser;
    }

    /** A browser (or a skip, where none is installed), then the service. */
    static Playground start(ServerSettings settings) throws IOException {
        Browser browser = Browser.start();
        try {
            return new Playground(CoachServer.start(settings), browser);
        } catch (RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Opens the page afresh and waits for the advice on the example it starts with. */
    void open() {
        browser.open(server.baseUrl() + "/");
    }

    void loadExample(String name) {
        browser.andWaitForAdvice(() -> browser.find("[data-example='" + name + "']").click());
    }

    /** Replaces what a text field holds, as a person typing would. */
    void type(String path, String text) {
        WebElement field = field(path);
        browser.andWaitForAdvice(() -> {
            browser.script("arguments[0].select()", field);
            if (text.isEmpty()) {
                field.sendKeys(org.openqa.selenium.Keys.DELETE);
            } else {
                field.sendKeys(text);
            }
        });
    }

    WebElement field(String path) {
        return browser.find("[data-path='" + path + "']:not(fieldset)");
    }

    /** The message shown at the field or section of this JSON path. */
    String problemAt(String path) {
        return browser.find("[data-error-for='" + path + "']").getText();
    }

    /** The ids of the cards, top to bottom. */
    List<String> shownIds() {
        return browser.findAll("#recommendations .card").stream().map(c -> c.getDomAttribute("data-id")).toList();
    }

    /** The withheld recommendations as shown: id and what withheld it. */
    List<Suppression> withheld() {
        return browser.findAll("#withheld li[data-id]").stream()
                .map(li -> new Suppression(li.getDomAttribute("data-id"), li.getDomAttribute("data-by"))).toList();
    }

    WebElement card(String id) {
        return browser.find("#recommendations .card[data-id='" + id + "']");
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            browser.close();
        }
    }

    // ------------------------------------------------------------------------------------------------
    // What the page should show, from the library itself

    static Path client(String name) {
        return ROOT.resolve("examples/clients/" + name + ".json");
    }

    static Advice advice(CoachingEngine engine, String client) {
        try {
            return engine.evaluate(CoachingJson.readFacts(Files.readString(client(client))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> ids(Advice advice) {
        return advice.recommendations().stream().map(Recommendation::id).toList();
    }
}
