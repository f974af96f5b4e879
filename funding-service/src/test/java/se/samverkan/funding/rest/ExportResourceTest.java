package se.samverkan.funding.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import se.samverkan.devtools.OpenDataSchemas;
import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.ProjectServiceStandIn;

/**
 * funding-service's open data: a co-funding commitment approved by a board as a 360Giving grant (valid against the
 * 1.4.3 schema, dated by the decision), its filters, and the transactions project-service's IATI export reads.
 * project-service is the stand-in here; e2e's OpenDataIT runs both services with the demo case.
 */
@QuarkusTest
class ExportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CircuitBreakerMaintenance breakers;

    /** A breaker without other tests' failures, and after the outage test, the stand-in's defaults again. */
    @BeforeEach
    @AfterEach
    void restoreStandIn() {
        ProjectServiceStandIn.stubDefaults();
        breakers.resetAll();
    }

    @Test
    void anApprovedCommitmentIsA360GivingGrantAwardedOnTheBoardDecisionsDay() throws Exception {
        String projectId = Funding.newId();
        String funderId = Funding.newId();
        String coFundingId = Funding.approvedCoFunding(projectId, funderId);
        stubSummary(projectId);

        byte[] body = given().header("Authorization", Tokens.as("viewer")).queryParam("funderOrganisationId", funderId)
                .get("/exports/360giving").then().statusCode(200).contentType("application/json")
                .extract().asByteArray();
        assertEquals(List.of(), OpenDataSchemas.grantPackageErrors(body));
        JsonNode grants = JSON.readTree(body).get("grants");
        assertEquals(1, grants.size());
        JsonNode grant = grants.get(0);
        assertEquals("360G-samverkan-co-funding-" + coFundingId, grant.get("id").asText());
        assertEquals("2017-04-11", grant.get("awardDate").asText());
        assertEquals(0, grant.get("amountAwarded").decimalValue().compareTo(new java.math.BigDecimal("120000")));
        assertEquals("Kommun " + funderId, grant.at("/fundingOrganization/0/name").asText());
        assertEquals("SE-ON-2120000696", grant.at("/fundingOrganization/0/id").asText());
        assertEquals("360G-samverkan-org-" + projectId, grant.at("/recipientOrganization/0/id").asText());
        assertEquals("0781", grant.at("/beneficiaryLocation/0/geoCode").asText());
        assertEquals("2017-09-01", grant.at("/plannedDates/0/startDate").asText());

        assertEquals(1, grants("?year=2017&funderOrganisationId=" + funderId).size());
        assertEquals(0, grants("?year=2018&funderOrganisationId=" + funderId).size());
    }

    @Test
    void theTransactionsAreTheCommitmentPerYearOnTheDecisionsDayAndThePayments() {
        String projectId = Funding.newId();
        String funderId = Funding.newId();
        String coFundingId = Funding.approvedCoFunding(projectId, funderId);
        Funding.createDisbursement(coFundingId);
        given().header("Authorization", Tokens.as("viewer")).queryParam("projectId", projectId)
                .get("/exports/transactions").then().statusCode(200)
                .body("items.findAll { it.type == 'COMMITMENT' }.year", org.hamcrest.Matchers.equalTo(
                        List.of(2017, 2018, 2019)))
                .body("items.findAll { it.type == 'COMMITMENT' }.date", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.equalTo("2017-04-11")))
                .body("items.findAll { it.type == 'COMMITMENT' }.providerOrganisationId",
                        org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo(funderId)))
                .body("items.find { it.type == 'DISBURSEMENT' }.date", org.hamcrest.Matchers.equalTo("2017-12-15"))
                .body("items.find { it.type == 'DISBURSEMENT' }.sourceId", org.hamcrest.Matchers.equalTo(coFundingId));
    }

    /**
     * project-service's IATI export asks for the transactions of 200 projects at a time: about 8 KB of request line,
     * which the HTTP server's default limit of 4 KB answered with 414 (found exporting the benchmark's 9 000 projects).
     */
    @Test
    void theTransactionsOfAFullBatchOfProjectsAreOneRequest() {
        String projectId = Funding.newId();
        Funding.approvedCoFunding(projectId, Funding.newId());
        List<String> ids = new java.util.ArrayList<>(List.of(projectId));
        while (ids.size() < 200) {
            ids.add(Funding.newId());
        }
        given().queryParam("projectId", ids).get("/exports/transactions").then().statusCode(200)
                .body("items.projectId", org.hamcrest.Matchers.hasItem(projectId));
    }

    @Test
    void badFiltersAre400s() {
        given().queryParam("year", "twenty").get("/exports/360giving").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("funderOrganisationId", "ljungby").get("/exports/360giving").then().statusCode(400);
        given().get("/exports/transactions").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void withoutProjectServiceThe360GivingExportIsA503() {
        String projectId = Funding.newId();
        String funderId = Funding.newId();
        Funding.approvedCoFunding(projectId, funderId);
        ProjectServiceStandIn.server().stubFor(get(urlPathEqualTo("/exports/project-summaries")).atPriority(1)
                .willReturn(aResponse().withStatus(500)));
        given().queryParam("funderOrganisationId", funderId).get("/exports/360giving").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("detail", containsString("project-service"));
    }

    private static JsonNode grants(String query) throws Exception {
        return JSON.readTree(given().get("/exports/360giving" + query).then().statusCode(200).extract().asByteArray())
                .get("grants");
    }

    private static void stubSummary(String projectId) {
        ProjectServiceStandIn.server().stubFor(get(urlPathEqualTo("/exports/project-summaries")).atPriority(1)
                .withQueryParam("id", equalTo(projectId)).willReturn(okJson("""
                        {"items": [{"id": "%s", "code": "SIS-2017", "name": "Service i samverkan",
                          "description": "Flernivåsamverkan för service på landsbygden",
                          "startDate": "2017-09-01", "endDate": "2020-11-30", "status": "IMPLEMENTATION",
                          "owner": {"id": "%s", "name": "Riksorganisationen Hela Sverige ska leva", "orgId": null},
                          "municipalities": [{"municipalityCode": "0781", "name": "Ljungby kommun"}]}]}
                        """.formatted(projectId, projectId))));
    }
}
