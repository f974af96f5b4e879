package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.funding.testdata.Money.sek;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.ProjectServiceStandIn;
import se.samverkan.funding.testdata.Money;

@QuarkusTest
class FinancingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    private static String funder(String id) {
        return "funders.find { it.funderOrganisationId == '" + id + "' }";
    }

    private static String check(String rule) {
        return "compliance.find { it.rule == '" + rule + "' }";
    }

    @Test
    void showsTheLedgerPerFunderAndYearWithCashAndInKindApartAndTheFailingRulesWithTheirGaps() {
        String project = Funding.newId();
        String cashFunder = Funding.newId();
        String inKindFunder = Funding.newId();
        String callId = Funding.createCall(Funding.call());
        Funding.grantedApplication(callId, project, 1_000_000, 900_000);
        String cash = Funding.approvedCoFunding(project, cashFunder);
        Funding.createCoFunding(Funding.coFunding(project, inKindFunder, "IN_KIND", Funding.schedule(2018, 5_000)));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(cash, 2017, 40_000)).statusCode(201);

        // approved money: 900 000 granted + 120 000 co-funding = 1 020 000
        given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("projectId", equalTo(project))
                .body("funders", hasSize(2))
                .body(funder(cashFunder) + ".cash.approved", sek("120000"))
                .body(funder(cashFunder) + ".cash.disbursed", sek("40000"))
                .body(funder(cashFunder) + ".cash.remaining", sek("80000"))
                .body(funder(cashFunder) + ".inKind.approved", sek("0"))
                .body(funder(cashFunder) + ".years", hasSize(3))
                .body(funder(inKindFunder) + ".inKind.proposed", sek("5000"))
                .body(funder(inKindFunder) + ".inKind.approved", sek("0"))
                .body(funder(inKindFunder) + ".years[0].kind", equalTo("IN_KIND"))
                .body("grants", hasSize(1))
                .body("grants[0].callId", equalTo(callId))
                .body("grants[0].requested", sek("1000000"))
                .body("grants[0].granted", sek("900000"))
                .body("grants[0].remaining", sek("900000"))
                .body("totals.cash.approved", sek("120000"))
                .body("totals.inKind.proposed", sek("5000"))
                .body("totals.grants.granted", sek("900000"))
                .body("totals.approvedFinancing", sek("1020000"))
                .body("totals.disbursed", sek("40000"))
                .body("coFundingRate", sek("0.1176"))
                .body("compliance", hasSize(4))
                .body(check("MAX_GRANT_RATE") + ".compliant", equalTo(false))
                .body(check("MAX_GRANT_RATE") + ".actual", sek("0.8824"))
                .body(check("MAX_GRANT_RATE") + ".gapAmount", sek("84000"))
                .body(check("MIN_CO_FUNDING_RATE") + ".compliant", equalTo(false))
                .body(check("MIN_CO_FUNDING_RATE") + ".gapAmount", sek("84000"))
                .body(check("MIN_AMOUNT") + ".compliant", equalTo(true))
                .body(check("MIN_AMOUNT") + ".gapAmount", sek("0"))
                .body(check("MAX_AMOUNT") + ".compliant", equalTo(true));
    }

    @Test
    void aProjectWithinTheCallsRulesIsCompliant() {
        String project = Funding.newId();
        String callId = Funding.createCall(Funding.call());
        Funding.grantedApplication(callId, project, 400_000, 400_000);
        Funding.approvedCoFunding(project, Funding.newId());
        given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("coFundingRate", sek("0.2308"))
                .body("compliance.compliant", org.hamcrest.Matchers.everyItem(equalTo(true)));
    }

    @Test
    void aProjectWithoutMoneyHasAnEmptyLedger() {
        given().get("/projects/" + Funding.newId() + "/financing").then().statusCode(200)
                .body("funders", hasSize(0)).body("grants", hasSize(0)).body("compliance", hasSize(0))
                .body("totals.approvedFinancing", sek("0")).body("coFundingRate", nullValue());
        given().get("/projects/not-a-uuid/financing").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("projectId"));
    }

    @Test
    void statsAddUpGrantsApprovedCoFundingAndDisbursementsPerYearFunderAndCall() {
        int year = 2100 + ThreadLocalRandom.current().nextInt(100);
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(year, 10_000, year - 1, 5_000)));
        Funding.decide(coFunding, funder, "APPROVED");
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, year, 2_500)).statusCode(201);
        String callId = Funding.createCall(Funding.call());
        Funding.grantedApplication(callId, Funding.newId(), 300_000, 250_000);

        given().queryParam("groupBy", "year").get("/stats/funding").then().statusCode(200)
                .body("groupBy", equalTo("year"))
                .body("groups.find { it.key == '" + year + "' }.approvedCoFunding", sek("10000"))
                .body("groups.find { it.key == '" + year + "' }.disbursed", sek("2500"));
        given().queryParam("groupBy", "funder").get("/stats/funding").then().statusCode(200)
                .body("groups.find { it.key == '" + funder + "' }.approvedCoFunding", sek("15000"))
                .body("groups.find { it.key == '" + funder + "' }.disbursed", sek("2500"))
                .body("totals.key", nullValue());
        given().queryParam("groupBy", "call").get("/stats/funding").then().statusCode(200)
                .body("groups.find { it.key == '" + callId + "' }.granted", sek("250000"));
    }

    @Test
    void statsGroupByTheFundersCountyFromProjectServiceAndOtherGroupingsAre400() {
        String kronoberg = Funding.newId();
        String dalarna = ProjectServiceStandIn.id(ProjectServiceStandIn.DALARNA);
        for (String funder : new String[] {kronoberg, dalarna}) {
            String coFunding = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                    Funding.schedule(2018, 10000)));
            Funding.decide(coFunding, funder, "APPROVED");
        }
        var before = ProjectServiceStandIn.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/organisations"))).size();
        given().queryParam("groupBy", "county").get("/stats/funding").then().statusCode(200)
                .body("groupBy", equalTo("county"))
                .body("groups.key", hasItem("07"))
                .body("groups.key", hasItem("20"));
        var after = ProjectServiceStandIn.server().findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/organisations"))).size();
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, after, "one bulk lookup, not one per funder");
        given().queryParam("groupBy", "weekday").get("/stats/funding").then().statusCode(400)
                .body("errors.field", hasItem("groupBy"));
        given().get("/stats/funding").then().statusCode(400).body("errors.field", hasItem("groupBy"));
    }
}
