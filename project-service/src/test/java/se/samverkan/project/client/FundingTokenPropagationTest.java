package se.samverkan.project.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.Tokens;
import se.samverkan.devtools.WireMockResource;
import se.samverkan.project.testdata.Projects;

/** The overview asks funding-service with the caller's own token, so funding-service can apply its rules. */
@QuarkusTest
@QuarkusTestResource(value = WireMockResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "client", value = "funding-api"))
class FundingTokenPropagationTest {

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    FundingDirectory directory;

    private final WireMockServer wireMock = WireMockResource.server();

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        breakers.resetAll();
    }

    @Test
    void theOverviewSendsTheCallersTokenToFundingService() {
        String project = Projects.create();
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(okJson("""
                {"projectId": "%s", "funders": [], "grants": [],
                 "totals": {"approvedFinancing": 0, "disbursed": 0}, "coFundingRate": 0, "compliance": []}
                """.formatted(project))));
        String viewer = Tokens.as("viewer", null, null);

        given().header("Authorization", viewer).get("/projects/{id}/overview", project)
                .then().statusCode(200).body("funding", notNullValue());

        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing"))
                .withHeader("Authorization", equalTo(viewer)));
    }

    @Test
    void aCallWithoutAnIncomingRequestSendsNoToken() {
        UUID project = UUID.randomUUID();
        wireMock.stubFor(get(urlPathEqualTo("/projects/" + project + "/financing")).willReturn(okJson("""
                {"projectId": "%s", "funders": [], "grants": [],
                 "totals": {"approvedFinancing": 0, "disbursed": 0}, "coFundingRate": 0, "compliance": []}
                """.formatted(project))));
        directory.financing(project);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/projects/" + project + "/financing"))
                .withoutHeader("Authorization"));
    }
}
