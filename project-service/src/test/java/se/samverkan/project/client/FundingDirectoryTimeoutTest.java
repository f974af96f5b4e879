package se.samverkan.project.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.WireMockResource;

/**
 * A funding-service that answers too late is given up on by the overview's own time-out, once, and the overview
 * gets a warning instead. The test sets that time-out itself (a read time-out of 300 ms, in its profile) and a
 * stand-in that would answer only after 10 s, so the outcome does not depend on how busy the machine is.
 */
@QuarkusTest
@TestProfile(FundingDirectoryTimeoutTest.ShortTimeouts.class)
@QuarkusTestResource(value = WireMockResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "client", value = "funding-api"))
class FundingDirectoryTimeoutTest {

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
            String readTimeout = "quarkus.rest-client.funding-api.read-timeout";
            String callTimeout = "quarkus.fault-tolerance.\"se.samverkan.project.client.FundingCalls/financing\".timeout.value";
            return Map.of(readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                    "%test." + readTimeout, Integer.toString(READ_TIMEOUT_MILLIS),
                    callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS),
                    "%test." + callTimeout, Integer.toString(CALL_TIMEOUT_MILLIS));
        }
    }

    @Inject
    FundingDirectory directory;

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
                .filter(c -> "se.samverkan.project.client.FundingCalls.financing".equals(c.getId().getTag("method")))
                .mapToDouble(Counter::count).sum();
    }

    private final WireMockServer wireMock = WireMockResource.server();

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    @Test
    void aSlowFundingServiceIsGivenUpOnOnceWithoutARetry() {
        UUID project = UUID.randomUUID();
        String path = "/projects/" + project + "/financing";
        wireMock.stubFor(get(urlPathEqualTo(path))
                .willReturn(okJson(FundingDirectoryTest.financing(project)).withFixedDelay(STAND_IN_DELAY_MILLIS)));
        double retriesBefore = retries();
        FundingDirectory.Lookup lookup = directory.financing(project);
        assertNull(lookup.financing());
        assertNotNull(lookup.warning());
        assertEquals(retriesBefore, retries(), "a call that timed out is not tried again");
    }
}
