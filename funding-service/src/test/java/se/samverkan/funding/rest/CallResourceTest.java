package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.funding.testdata.Money.sek;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

@QuarkusTest
class CallResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void publishesACallWithItsRulesAsData() {
        Map<String, Object> body = Funding.call();
        String id = Funding.post("/calls", body).statusCode(201).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN"))
                .body("maxGrantRate", sek("0.80"))
                .body("minCoFundingRate", sek("0.20"))
                .body("minAmount", sek("100000"))
                .body("maxAmount", sek("15000000"))
                .body("eligibleApplicantTypes", contains("MUNICIPALITY", "NATIONAL_ORGANISATION"))
                .extract().path("id");
        given().get("/calls/" + id).then().statusCode(200).body("title", equalTo(body.get("title")))
                .body("budget", sek("30000000"));
    }

    @Test
    void theStatusFollowsTheDatesUnlessCancelled() {
        String funder = Funding.newId();
        LocalDate today = LocalDate.now();
        Map<String, Object> upcoming = Funding.call();
        upcoming.put("funderOrganisationId", funder);
        upcoming.put("opensOn", today.plusDays(1).toString());
        Map<String, Object> open = Funding.call();
        open.put("funderOrganisationId", funder);
        open.put("opensOn", today.toString());
        open.put("closesOn", today.toString());
        Map<String, Object> closed = Funding.call();
        closed.put("funderOrganisationId", funder);
        closed.put("closesOn", today.minusDays(1).toString());
        Map<String, Object> cancelled = Funding.call();
        cancelled.put("funderOrganisationId", funder);
        cancelled.put("cancelled", true);
        Funding.post("/calls", upcoming).statusCode(201).body("status", equalTo("UPCOMING"));
        Funding.post("/calls", open).statusCode(201).body("status", equalTo("OPEN"));
        Funding.post("/calls", closed).statusCode(201).body("status", equalTo("CLOSED"));
        Funding.post("/calls", cancelled).statusCode(201).body("status", equalTo("CANCELLED"));
        for (String status : new String[] { "UPCOMING", "OPEN", "CLOSED", "CANCELLED" }) {
            given().queryParam("funderOrganisationId", funder).queryParam("status", status).get("/calls").then()
                    .statusCode(200).body("totalItems", equalTo(1)).body("items[0].status", equalTo(status));
        }
        given().queryParam("status", "SOON").get("/calls").then().statusCode(400).body("errors.field", hasItem("status"));
    }

    @Test
    void refusesRulesThatContradictThemselves() {
        Map<String, Object> body = Funding.call();
        body.put("closesOn", "2017-01-01");
        body.put("opensOn", "2017-02-01");
        Funding.post("/calls", body).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:call-dates"));
        Map<String, Object> band = Funding.call();
        band.put("minAmount", 2_000_000);
        band.put("maxAmount", 1_000_000);
        Funding.post("/calls", band).statusCode(422).body("type", equalTo("urn:samverkan:problem:amount-band"));
    }

    @Test
    void refusesNegativeAmountsThreeDecimalsAndRatesAboveOneWith400() {
        Map<String, Object> body = Funding.call();
        body.put("budget", -1);
        body.put("minAmount", new BigDecimal("1.005"));
        body.put("maxGrantRate", new BigDecimal("1.2"));
        body.put("eligibleApplicantTypes", java.util.List.of("CHURCH"));
        Funding.post("/calls", body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("eligibleApplicantTypes[0]"));
        body.put("eligibleApplicantTypes", java.util.List.of("MUNICIPALITY"));
        Funding.post("/calls", body).statusCode(400)
                .body("errors.field", hasItem("budget"))
                .body("errors.field", hasItem("minAmount"))
                .body("errors.field", hasItem("maxGrantRate"));
    }

    @Test
    void aCallWithApplicationsIsCancelledNotDeletedAndItsHistoryShowsIt() {
        Map<String, Object> body = Funding.call();
        String id = Funding.createCall(body);
        Funding.createApplication(Funding.application(id, Funding.newId(), 500_000));
        given().header("If-Match", "\"0\"").delete("/calls/" + id).then().statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:call-has-applications"));
        body.put("cancelled", true);
        given().contentType(ContentType.JSON).body(body).put("/calls/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").put("/calls/" + id).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/calls/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", contains("cancelled"));
        String unused = Funding.createCall(Funding.call());
        given().header("If-Match", "\"0\"").delete("/calls/" + unused).then().statusCode(204);
        given().get("/calls/" + unused).then().statusCode(404);
    }
}
