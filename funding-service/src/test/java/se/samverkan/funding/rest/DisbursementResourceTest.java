package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.funding.testdata.Money.sek;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Together;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

@QuarkusTest
class DisbursementResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void paysAgainstAnApprovedCommitmentUpToWhatItCommitsForTheYear() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        String id = Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 30_000))
                .statusCode(201).header("ETag", equalTo("\"0\""))
                .body("amount", sek("30000")).body("year", equalTo(2017)).body("coFundingId", equalTo(coFunding))
                .extract().path("id");
        given().get("/disbursements/" + id).then().statusCode(200).body("paidOn", equalTo("2017-12-15"));

        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, new BigDecimal("10000.01")))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:over-disbursement"))
                .body("detail", containsString("exceed it by 0.01 SEK"))
                .body("detail", containsString("at most 10 000.00 SEK remains"));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 10_000)).statusCode(201);
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2018, 40_000)).statusCode(201);
        given().queryParam("coFundingId", coFunding).queryParam("year", "2017").get("/disbursements")
                .then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void refusesAYearTheCommitmentDoesNotCover() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2020, 1_000))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:year-not-committed"))
                .body("detail", containsString("[2017, 2018, 2019]"));
    }

    @Test
    void paysOnlyAgainstApprovedCommitmentsOrGrantedApplications() {
        String proposed = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(proposed, 2017, 1_000))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:co-funding-not-approved"))
                .body("detail", containsString("PROPOSED"));
        String callId = Funding.createCall(Funding.call());
        String draft = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/disbursements", Funding.disbursementOfGrant(draft, 2017, 1_000))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:application-not-granted"));
        Funding.post("/disbursements", Funding.disbursementOfGrant(Funding.newId(), 2017, 1_000))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:unknown-application"));
    }

    @Test
    void paysAGrantUpToTheGrantedAmountInTotal() {
        String callId = Funding.createCall(Funding.call());
        String application = Funding.grantedApplication(callId, Funding.newId(), 500_000, 400_000);
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2017, 250_000)).statusCode(201);
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2018, 150_001))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:over-disbursement"))
                .body("detail", containsString("by 1.00 SEK"));
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2018, 150_000)).statusCode(201);
    }

    @Test
    void refusesMalformedAmountsAndAmbiguousTargetsWith400() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, -1))
                .statusCode(400).body("errors.field", hasItem("amount"));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 0))
                .statusCode(400).body("errors.field", hasItem("amount"));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, new BigDecimal("100.001")))
                .statusCode(400).body("errors.field", hasItem("amount"));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, "100.00"))
                .statusCode(400).body("errors.field", hasItem("amount"));
        Map<String, Object> both = Funding.disbursementOfCoFunding(coFunding, 2017, 100);
        both.put("applicationId", Funding.newId());
        Funding.post("/disbursements", both).statusCode(400).body("errors.field", hasItem("coFundingId"));
        Map<String, Object> neither = Funding.disbursementOfCoFunding(coFunding, 2017, 100);
        neither.remove("coFundingId");
        Funding.post("/disbursements", neither).statusCode(400);
        given().queryParam("coFundingId", coFunding).get("/disbursements").then().body("totalItems", equalTo(0));
    }

    @Test
    void twoConcurrentDisbursementsThatTogetherExceedTheYearCannotBothSucceed() throws Exception {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        int requests = 8;
        List<Integer> codes = Together.run(requests, i -> () -> given().contentType(ContentType.JSON)
                .body(Funding.disbursementOfCoFunding(coFunding, 2017, 15_000))
                .post("/disbursements").then().extract().statusCode());
        // 40 000 committed for 2017: two payments of 15 000 fit, a third would not
        assertEquals(2, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(requests - 2, codes.stream().filter(c -> c == 409).count(), codes.toString());
        given().queryParam("coFundingId", coFunding).get("/disbursements").then().body("totalItems", equalTo(2));
    }

    @Test
    void aRetriedPaymentWithItsIdempotencyKeyIsPaidOnce() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        Map<String, Object> body = Funding.disbursementOfCoFunding(coFunding, 2019, 25_000);
        String key = Funding.newId();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/disbursements").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/disbursements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().queryParam("coFundingId", coFunding).get("/disbursements").then().body("totalItems", equalTo(1));
        body.put("amount", 1_000);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/disbursements")
                .then().statusCode(422).body("type", equalTo("urn:samverkan:problem:idempotency-key-reused"));
    }

    @Test
    void aCorrectionIsCheckedWithoutTheAmountItReplaces() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        Map<String, Object> body = Funding.disbursementOfCoFunding(coFunding, 2017, 30_000);
        String id = Funding.post("/disbursements", body).statusCode(201).extract().path("id");
        body.put("amount", 40_000);
        given().contentType(ContentType.JSON).body(body).put("/disbursements/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").put("/disbursements/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("amount", sek("40000"));
        body.put("amount", new BigDecimal("40000.01"));
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"1\"").put("/disbursements/" + id)
                .then().statusCode(409).body("type", equalTo("urn:samverkan:problem:over-disbursement"))
                .body("detail", containsString("by 0.01 SEK"));
        given().get("/disbursements/" + id).then().body("amount", sek("40000"));
        given().get("/disbursements/" + id + "/history").then().body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].changedFields", contains("amount"));
    }

    @Test
    void aMistakenDisbursementCanBeDeletedWithIfMatchAndItsHistoryStays() {
        String coFunding = Funding.approvedCoFunding(Funding.newId(), Funding.newId());
        String id = Funding.createDisbursement(coFunding);
        given().delete("/disbursements/" + id).then().statusCode(428);
        given().header("If-Match", "\"5\"").delete("/disbursements/" + id).then().statusCode(412);
        given().get("/disbursements/" + id + "/history").then().statusCode(200).body("items.action", hasItem("CREATED"));
        given().header("If-Match", "\"0\"").delete("/disbursements/" + id).then().statusCode(204);
        given().get("/disbursements/" + id).then().statusCode(404);
        given().get("/disbursements/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "DELETED"));
        given().get("/disbursements/" + Funding.newId() + "/history").then().statusCode(404);
    }
}
