package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.samverkan.devtools.ApiClient;
import se.samverkan.devtools.DemoCase;

/**
 * The demo case walked through both services over real HTTP: organisations, project, participants, staff,
 * plans, solutions, the call and the granted application, Ljungby's co-funding through its decision case,
 * disbursements, then the financing and the overview. Then project-service goes away and comes back.
 */
class DemoCaseIT {

    private static Samverkan samverkan;
    private static DemoCase.Result demo;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
        demo = loadDemo();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    private static DemoCase.Result loadDemo() {
        return new DemoCase(new ApiClient(samverkan.projectService.baseUrl(), Samverkan.ADMIN_TOKEN),
                new ApiClient(samverkan.fundingService.baseUrl(), Samverkan.ADMIN_TOKEN)).load();
    }

    @Test
    void theOverviewShowsElevenMunicipalitiesLjungbysCoFundingAndTheCallsCompliance() {
        given().baseUri(samverkan.projectService.baseUrl()).get("/projects/" + demo.projectId() + "/overview")
                .then().statusCode(200)
                .body("project.name", equalTo("Service i samverkan"))
                .body("project.endDate", equalTo("2020-11-30"))
                .body("participants.byLevel.MUNICIPAL", equalTo(11))
                .body("participants.byLevel.REGIONAL", equalTo(6))
                .body("warnings", empty())
                .body("funding", notNullValue())
                .body("funding.funders.find { it.funderOrganisationId == '" + demo.ljungbyId() + "' }.cash.approved",
                        equalTo(120000.0f))
                .body("funding.compliance", not(empty()));
        given().baseUri(samverkan.projectService.baseUrl()).get("/projects/" + demo.projectId() + "/history")
                .then().statusCode(200).body("items.size()", equalTo(2));
    }

    @Test
    void theOverviewShowsTheTargetsAgainstWhatTheRecordHoldsAndTheReportsApproved() {
        String indicator = "results.indicators.find { it.measuredBy == '%s' }.";
        given().baseUri(samverkan.projectService.baseUrl()).get("/projects/" + demo.projectId() + "/overview")
                .then().statusCode(200)
                .body(indicator.formatted("SERVICE_PLANS_ADOPTED") + "target", equalTo(11.0f))
                .body(indicator.formatted("SERVICE_PLANS_ADOPTED") + "actual", equalTo(11.0f))
                .body(indicator.formatted("SERVICE_PLANS_ADOPTED") + "progress", equalTo("ACHIEVED"))
                .body(indicator.formatted("SERVICE_SOLUTIONS_IN_OPERATION") + "actual", equalTo(11.0f))
                .body(indicator.formatted("METHODS_PUBLISHED") + "onTrack", equalTo(true))
                // 12 municipalities were planned, 11 took part
                .body(indicator.formatted("PARTICIPATING_MUNICIPALITIES") + "actual", equalTo(11.0f))
                .body(indicator.formatted("PARTICIPATING_MUNICIPALITIES") + "progress", equalTo("BEHIND"))
                .body("funding.reports.approved", equalTo(8))
                .body("funding.reports.overdue", equalTo(0));
    }

    @Test
    void theFinancingShowsLjungbysFortyThousandAYearApprovedAndPaid() {
        given().baseUri(samverkan.fundingService.baseUrl()).get("/projects/" + demo.projectId() + "/financing")
                .then().statusCode(200)
                .body("funders.find { it.funderOrganisationId == '" + demo.ljungbyId() + "' }"
                        + ".years.findAll { it.kind == 'CASH' }.approved", equalTo(List.of(40000.0f, 40000.0f, 40000.0f)))
                .body("funders.find { it.funderOrganisationId == '" + demo.ljungbyId() + "' }"
                        + ".years.findAll { it.kind == 'CASH' }.year", equalTo(List.of(2017, 2018, 2019)))
                .body("funders.find { it.funderOrganisationId == '" + demo.ljungbyId() + "' }.cash.disbursed",
                        equalTo(120000.0f));
        given().baseUri(samverkan.fundingService.baseUrl()).get("/co-funding/" + demo.ljungbyCoFundingId())
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("legallyFinal", equalTo(true));
    }

    @Test
    void loadingTheDemoAgainChangesNothing() {
        int participants = given().baseUri(samverkan.projectService.baseUrl())
                .get("/projects/" + demo.projectId() + "/participants").then().extract().path("totalItems");
        DemoCase.Result again = loadDemo();
        assertEquals(demo, again);
        given().baseUri(samverkan.projectService.baseUrl()).get("/projects/" + demo.projectId() + "/participants")
                .then().body("totalItems", equalTo(participants));
        given().baseUri(samverkan.projectService.baseUrl()).get("/projects/" + demo.projectId() + "/history")
                .then().body("items.size()", equalTo(2));
    }

    @Test
    void withoutProjectServiceReadsGoOnAndCheckedWritesAre503UntilItIsBack() {
        Map<String, Object> coFunding = Map.of("projectId", demo.projectId(), "funderOrganisationId", demo.ljungbyId(),
                "kind", "IN_KIND", "budgetSource", "Lokaler för nätverksträffar (exempel)",
                "schedule", List.of(Map.of("year", 2018, "amount", 5000)));
        samverkan.projectService.stop();
        try {
            String funding = samverkan.fundingService.baseUrl();
            given().baseUri(funding).get("/projects/" + demo.projectId() + "/financing").then().statusCode(200);
            given().baseUri(funding).get("/co-funding/" + demo.ljungbyCoFundingId()).then().statusCode(200);
            given().baseUri(funding).get("/calls").then().statusCode(200);
            for (int i = 0; i < 3; i++) {
                given().baseUri(funding).contentType("application/json").body(coFunding).post("/co-funding")
                        .then().statusCode(503).contentType("application/problem+json")
                        .header("Retry-After", notNullValue()).body("detail", containsString("project-service"));
            }
        } finally {
            samverkan.projectService.start();
        }
        org.awaitility.Awaitility.await("writes work again").atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> given().baseUri(samverkan.fundingService.baseUrl()).contentType("application/json")
                        .body(coFunding).post("/co-funding").statusCode() == 201);
        given().baseUri(samverkan.fundingService.baseUrl()).queryParam("projectId", demo.projectId())
                .get("/co-funding").then().statusCode(200).body("items.kind", hasItem("IN_KIND"))
                .body("items.budgetSource", hasItem("Lokaler för nätverksträffar (exempel)"))
                .body("items.find { it.kind == 'IN_KIND' }.status", not(nullValue()));
    }
}
