package se.samverkan.project.tracing;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.Tokens;
import se.samverkan.devtools.WireMockResource;
import se.samverkan.project.testdata.Projects;

/**
 * One overview is one trace: the request's server span, its SQL statements and its call to funding-service, which
 * carries the trace on in its W3C {@code traceparent} header, so funding-service's spans join the same trace.
 * Spans go to an in-memory exporter here; in production to OTLP, when a collector is named.
 */
@QuarkusTest
@TestProfile(TracingTest.Recording.class)
@QuarkusTestResource(value = WireMockResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "client", value = "funding-api"))
class TracingTest {

    /** Spans are recorded as with a collector named. */
    public static class Recording implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("samverkan.tracing.record", "true");
        }
    }

    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-01");

    @Inject
    InMemorySpanExporter spans;

    @Inject
    CircuitBreakerMaintenance breakers;

    private final WireMockServer fundingService = WireMockResource.server();

    @BeforeEach
    void reset() {
        fundingService.resetAll();
        breakers.resetAll();
    }

    @Test
    void anOverviewIsOneTraceWithItsSqlAndItsCallToFundingService() {
        String project = Projects.create();
        fundingService.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(okJson("""
                {"projectId": "%s", "funders": [], "grants": [],
                 "totals": {"approvedFinancing": 0, "disbursed": 0}, "coFundingRate": 0, "compliance": []}
                """.formatted(project))));
        spans.reset();

        given().header("Authorization", Tokens.as("viewer", null, null)).get("/projects/{id}/overview", project)
                .then().statusCode(200).body("funding", notNullValue());

        String traceparent = fundingService.findAll(getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing")))
                .get(0).getHeader("traceparent");
        Matcher sent = TRACEPARENT.matcher(String.valueOf(traceparent));
        assertTrue(sent.matches(), "funding-service is called with a sampled W3C traceparent: " + traceparent);
        String traceId = sent.group(1);

        SpanData server = Awaitility.await("the overview's server span").atMost(Duration.ofSeconds(30))
                .until(() -> spans.getFinishedSpanItems().stream()
                        .filter(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/projects/{id}/overview"))
                        .findFirst().orElse(null), s -> s != null);
        assertEquals(traceId, server.getTraceId(), "the call to funding-service carries the overview's trace");

        List<SpanData> trace = spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId)).toList();
        SpanData call = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT
                && s.getSpanId().equals(sent.group(2))).findFirst()
                .orElseThrow(() -> new AssertionError("no client span is the traceparent's parent: " + trace));
        assertEquals("GET", call.getAttributes().get(AttributeKey.stringKey("http.request.method")), call.toString());
        List<SpanData> statements = trace.stream().filter(s -> s.getKind() == SpanKind.CLIENT
                && "postgresql".equals(s.getAttributes().get(AttributeKey.stringKey("db.system")))
                && s.getAttributes().get(AttributeKey.stringKey("db.statement")) != null).toList();
        assertFalse(statements.isEmpty(), "the overview's SQL statements are spans of its trace: " + trace);
        // the statement's text, never its values
        assertTrue(statements.stream().allMatch(s -> !s.getAttributes().get(AttributeKey.stringKey("db.statement"))
                .contains(project)), statements.toString());
    }
}
