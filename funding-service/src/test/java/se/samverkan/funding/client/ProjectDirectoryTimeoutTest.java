package se.samverkan.funding.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

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

    static final int READ_TIMEOUT_MILLIS = 300;
    static final int STAND_IN_DELAY_MILLIS = 10_000;
    /**
     * Fault tolerance's time-out of the whole call is set out of the way, so that the client's own time-out is the one
     * that gives up, as in production. That one runs from before the connection is made, so on a busy machine the
     * request may not even have reached the stand-in when it fires: the tests count retries, not the stand-in's
     * requests.
     */    static final int CALL_TIMEOUT_MILLIS = 60_000;

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the %test keys too: application.properties' own %test values would win over plain ones
            String readTimeout = "quarkus.rest-client.project-api.read-timeout";
            String callTimeout = "quarkus.fault-tolerance.\"se.samverkan.funding.client.ProjectApiCalls/read\".timeout.value";
            return Map.of(readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                    "%test." + readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                    callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS),
                    "%test." + callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS));
        }
    }

    @Inject
    ProjectDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

    /**
     * Retries of the call as fault tolerance counts them: unlike the stand-in's journal, this does not depend on
     * whether the request reached the stand-in before the client gave up (on a busy machine it may not have).
     */
    private double retries() {
        return retries(registry);
    }

    /** Fault tolerance's count of retries of the call, as a test of this package reads it. */
    static double retries(MeterRegistry registry) {
        return registry.find("ft.retry.retries.total").counters().stream()
                .filter(c -> "se.samverkan.funding.client.ProjectApiCalls.read".equals(c.getId().getTag("method")))
                .mapToDouble(Counter::count).sum();
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
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{}").withFixedDelay(STAND_IN_DELAY_MILLIS)));
        double retriesBefore = retries();
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> directory.standing(id, organisation));
        assertTrue(causedByATimeout(e), "gave up because of a time-out, not because the answer came: " + e.getCause());
        assertEquals(retriesBefore, retries(), "a read that timed out is not tried again");
    }

    private static boolean causedByATimeout(Throwable failure) {
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }
}
