package se.samverkan.funding.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

import se.samverkan.funding.testdata.ProjectServiceStandIn;
import se.samverkan.platform.problem.ServiceUnavailableException;

/**
 * The client of project-service against a stand-in on a free port: answers, absences, errors, an open breaker. The
 * test profile's time-outs are generous, so a pause of a busy machine is not an error here; slowness is
 * {@link ProjectDirectoryTimeoutTest}'s.
 */
@QuarkusTest
class ProjectDirectoryTest {

    @Inject
    ProjectDirectory directory;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    MeterRegistry registry;

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
    void readsAProjectAnOrganisationAndItsParticipationInOneCall() {
        UUID id = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        UUID ljungby = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo(standing(id, ljungby))).willReturn(okJson("""
                {"project": {"id": "%s", "ownerOrganisationId": "%s", "startDate": "2017-09-01",
                             "endDate": "2020-11-30", "status": "IMPLEMENTATION"},
                 "organisation": {"id": "%s", "type": "MUNICIPALITY", "name": "Ljungby kommun", "countyCode": "07"},
                 "participation": {"id": "%s", "organisationId": "%s", "status": "WITHDRAWN"}}
                """.formatted(id, owner, ljungby, UUID.randomUUID(), ljungby))));
        StandingView standing = directory.standing(id, ljungby).orElseThrow();
        assertEquals(owner, standing.project().ownerOrganisationId());
        assertEquals(LocalDate.of(2020, 11, 30), standing.project().endDate());
        assertEquals("Ljungby kommun", standing.organisation().name());
        assertFalse(standing.participates(), "a withdrawn participant does not take part");
        assertEquals(1, wireMock.findAll(getRequestedFor(urlMatching("/.*"))).size());
    }

    @Test
    void anOrganisationOutsideTheRegistryOrTheProjectIsNull() {
        UUID id = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo(standing(id, unknown))).willReturn(okJson("""
                {"project": {"id": "%s", "ownerOrganisationId": "%s", "startDate": "2017-09-01",
                             "endDate": "2020-11-30", "status": "IMPLEMENTATION"},
                 "organisation": null, "participation": null}
                """.formatted(id, UUID.randomUUID()))));
        StandingView standing = directory.standing(id, unknown).orElseThrow();
        assertNull(standing.organisation());
        assertFalse(standing.participates());
    }

    @Test
    void readsManyOrganisationsInOneCall() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/organisations")).willReturn(okJson("""
                {"items": [{"id": "%s", "type": "MUNICIPALITY", "name": "Ljungby kommun", "countyCode": "07"},
                           {"id": "%s", "type": "REGION", "name": "Region Kronoberg", "countyCode": "07"}],
                 "page": 0, "size": 2, "totalItems": 2, "totalPages": 1}
                """.formatted(a, b))));
        Map<UUID, OrganisationView> found = directory.organisations(List.of(a, b));
        assertEquals("MUNICIPALITY", found.get(a).type());
        assertEquals(1, wireMock.findAll(getRequestedFor(urlPathEqualTo("/organisations"))).size());
    }

    @Test
    void anUnknownIdIsEmptyNotAFailure() {
        wireMock.stubFor(get(urlPathEqualTo("/organisations/" + UUID.randomUUID())).willReturn(aResponse().withStatus(404)));
        for (int i = 0; i < 6; i++) {
            assertTrue(directory.organisation(UUID.randomUUID()).isEmpty());
            assertTrue(directory.standing(UUID.randomUUID(), UUID.randomUUID()).isEmpty(), "no such project");
        }
        assertEquals(CircuitBreakerState.CLOSED, breakers.currentState("project-api"));
    }

    @Test
    void aServerErrorIsRetriedOnceThenA503() {
        UUID id = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        String path = standing(id, organisation);
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(500)));
        double retriesBefore = ProjectDirectoryTimeoutTest.retries(registry);
        ServiceUnavailableException e = assertThrows(ServiceUnavailableException.class,
                () -> directory.standing(id, organisation));
        assertEquals(503, e.status());
        assertTrue(e.retryAfterSeconds() > 0);
        assertEquals(2, wireMock.findAll(getRequestedFor(urlPathEqualTo(path))).size());
        assertEquals(retriesBefore + 1, ProjectDirectoryTimeoutTest.retries(registry), "fault tolerance counts the retry");
    }

    @Test
    void anOpenCircuitAnswersAtOnceWithoutCallingAndClosesWhenTheServiceIsBack() {
        UUID id = UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        String path = standing(id, organisation);
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 10; i++) { // ten reads, each tried twice: the breaker's window of 20 calls
            assertThrows(ServiceUnavailableException.class, () -> directory.standing(id, organisation));
        }
        assertEquals(CircuitBreakerState.OPEN, breakers.currentState("project-api"));
        int calls = wireMock.findAll(getRequestedFor(urlPathEqualTo(path))).size();
        assertThrows(ServiceUnavailableException.class, () -> directory.standing(id, organisation));
        assertEquals(calls, wireMock.findAll(getRequestedFor(urlPathEqualTo(path))).size(),
                "an open circuit does not call");

        breakers.reset("project-api");
        wireMock.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("""
                {"project": {"id": "%s", "ownerOrganisationId": "%s", "startDate": "2017-09-01", "endDate": "2020-11-30"},
                 "organisation": {"id": "%s", "type": "MUNICIPALITY", "name": "Ljungby kommun"}, "participation": null}
                """.formatted(id, UUID.randomUUID(), organisation))));
        assertTrue(directory.standing(id, organisation).isPresent());
    }

    static String standing(UUID projectId, UUID organisationId) {
        return "/projects/" + projectId + "/standing/" + organisationId;
    }
}
