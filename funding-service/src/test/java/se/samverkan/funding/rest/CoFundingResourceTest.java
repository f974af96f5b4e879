package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static se.samverkan.funding.testdata.Money.sek;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

@QuarkusTest
class CoFundingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void derivesTheTotalFromTheScheduleAndSortsItByYear() {
        Map<String, Object> body = Funding.coFunding(Funding.newId(), Funding.newId(), "IN_KIND",
                Funding.schedule(2019, new BigDecimal("12500.50"), 2017, 10_000));
        String id = Funding.post("/co-funding", body).statusCode(201)
                .header("Location", containsString("/co-funding/"))
                .body("totalAmount", sek("22500.50"))
                .body("schedule.year", contains(2017, 2019))
                .body("kind", equalTo("IN_KIND"))
                .body("status", equalTo("PROPOSED"))
                .body("createdBy", notNullValue())
                .extract().path("id");
        given().get("/co-funding/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("totalAmount", sek("22500.50"));
        given().header("If-None-Match", "\"0\"").get("/co-funding/" + id).then().statusCode(304);
    }

    @Test
    void refusesTheSameYearTwiceNegativeAmountsAndThreeDecimalsWith400() {
        String project = Funding.newId();
        Funding.post("/co-funding", Funding.coFunding(project, Funding.newId(), "CASH",
                Funding.schedule(2017, 1_000, 2017, 2_000))).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("schedule")).body("detail", containsString("2017 appears twice"));
        Funding.post("/co-funding", Funding.coFunding(project, Funding.newId(), "CASH",
                Funding.schedule(2017, -1))).statusCode(400).body("errors.field", hasItem("schedule[0].amount"));
        Funding.post("/co-funding", Funding.coFunding(project, Funding.newId(), "CASH",
                Funding.schedule(2017, new BigDecimal("0.001")))).statusCode(400)
                .body("errors.field", hasItem("schedule[0].amount"));
        Funding.post("/co-funding", Funding.coFunding(project, Funding.newId(), "CASH",
                Funding.schedule())).statusCode(400).body("errors.field", hasItem("schedule"));
        Funding.post("/co-funding", Funding.coFunding(project, Funding.newId(), "MONEY",
                Funding.schedule(2017, 1))).statusCode(400).body("errors.field", hasItem("kind"));
        Map<String, Object> badProject = Funding.ljungbyCoFunding("not-a-uuid", Funding.newId());
        Funding.post("/co-funding", badProject).statusCode(400).body("errors.field", hasItem("projectId"));
        given().queryParam("projectId", project).get("/co-funding").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void ifMatchStarIsRefusedWith428OnPutAndDeleteAndChangesNothing() {
        Map<String, Object> body = Funding.ljungbyCoFunding(Funding.newId(), Funding.newId());
        String id = Funding.createCoFunding(body);
        body.put("budgetSource", "Changed without reading it");

        given().contentType(ContentType.JSON).header("If-Match", "*").body(body).put("/co-funding/" + id).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:precondition-required"))
                .body("detail", containsString("send the ETag"));
        given().header("If-Match", "*").delete("/co-funding/" + id).then().statusCode(428)
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        given().get("/co-funding/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("budgetSource", equalTo(Funding.LJUNGBY_BUDGET_SOURCE));
    }

    @Test
    void aPutThatChangesNothingChangesNeitherTheVersionNorTheHistory() {
        Map<String, Object> body = Funding.ljungbyCoFunding(Funding.newId(), Funding.newId());
        String id = Funding.createCoFunding(body);
        String caseId = Funding.createDecisionCase(Funding.decisionCase((String) body.get("funderOrganisationId"), id));
        Map<String, Object> decisionCase = given().get("/decision-cases/" + caseId).then().extract().path("$");
        decisionCase.keySet().retainAll(java.util.Set.of("organisationId", "caseNumber", "subject", "coFundingIds"));

        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/co-funding/" + id)
                    .then().statusCode(200).header("ETag", equalTo("\"0\""));
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(decisionCase)
                    .put("/decision-cases/" + caseId).then().statusCode(200).header("ETag", equalTo("\"0\""));
        }
        given().get("/co-funding/" + id + "/history").then().body("items.action", contains("CREATED"));
        given().get("/decision-cases/" + caseId + "/history").then().body("items.action", contains("CREATED"));
    }

