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
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.ClientTimeouts;
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

    public static class ShortTimeouts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return ClientTimeouts.shortRead("funding-api", "se.samverkan.project.client.FundingCalls/financing");
        }
    }

    @Inject
    FundingDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

    /** Fault tolerance's count of retries of the call. */
    static double retries(MeterRegistry registry) {
        return ClientTimeouts.retries(registry, "se.samverkan.project.client.FundingCalls.financing");
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
                .willReturn(okJson(FundingDirectoryTest.financing(project))
                        .withFixedDelay(ClientTimeouts.STAND_IN_DELAY_MILLIS)));
        double retriesBefore = retries(registry);
        FundingDirectory.Lookup lookup = directory.financing(project);
        assertNull(lookup.financing());
        assertNotNull(lookup.warning());
        assertEquals(retriesBefore, retries(registry), "a call that timed out is not tried again");
    }
}
