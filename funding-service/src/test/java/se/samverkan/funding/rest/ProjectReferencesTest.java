package se.samverkan.funding.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.ProjectServiceStandIn;

/**
 * Writes that refer to project-service's records are checked there: a broken reference is a 422 naming
 * it, and when project-service cannot answer, the write is a fast 503 while reads go on.
 */
@QuarkusTest
class ProjectReferencesTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CircuitBreakerMaintenance breakers;

    /** The stand-in's defaults, and a breaker without the failures of the outage test, for the tests after this one. */
    @AfterEach
    void restoreTheStandIn() {
        ProjectServiceStandIn.stubDefaults();
        breakers.resetAll();
    }

    @Test
    void coFundingNeedsAnExistingProjectAFunderTakingPartAndYearsInsideThePeriod() {
        String unknownProject = ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN);
        refused(Funding.coFunding(unknownProject, Funding.newId(), "CASH", Funding.schedule(2018, 40000)),
                "projectId", "unknown-project");

        String unknownFunder = ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN);
        refused(Funding.coFunding(Funding.newId(), unknownFunder, "CASH", Funding.schedule(2018, 40000)),
                "funderOrganisationId", "unknown-organisation");

        String outsider = ProjectServiceStandIn.id(ProjectServiceStandIn.NOT_PARTICIPATING);
        refused(Funding.coFunding(Funding.newId(), outsider, "CASH", Funding.schedule(2018, 40000)),
                "funderOrganisationId", "not-a-participant");

        String withdrawn = ProjectServiceStandIn.id(ProjectServiceStandIn.WITHDRAWN);
        refused(Funding.coFunding(Funding.newId(), withdrawn, "CASH", Funding.schedule(2018, 40000)),
                "funderOrganisationId", "not-a-participant");

        String shortProject = ProjectServiceStandIn.id(ProjectServiceStandIn.SHORT_PROJECT);
        given().contentType("application/json")
                .body(Funding.coFunding(shortProject, Funding.newId(), "CASH", Funding.schedule(2016, 1000, 2021, 1000)))
                .post("/co-funding")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:year-outside-project"))
                .body("detail", containsString("2016, 2021"));
        Funding.createCoFunding(Funding.coFunding(shortProject, Funding.newId(), "CASH",
                Funding.schedule(2017, 40000, 2018, 40000, 2019, 40000)));
        given().queryParam("projectId", unknownProject).get("/co-funding").then().body("totalItems", equalTo(0));
    }

    /** The project, the funder and its participation are one read of project-service, not three. */
    @Test
    void aCoFundingProposalChecksItsReferencesInOneCall() {
        String project = Funding.newId();
        String funder = Funding.newId();
        ProjectServiceStandIn.server().resetRequests();
        Funding.createCoFunding(Funding.coFunding(project, funder, "CASH", Funding.schedule(2018, 40000)));
        List<LoggedRequest> calls = ProjectServiceStandIn.server().findAll(getRequestedFor(urlMatching("/.*")));
        assertEquals(List.of("/projects/" + project + "/standing/" + funder),
                calls.stream().map(LoggedRequest::getUrl).toList());
    }

    @Test
    void anApplicationChecksItsReferencesInOneCall() {
        String call = Funding.createCall(Funding.call());
        String project = Funding.newId();
        Map<String, Object> application = Funding.application(call, project, 1_000_000);
        ProjectServiceStandIn.server().resetRequests();
        given().contentType("application/json").body(application).post("/applications").then().statusCode(201);
        List<LoggedRequest> calls = ProjectServiceStandIn.server().findAll(getRequestedFor(urlMatching("/.*")));
        assertEquals(List.of("/projects/" + project + "/standing/" + application.get("applicantOrganisationId")),
                calls.stream().map(LoggedRequest::getUrl).toList());
    }

    @Test
    void anApplicantIsTheOwnerOrAParticipantOfAnEligibleType() {
        String call = Funding.createCall(Funding.call());
        Map<String, Object> business = Funding.application(call, Funding.newId(), 1_000_000);
        business.put("applicantOrganisationId", ProjectServiceStandIn.id(ProjectServiceStandIn.BUSINESS));
        refused(business, "/applications", "applicantOrganisationId", "applicant-not-eligible");

        Map<String, Object> unknown = Funding.application(call, Funding.newId(), 1_000_000);
        unknown.put("applicantOrganisationId", ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN));
        refused(unknown, "/applications", "applicantOrganisationId", "unknown-organisation");

        Map<String, Object> outsider = Funding.application(call, Funding.newId(), 1_000_000);
        outsider.put("applicantOrganisationId", ProjectServiceStandIn.id(ProjectServiceStandIn.NOT_PARTICIPATING));
        refused(outsider, "/applications", "applicantOrganisationId", "not-a-participant");

        Map<String, Object> unknownProject = Funding.application(call,
                ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN), 1_000_000);
        refused(unknownProject, "/applications", "projectId", "unknown-project");
    }

    @Test
    void callsAndDecisionCasesNeedOrganisationsInTheRegistry() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN));
        refused(call, "/calls", "funderOrganisationId", "unknown-organisation");

        Map<String, Object> decisionCase = Funding.decisionCase(ProjectServiceStandIn.id(ProjectServiceStandIn.UNKNOWN));
        refused(decisionCase, "/decision-cases", "organisationId", "unknown-organisation");
    }

    @Test
    void whileProjectServiceIsDownCheckedWritesAre503AndReadsGoOnThenWritesWorkAgain() {
        String funder = Funding.newId();
        String existing = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(2018, 1000)));
        ProjectServiceStandIn.server().resetAll();
        ProjectServiceStandIn.server().stubFor(get(urlPathMatching("/.*")).willReturn(aResponse().withStatus(503)));

        Map<String, Object> body = Funding.coFunding(Funding.newId(), funder, "IN_KIND", Funding.schedule(2018, 500));
        for (int i = 0; i < 5; i++) {
            given().contentType("application/json").body(body).post("/co-funding")
                    .then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", notNullValue())
                    .body("detail", containsString("project-service"));
        }
        given().get("/co-funding/" + existing).then().statusCode(200);
        given().queryParam("funderOrganisationId", funder).get("/co-funding").then().statusCode(200)
                .body("totalItems", equalTo(1));
        given().queryParam("groupBy", "year").get("/stats/funding").then().statusCode(200);

        ProjectServiceStandIn.stubDefaults();
        Awaitility.await("the circuit closes again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().contentType("application/json").body(body).post("/co-funding").statusCode() == 201);
        given().queryParam("funderOrganisationId", funder).get("/co-funding").then().body("totalItems", equalTo(2));
    }

    private static void refused(Map<String, Object> body, String field, String slug) {
        refused(body, "/co-funding", field, slug);
    }

    private static void refused(Map<String, Object> body, String path, String field, String slug) {
        given().contentType("application/json").body(body).post(path)
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:" + slug))
                .body("errors.field", hasItem(field));
    }
}
