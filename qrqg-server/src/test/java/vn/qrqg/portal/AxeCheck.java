package vn.qrqg.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;

/**
 * axe-core (Deque's accessibility engine, MPL-2.0) run in the page the browser shows. The build
 * copies {@code axe.min.js} from the portal's npm packages (a devDependency) to the test classpath
 * ({@code axe-core/axe.min.js}), never to {@code static/}: the platform does not serve it. It is
 * put into the page with WebDriver's executeScript, which the page's Content-Security-Policy does
 * not govern, and run there on the whole document.
 */
final class AxeCheck {
    /** The impacts a page must never have: axe's own "serious" and "critical". */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final String SOURCE = axeSource();
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const rules = (list, certain) => list.map((v) => ({
              id: v.id, impact: v.impact, help: v.help, certain,
              nodes: v.nodes.map((n) => ({target: n.target.join(' '), html: n.html.slice(0, 160)}))
            }));
            axe.run(document, {resultTypes: ['violations', 'incomplete']})
              .then((result) => done(JSON.stringify(rules(result.violations, true).concat(rules(result.incomplete, false)))))
              .catch((e) => done(JSON.stringify({error: String(e)})));""";

    /**
     * One rule's violation on one element; not certain when axe could not decide and a person must
     * look (its "incomplete": e.g. a contrast over an image), which never fails a test.
     */
    record Violation(String where, String rule, String impact, boolean certain, String target, String help, String html) {
        boolean blocking() {
            return certain && BLOCKING.contains(impact);
        }

        String kind() {
            return certain ? impact : impact + ", needs review";
        }

        @Override
        public String toString() {
            return where + ": [" + kind() + "] " + rule + " at " + target + " — " + help + "\n      " + html;
        }
    }

    private AxeCheck() {
    }

    /** Every violation axe finds in what driver shows now, and what it leaves to review; where names the page and its state. */
    static List<Violation> violations(WebDriver driver, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object'"))) {
            js.executeScript(SOURCE);
        }
        JsonNode found = TestClients.json((String) js.executeAsyncScript(RUN));
        if (found.has("error")) {
            throw new IllegalStateException("axe failed on " + where + ": " + found.path("error").asString());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode rule : found) {
            for (JsonNode node : rule.path("nodes")) {
                violations.add(new Violation(where, rule.path("id").asString(), rule.path("impact").asString(),
                        rule.path("certain").asBoolean(), node.path("target").asString(), rule.path("help").asString(),
                        node.path("html").asString()));
            }
        }
        return violations;
    }

    private static String axeSource() {
        try (InputStream in = AxeCheck.class.getResourceAsStream("/axe-core/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core/axe.min.js is not on the test classpath: build qrqg-server with Maven"
                        + " (it copies it from target/portal/node_modules/axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