    @Test
    void theStatusIsNotTheClientsToSet() {
        // a read-only field sent is ignored (AIP-203): the commitment starts as every proposal does
        Map<String, Object> body = Funding.ljungbyCoFunding(Funding.newId(), Funding.newId());
        body.put("status", "APPROVED");
        Funding.post("/co-funding", body).statusCode(201).body("status", equalTo("PROPOSED"));
    }

    @Test
    void aProposalCanBeChangedButAnApprovedScheduleIsFrozen() {
        String project = Funding.newId();
        String funder = Funding.newId();
        String id = Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder));
        Map<String, Object> changed = Funding.coFunding(project, funder, "CASH",
                Funding.schedule(2017, 40_000, 2018, 40_000, 2019, 50_000));
        given().contentType(ContentType.JSON).body(changed).put("/co-funding/" + id).then().statusCode(428);
        given().contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").put("/co-funding/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("totalAmount", sek("130000"));
        given().contentType(ContentType.JSON).body(changed).header("If-Match", "\"0\"").put("/co-funding/" + id)
                .then().statusCode(412);

        Funding.decide(id, funder, "APPROVED");
        String etag = given().get("/co-funding/" + id).then().extract().header("ETag");
        Map<String, Object> reduced = Funding.ljungbyCoFunding(project, funder);
        given().contentType(ContentType.JSON).body(reduced).header("If-Match", etag).put("/co-funding/" + id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:approved-commitment-frozen"));
        changed.put("budgetSource", "Kommunstyrelsens medel för internationella projekt 2017–2019");
        given().contentType(ContentType.JSON).body(changed).header("If-Match", etag).put("/co-funding/" + id)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("totalAmount", sek("130000"));
        String current = given().get("/co-funding/" + id).then().extract().header("ETag");
        given().header("If-Match", current).delete("/co-funding/" + id).then().statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:decided-commitment"));
    }

    @Test
    void aProposalCanBeWithdrawnOnceAndThenDeleted() {
        String id = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        Funding.post("/co-funding/" + id + "/withdraw", Map.of()).statusCode(200).body("status", equalTo("WITHDRAWN"));
        Funding.post("/co-funding/" + id + "/withdraw", Map.of()).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:invalid-transition"));
        given().header("If-Match", "\"1\"").delete("/co-funding/" + id).then().statusCode(204);
        given().get("/co-funding/" + id).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aCommitmentInADecisionCaseCannotBeDeleted() {
        String funder = Funding.newId();
        String id = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.createDecisionCase(Funding.decisionCase(funder, id));
        given().header("If-Match", "\"0\"").delete("/co-funding/" + id).then().statusCode(409).contentType(PROBLEM);
        given().get("/co-funding/" + id).then().statusCode(200);
    }

    @Test
    void aCommitmentInADecisionCaseKeepsItsFunder() {
        String project = Funding.newId();
        String funder = Funding.newId();
        String id = Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, id));
        given().queryParam("coFundingId", id).get("/decision-cases").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(caseId));
        Map<String, Object> otherFunder = Funding.ljungbyCoFunding(project, Funding.newId());
        given().contentType(ContentType.JSON).body(otherFunder).header("If-Match", "\"0\"").put("/co-funding/" + id)
                .then().statusCode(409).body("type", equalTo("urn:samverkan:problem:in-decision-case"));
    }

    @Test
    void filtersByProjectFunderAndStatus() {
        String project = Funding.newId();
        String funder = Funding.newId();
        Funding.approvedCoFunding(project, funder);
        Funding.createCoFunding(Funding.coFunding(project, Funding.newId(), "IN_KIND", Funding.schedule(2018, 5_000)));
        given().queryParam("projectId", project).get("/co-funding").then().statusCode(200)
                .body("totalItems", equalTo(2));
        given().queryParam("projectId", project).queryParam("status", "approved").get("/co-funding").then()
                .body("totalItems", equalTo(1)).body("items[0].funderOrganisationId", equalTo(funder));
        given().queryParam("status", "GRANTED").get("/co-funding").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        Map<String, Object> body = Funding.ljungbyCoFunding(Funding.newId(), Funding.newId());
        String key = Funding.newId();
        String id = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/co-funding")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/co-funding")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        body.put("kind", "IN_KIND");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/co-funding")
                .then().statusCode(422).contentType(PROBLEM);
    }
}
