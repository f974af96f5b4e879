package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.DevToken;

/**
 * What an operator sees of one overview with JSON logs and the access log on ({@code LOG_JSON=true},
 * {@code SAMVERKAN_ACCESS_LOG=true}): one JSON object per line, and the overview's access line in project-service and
 * its financing call's in funding-service share one trace id, which project-service sent in {@code traceparent}.
 * Each access line names the method, the route template (no ids), the status, the duration and the caller's role
 * and organisation, and nothing of the token or the person.
 */
class ObservabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Samverkan samverkan;
    private static DemoCase.Result demo;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start(Map.of("LOG_JSON", "true", "SAMVERKAN_ACCESS_LOG", "true"));
        demo = samverkan.loadDemo();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void oneOverviewIsOneTraceIdInTheJsonAccessLinesOfBothServices() throws IOException {
        long projectLogFrom = Files.size(samverkan.projectService.log());
        long fundingLogFrom = Files.size(samverkan.fundingService.log());
        String officer = DevToken.mint("municipality-officer", demo.ljungbyId(), null, "Anna Andersson",
                Duration.ofHours(1));

        given().header("Authorization", "Bearer " + officer).baseUri(samverkan.projectService.baseUrl())
                .get("/projects/{id}/overview", demo.projectId()).then().statusCode(200).body("funding", notNullValue());

        JsonNode overview = Awaitility.await("the overview's access line").atMost(Duration.ofSeconds(30))
                .until(() -> accessLine(samverkan.projectService.log(), projectLogFrom, "/projects/{id}/overview"),
                        Optional::isPresent).get();
        JsonNode financing = Awaitility.await("the financing call's access line").atMost(Duration.ofSeconds(30))
                .until(() -> accessLine(samverkan.fundingService.log(), fundingLogFrom, "/projects/{projectId}/financing"),
                        Optional::isPresent).get();

        String traceId = overview.path("mdc").path("traceId").asText();
        assertTrue(traceId.matches("[0-9a-f]{32}"), "a trace id on the access line: " + overview);
        assertEquals(traceId, financing.path("mdc").path("traceId").asText(),
                "funding-service's line is of the same trace: " + financing);

        for (JsonNode line : List.of(overview, financing)) {
            JsonNode mdc = line.path("mdc");
            assertEquals("GET", mdc.path("method").asText(), line.toString());
            assertEquals("200", mdc.path("status").asText(), line.toString());
            assertTrue(mdc.path("durationMs").asText().matches("\\d+"), line.toString());
            assertEquals("municipality-officer", mdc.path("role").asText(), line.toString());
            assertEquals(demo.ljungbyId(), mdc.path("org").asText(), line.toString());
            assertFalse(line.toString().contains(demo.projectId()), "the route template, not the path: " + line);
        }
        assertEquals("project-service", overview.path("service").asText(), overview.toString());
        assertEquals("funding-service", financing.path("service").asText(), financing.toString());

        for (ServiceProcess service : List.of(samverkan.projectService, samverkan.fundingService)) {
            String written = Files.readString(service.log());
            assertFalse(written.contains(officer.substring(officer.lastIndexOf('.') + 1)), "no token in the log");
            assertFalse(written.contains("Anna Andersson"), "no person's name (the token's subject) in the log");
        }
    }

    /** The first JSON access line for this route written after {@code from}. */
    private static Optional<JsonNode> accessLine(Path log, long from, String route) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(log);
        int start = (int) Math.min(from, bytes.length);
        String written = new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8);
        for (String line : written.split("\n")) {
            if (line.startsWith("{")) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines.stream().filter(l -> "se.samverkan.access".equals(l.path("loggerName").asText())
                && route.equals(l.path("mdc").path("route").asText())).findFirst();
    }
}
