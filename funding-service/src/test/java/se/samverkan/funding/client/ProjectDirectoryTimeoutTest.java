package se.samverkan.funding.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.ClientTimeouts;
import se.samverkan.funding.testdata.ProjectServiceStandIn;
import se.samverkan.platform.problem.ServiceUnavailableException;

/**
 * A project-service that answers too late is given up on by the client's own time-out, once. The test sets that
 * time-out itself (a read time-out of 300 ms, in its profile) and a stand-in that would answer only after 10 s, so
 * the outcome does not depend on how busy the machine is.
 */
@QuarkusTest
@TestProfile(ProjectDirectoryTimeoutTest.ShortTimeouts.class)
class ProjectDirectoryTimeoutTest {

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return ClientTimeouts.shortRead("project-api", "se.samverkan.funding.client.ProjectApiCalls/read");
        }
    }

    @Inject
    ProjectDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

    /** Fault tolerance's count of retries of the call. */
    static double retries(MeterRegistry registry) {
        return ClientTimeouts.retries(registry, "se.samverkan.funding.client.ProjectApiCalls.read");
    }

    private final WireMockServer wireMock = ProjectServiceStandIn.server();

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    @AfterEach
    void restoreTheStandIn() {
        ProjectServiceStandIn.stubDefaults();
        breakers.resetAll();
    }

    @Test
    void aSlowAnswerIsGivenUpOnWithA503AndNotRetried() {
        UUID id = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        String path = ProjectDirectoryTest.standing(id, organisation);
        wireMock.stubFor(get(urlPathEqualTo(path))
                .willReturn(okJson("{}").withFixedDelay(ClientTimeouts.STAND_IN_DELAY_MILLIS)));
        double retriesBefore = retries(registry);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> directory.standing(id, organisation));
        assertTrue(causedByATimeout(e), "gave up because of a time-out, not because the answer came: " + e.getCause());
        assertEquals(retriesBefore, retries(registry), "a read that timed out is not tried again");
    }

    /**
     * An export's bulk read waits longer than a write's check: the answer that the write's client (300 ms here) gives
     * up on is still taken by the export's own client (20 s), so a project-service that is slow to answer its first
     * batch does not fail a whole 360Giving export.
     */
    @Test
    void anExportWaitsForASlowAnswerThatAWriteCheckGivesUpOn() {
        UUID organisation = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/organisations")).willReturn(okJson("""
                {"items": [{"id": "%s", "type": "MUNICIPALITY", "name": "Ljungby kommun"}],
                 "page": 0, "size": 1, "totalItems": 1, "totalPages": 1}
                """.formatted(organisation)).withFixedDelay(SLOW_ANSWER_MILLIS)));
        assertThrows(ServiceUnavailableException.class, () -> directory.organisations(List.of(organisation)));
        assertEquals("Ljungby kommun", directory.organisationsForExport(List.of(organisation)).get(organisation).name());
    }

    /** Far above the write check's read time-out in this profile, far below the export client's. */
    private static final int SLOW_ANSWER_MILLIS = 3 * ClientTimeouts.READ_TIMEOUT_MILLIS;

    private static boolean causedByATimeout(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
