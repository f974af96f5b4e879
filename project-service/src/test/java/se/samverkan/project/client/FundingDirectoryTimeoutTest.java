package se.samverkan.project.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
     * Fault tolerance's time-out of the whole call runs from before the connection is made, so on a busy machine it
     * could end a call that never reached the stand-in; it is set far out of the way, and the read time-out, which
     * runs only once the request has been sent, is the one that gives up.
     */
    static final int CALL_TIMEOUT_MILLIS = 60_000;

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
        FundingDirectory.Lookup lookup = directory.financing(project);
        assertNull(lookup.financing());
        assertNotNull(lookup.warning());
        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo(path))).size(),
                "a call that timed out is not tried again");
    }
}
