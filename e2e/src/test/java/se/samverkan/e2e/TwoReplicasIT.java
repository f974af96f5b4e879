package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.Together;

/**
 * Two replicas of funding-service on one database, as behind a load balancer: idempotency keys, If-Match
 * and the disbursement limit hold across them, because all three live in the database.
 */
class TwoReplicasIT {

    private static Samverkan samverkan;
    private static ServiceProcess second;
    private static DemoCase.Result demo;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
        second = samverkan.secondFundingReplica();
        demo = samverkan.loadDemo();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    private static String replica(int i) {
        return i % 2 == 0 ? samverkan.fundingService.baseUrl() : second.baseUrl();
    }

    @Test
    void oneIdempotencyKeySentToBothReplicasMakesOneCommitment() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("projectId", demo.projectId(), "funderOrganisationId", demo.ljungbyId(),
                "kind", "IN_KIND", "budgetSource", "Lokaler (exempel) " + key,
                "schedule", List.of(Map.of("year", 2019, "amount", 1000)));
        List<Response> answers = Together.run(10, i -> () -> given().baseUri(replica(i)).contentType("application/json")
                .header("Idempotency-Key", key).body(body).post("/co-funding"));
        assertEquals(List.of(201), answers.stream().map(Response::statusCode).distinct().toList());
        assertEquals(1, answers.stream().map(Response::asString).distinct().count());
        given().baseUri(second.baseUrl()).queryParam("projectId", demo.projectId()).queryParam("size", 200)
                .get("/co-funding").then()
                .body("items.findAll { it.budgetSource == 'Lokaler (exempel) " + key + "' }.size()", equalTo(1));
    }

    @Test
    void aStaleETagLosesOnEitherReplica() throws Exception {
        Map<String, Object> body = Map.of("projectId", demo.projectId(), "funderOrganisationId", demo.ljungbyId(),
                "kind", "IN_KIND", "budgetSource", "Utrustning (exempel)",
                "schedule", List.of(Map.of("year", 2018, "amount", 2000)));
        String id = given().baseUri(replica(0)).contentType("application/json").body(body).post("/co-funding")
                .then().statusCode(201).extract().path("id");
        String etag = given().baseUri(replica(1)).get("/co-funding/" + id).then().extract().header("ETag");
        List<Response> answers = Together.run(6, i -> () -> given().baseUri(replica(i)).contentType("application/json")
                .header("If-Match", etag).body(Map.of("projectId", demo.projectId(),
                        "funderOrganisationId", demo.ljungbyId(), "kind", "IN_KIND",
                        "budgetSource", "Utrustning, version " + i, "schedule", List.of(Map.of("year", 2018,
                                "amount", 2000)))).put("/co-funding/" + id));
        assertEquals(1, answers.stream().filter(r -> r.statusCode() == 200).count());
        assertEquals(5, answers.stream().filter(r -> r.statusCode() == 412).count());
    }

    @Test
    void parallelPaymentsOnBothReplicasNeverExceedTheYearsCommitment() throws Exception {
        Map<String, Object> body = Map.of("projectId", demo.projectId(), "funderOrganisationId", demo.ljungbyId(),
                "kind", "CASH", "budgetSource", "Tilläggsbeslut (exempel)",
                "schedule", List.of(Map.of("year", 2019, "amount", 10000)));
        String coFunding = given().baseUri(replica(0)).contentType("application/json").body(body).post("/co-funding")
                .then().statusCode(201).extract().path("id");
        String caseId = given().baseUri(replica(1)).contentType("application/json")
                .body(Map.of("organisationId", demo.ljungbyId(), "caseNumber", "KS 2019/0001 (exempel)",
                        "subject", "Tilläggsfinansiering", "coFundingIds", List.of(coFunding)))
                .post("/decision-cases").then().statusCode(201).extract().path("id");
        for (Map<String, Object> step : List.<Map<String, Object>>of(
                Map.of("kind", "OFFICIAL_MEMO", "date", "2019-02-01", "body", "Kommunledningsförvaltningen",
                        "recommendation", "APPROVED"),
                Map.of("kind", "COMMITTEE_PROPOSAL", "date", "2019-02-12", "body", "Arbetsutskottet",
                        "recommendation", "APPROVED"),
                Map.of("kind", "BOARD_DECISION", "date", "2019-02-26", "body", "Kommunstyrelsen", "outcome",
                        "APPROVED", "paragraph", "§ 12 (exempel)", "legalBasis", "KL 1991:900",
                        "minutesApprovedOn", "2019-02-28", "publicNoticeOn", "2019-03-01"))) {
            given().baseUri(replica(0)).contentType("application/json").body(step)
                    .post("/decision-cases/" + caseId + "/steps").then().statusCode(201);
        }
        List<Response> answers = Together.run(10, i -> () -> given().baseUri(replica(i)).contentType("application/json")
                .body(Map.of("coFundingId", coFunding, "year", 2019, "amount", 4000, "paidOn", "2019-06-01",
                        "reference", "Betalning " + i))
                .post("/disbursements"));
        assertEquals(2, answers.stream().filter(r -> r.statusCode() == 201).count(),
                "4 000 twice fits in 10 000, a third does not");
        assertEquals(8, answers.stream().filter(r -> r.statusCode() == 409 || r.statusCode() == 422).count());
    }
}
