package se.samverkan.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.DevToken;

/**
 * The dashboard of the demo case in a real browser: Debian's headless Chromium, driven by playwright-core from
 * {@code e2e/browser/dashboard-check.mjs}, opens the link {@code ./samverkan up} would print (the viewer's token in the
 * fragment) against both services started from their jars, and reports what a person would see; axe-core checks
 * WCAG 2.1 AA. Then funding-service stops and the page must still say something useful.
 *
 * <p>Without node, the npm packages ({@code npm ci} in e2e/browser) or Chromium the test is skipped, saying which is
 * missing; {@code SAMVERKAN_REQUIRE_BROWSER=true} (CI sets it) makes that a failure.
 */
class DashboardBrowserIT {

    private static final Path BROWSER_DIR = Path.of(System.getProperty("samverkan.browser.dir", "browser"));
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final Path SCREENSHOT = Path.of(System.getProperty("samverkan.e2e.logs", "target")).resolve("dashboard.png");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Samverkan samverkan;
    private static DemoCase.Result demo;
    private static String link;
    /** Why the browser test cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void start() {
        missing = whatIsMissing();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("SAMVERKAN_REQUIRE_BROWSER"))) {
                fail("The browser test cannot run, and SAMVERKAN_REQUIRE_BROWSER=true: " + missing);
            }
            System.err.println("DashboardBrowserIT is skipped: " + missing);
            return;
        }
        samverkan = Samverkan.start();
        demo = samverkan.loadDemo();
        // what ./samverkan up prints: the viewer's token in the fragment, which the browser never sends
        link = samverkan.projectService.baseUrl() + "/dashboard/?project=" + demo.projectId()
                + "#token=" + DevToken.mint("viewer", null, null) + "&funding=" + samverkan.fundingService.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void aViewerSeesTheDemoCasesMoneyMapAndDecisionAndTheFundingServiceGoingAway() throws IOException {
        Assumptions.assumeTrue(missing == null, () -> "Skipped the dashboard's browser test: " + missing);
        JsonNode page = open(SCREENSHOT);

        assertEquals("true", page.path("loaded").asText(), "the page loaded: " + page);
        assertEquals("Service i samverkan", page.path("title").asText());
        assertFalse(page.path("warningsShown").asBoolean(), "no warnings while both services answer: " + page.path("warnings"));
        assertEquals("11", page.path("figures").path("Deltagande kommuner").asText());
        // Ljungby's 40 000 kr a year for three years, decided and paid
        assertEquals(List.of("Ljungby kommun", "0 kr", "120 000 kr", "120 000 kr"), row(page, "Finansiärer", "Ljungby kommun"));
        // the map: all 21 counties drawn, Kronoberg's two municipalities (Ljungby, Älmhult) in its table
        assertEquals(21, page.path("mapCounties").asInt());
        assertEquals("2", row(page, "Deltagande kommuner per län", "Kronobergs län").get(1));
        assertTrue(text(page.path("timeline")).contains("2017-04-11 Kommunstyrelsens beslut Kommunstyrelsen · § 87 (exempel) · beslut: bifall"),
                "the board's decision on the timeline: " + page.path("timeline"));
        assertTrue(text(page.path("timeline")).contains("2017-03-07 Tjänsteskrivelse"), "the memo: " + page.path("timeline"));
        assertTrue(text(page.path("timeline")).contains("Laga kraft"), "legally final: " + page.path("timeline"));
        assertTrue(row(page, "Villkor och gap i kronor", "Lägsta andel medfinansiering").size() == 5,
                "the call's rules with their gap in SEK: " + page.path("tables"));
        // staff by role and FTE, no names
        assertTrue(List.of("Processledare", "Regional samordnare", "Nationell samordnare")
                .containsAll(column(page, "Personal per roll")), "roles only: " + column(page, "Personal per roll"));
        // the demo's nine process leaders, each at 50 %
        assertEquals(List.of("Processledare", "9", "9", "450 %"), row(page, "Personal per roll", "Processledare"));

        for (JsonNode chart : page.path("charts")) {
            assertTrue(chart.path("drawn").asBoolean() && chart.path("tableBehind").asBoolean(),
                    "each chart is drawn and has a table behind it: " + chart);
        }
        assertEquals(0, page.path("consoleErrors").size(), "no errors in the console: " + page.path("consoleErrors"));
        List<String> serious = new ArrayList<>();
        page.path("axe").forEach(v -> {
            if ("serious".equals(v.path("impact").asText()) || "critical".equals(v.path("impact").asText())) {
                serious.add(v.toString());
            }
        });
        assertEquals(List.of(), serious, "axe-core finds no serious or critical WCAG 2.1 AA violation");
        assertFalse(page.path("address").asText().contains("token"), "the token is gone from the address: " + page.path("address"));
        assertTrue(page.path("tokenInStorage").asBoolean(), "the tab keeps the token");
        assertEquals("Hoppa till innehållet", page.path("firstTab").asText(), "the first Tab reaches the skip link");
        assertEquals("project", page.path("secondTab").asText(), "the next Tab reaches the project picker");
        assertTrue(page.path("phone").path("scrollWidth").asInt() <= page.path("phone").path("width").asInt(),
                "nothing wider than a phone's screen: " + page.path("phone"));
        assertEquals(List.of(samverkan.projectService.baseUrl(), samverkan.fundingService.baseUrl()),
                texts(page.path("origins")), "the page reads only the two services, no CDN");
        publishScreenshot();

        samverkan.fundingService.stop();
        JsonNode down = open(null);
        assertEquals("true", down.path("loaded").asText(), "the page loaded without funding-service: " + down);
        assertTrue(text(down.path("warnings")).contains("funding-service"), "a warning names funding-service: " + down.path("warnings"));
        assertEquals("11", down.path("figures").path("Deltagande kommuner").asText(), "what project-service knows is still shown");
        assertEquals(21, down.path("mapCounties").asInt());
        assertTrue(text(down.path("unavailable")).contains("finansieringstjänsten svarar inte"),
                "money and decisions say why they are missing: " + down.path("unavailable"));
    }

    /** Opens the link in a new browser and returns what the page showed. */
    private static JsonNode open(Path screenshot) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", "dashboard-check.mjs", link));
        if (screenshot != null) {
            Files.createDirectories(screenshot.getParent());
            command.add(screenshot.toAbsolutePath().toString());
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER_DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(Samverkan.PATIENCE_MILLIS * 2L, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                fail("the browser did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertEquals(0, process.exitValue(), "node dashboard-check.mjs failed: " + output);
        return JSON.readTree(output.lines().reduce((first, second) -> second).orElse("{}"));
    }

    /** The cells of the row that starts with key in the table with this caption. */
    private static List<String> row(JsonNode page, String caption, String key) {
        for (JsonNode table : page.path("tables")) {
            if (caption.equals(table.path("caption").asText())) {
                for (JsonNode row : table.path("rows")) {
                    if (key.equals(row.path(0).asText())) {
                        return texts(row);
                    }
                }
            }
        }
        fail("no row " + key + " in the table " + caption + ": " + page.path("tables"));
        return List.of();
    }

    private static List<String> column(JsonNode page, String caption) {
        List<String> firsts = new ArrayList<>();
        for (JsonNode table : page.path("tables")) {
            if (caption.equals(table.path("caption").asText())) {
                table.path("rows").forEach(r -> firsts.add(r.path(0).asText()));
            }
        }
        return firsts;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static String text(JsonNode array) {
        return String.join("\n", texts(array));
    }

    /** -Dsamverkan.dashboard.screenshot=update copies the screenshot to docs/dashboard.png, which the README shows. */
    private static void publishScreenshot() throws IOException {
        if ("update".equals(System.getProperty("samverkan.dashboard.screenshot"))) {
            Files.copy(SCREENSHOT, BROWSER_DIR.resolve("../../docs/dashboard.png").normalize(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Why the browser test cannot run here, or null. */
    private static String whatIsMissing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return "no Chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM)";
        }
        if (!Files.isDirectory(BROWSER_DIR.resolve("node_modules/playwright-core"))
                || !Files.isDirectory(BROWSER_DIR.resolve("node_modules/axe-core"))) {
            return "the npm packages are not installed (run npm ci in " + BROWSER_DIR.toAbsolutePath().normalize() + ")";
        }
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            if (node.waitFor() != 0) {
                return "node --version failed";
            }
        } catch (IOException e) {
            return "no node on the PATH (install Node.js 18 or newer)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
        return null;
    }
}
