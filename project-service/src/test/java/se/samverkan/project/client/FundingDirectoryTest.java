package se.samverkan.project.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import se.samverkan.devtools.WireMockResource;

/**
 * The client of funding-service against a stand-in: the overview gets financing, or a warning, never an error. The
 * test profile's time-outs are generous; slowness is {@link FundingDirectoryTimeoutTest}'s.
 */
@QuarkusTest
@QuarkusTestResource(value = WireMockResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "client", value = "funding-api"))
class FundingDirectoryTest {

    @Inject
    FundingDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

    private final WireMockServer wireMock = WireMockResource.server();

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    static String financing(UUID project) {
        return """
                {"projectId": "%s", "funders": [{"funderOrganisationId": "%s",
                   "cash": {"proposed": 0, "approved": 120000.00, "disbursed": 40000.00, "remaining": 80000.00},
                   "inKind": {"proposed": 0, "approved": 0, "disbursed": 0, "remaining": 0}, "years": []}],
                 "grants": [], "totals": {"approvedFinancing": 120000.00, "disbursed": 40000.00},
                 "coFundingRate": 1.0000, "compliance": []}
                """.formatted(project, UUID.randomUUID());
    }

    @Test
    void readsTheFinancing() {
        UUID project = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(okJson(financing(project))));
        FundingDirectory.Lookup lookup = directory.financing(project);
        assertNull(lookup.warning());
        assertEquals(0, new BigDecimal("120000").compareTo(lookup.financing().funders().get(0).cash().approved()));
    }

    @Test
    void noFinancingIsAnAnswerNotAFailure() {
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + UUID.randomUUID() + "/financing"))
                .willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 25; i++) { // more than the breaker's window of 20 calls
            assertNull(directory.financing(UUID.randomUUID()).financing());
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("funding-api"));
    }

    @Test
    void aServerErrorGivesAWarningAfterOneRetry() {
        UUID project = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(aResponse().withStatus(500)));
        double retriesBefore = FundingDirectoryTimeoutTest.retries(registry);
        FundingDirectory.Lookup lookup = directory.financing(project);
        assertNull(lookup.financing());
        assertNotNull(lookup.warning());
        assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing"))).size());
        assertEquals(retriesBefore + 1, FundingDirectoryTimeoutTest.retries(registry), "fault tolerance counts the retry");
    }

    @Test
    void anOpenCircuitAnswersAtOnceWithoutCalling() {
        UUID project = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 10; i++) { // ten lookups, each tried twice: the breaker's window of 20 calls
            directory.financing(project);
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("funding-api"));
        int calls = wireMock.findAll(getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing"))).size();
        assertNotNull(directory.financing(project).warning());
        assertEquals(calls, wireMock.findAll(getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing"))).size());
    }
}
