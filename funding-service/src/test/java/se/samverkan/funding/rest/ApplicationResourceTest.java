package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
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
import se.samverkan.funding.testdata.ProjectServiceStandIn;

@QuarkusTest
class ApplicationResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TODAY = LocalDate.now().toString();

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    private static Map<String, Object> grant(Object amount) {
        return Map.of("grantedAmount", amount, "decidedOn", TODAY, "caseNumber", "Ärende 2017-1234");
    }

    @Test
    void goesFromDraftThroughSubmittedToGrantedAndKeepsEachVersion() {
        String callId = Funding.createCall(Funding.call());
        String id = Funding.post("/applications", Funding.application(callId, Funding.newId(), 1_000_000))
                .statusCode(201).body("status", equalTo("DRAFT")).body("requestedAmount", sek("1000000"))
                .extract().path("id");
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("status", equalTo("SUBMITTED"))
                .body("submittedOn", equalTo(TODAY));
        Funding.post("/applications/" + id + "/grant", grant(800_000)).statusCode(200)
                .body("status", equalTo("GRANTED")).body("grantedAmount", sek("800000"))
                .body("caseNumber", equalTo("Ärende 2017-1234")).body("decidedOn", equalTo(TODAY));
        given().get("/applications/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED", "UPDATED"))
                .body("items[1].changedFields", contains("status", "submittedOn"))
                .body("items[2].changedFields", contains("caseNumber", "decidedOn", "grantedAmount", "status"));
        Funding.post("/applications/" + id + "/grant", grant(800_000)).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:invalid-transition"));
        Funding.post("/applications/" + id + "/withdraw", Map.of()).statusCode(409);
    }

    @Test
    void refusesAGrantAboveTheCallsMaxGrantRateOfTheProjectsBudgetNamingTheRuleTheLimitAndTheAmount() {
        String callId = Funding.createCall(Funding.call()); // at most 80 % of the project's budget
        String project = ProjectServiceStandIn.id(ProjectServiceStandIn.SMALL_BUDGET); // 1 000 000 SEK
        String id = Funding.createApplication(Funding.application(callId, project, 900_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);

        Funding.post("/applications/" + id + "/grant", grant(new BigDecimal("800000.01"))).statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:samverkan:problem:grant-above-max-grant-rate"))
                .body("detail", containsString("maxGrantRate of 80.00 % allows at most 800 000.00 SEK"))
                .body("detail", containsString("The granted 800 000.01 SEK"))
                .body("errors.field", contains("grantedAmount"));
        given().get("/applications/" + id).then().body("status", equalTo("SUBMITTED"))
                .body("grantedAmount", equalTo(null)).header("ETag", equalTo("\"1\""));
        Funding.post("/applications/" + id + "/grant", grant(800_000)).statusCode(200)
                .body("grantedAmount", sek("800000"));
    }

    @Test
    void refusesAGrantOutsideTheCallsAmountBandOrForAProjectWithoutABudget() {
        String callId = Funding.createCall(Funding.call()); // 100 000 – 15 000 000 SEK
        String id = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        Funding.post("/applications/" + id + "/grant", grant(99_999)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:grant-below-call-minimum"))
                .body("detail", containsString("The granted 99 999.00 SEK is 1.00 SEK below the call's minAmount of "
                        + "100 000.00 SEK"));

        String noBudget = ProjectServiceStandIn.id(ProjectServiceStandIn.NO_BUDGET);
        String other = Funding.createApplication(Funding.application(callId, noBudget, 500_000));
        Funding.post("/applications/" + other + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        Funding.post("/applications/" + other + "/grant", grant(400_000)).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:project-budget-unknown"));
        given().get("/applications/" + other).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void refusesToGrantMoreThanWasRequestedSayingByHowMuch() {
        String callId = Funding.createCall(Funding.call());
        String id = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        Funding.post("/applications/" + id + "/grant", grant(new BigDecimal("500000.50"))).statusCode(422)
                .contentType(PROBLEM).body("type", equalTo("urn:samverkan:problem:grant-above-request"))
                .body("detail", containsString("0.50 SEK more than the requested 500 000.00 SEK"));
        given().get("/applications/" + id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void refusesToSubmitOutsideTheCallsWindow() {
        Map<String, Object> call = Funding.call();
        call.put("opensOn", "2017-01-16");
        call.put("closesOn", "2017-04-30");
        String callId = Funding.createCall(call);
        String id = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", "2017-01-10")).statusCode(409)
                .contentType(PROBLEM).body("type", equalTo("urn:samverkan:problem:call-not-open"))
                .body("detail", containsString("opens on 2017-01-16, 6 day(s) after 2017-01-10"));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", "2017-05-02")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:call-closed"))
                .body("detail", containsString("2 day(s) before 2017-05-02"));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", "2017-04-30")).statusCode(200);
    }

    @Test
    void refusesToSubmitToACancelledCall() {
        Map<String, Object> call = Funding.call();
        call.put("cancelled", true);
        String callId = Funding.createCall(call);
        String id = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:call-cancelled"));
    }

    @Test
    void refusesAnAmountOutsideTheCallsBandSayingByHowMuch() {
        String callId = Funding.createCall(Funding.call());
        String low = Funding.createApplication(Funding.application(callId, Funding.newId(), 99_000));
        Funding.post("/applications/" + low + "/submit", Map.of("submittedOn", TODAY)).statusCode(422)
                .body("type", equalTo("urn:samverkan:problem:amount-below-call-minimum"))
                .body("detail", containsString("is 1 000.00 SEK below the call's minimum of 100 000.00 SEK"));
        String high = Funding.createApplication(Funding.application(callId, Funding.newId(), 15_000_001));
        Funding.post("/applications/" + high + "/submit", Map.of("submittedOn", TODAY)).statusCode(422)
                .body("type", equalTo("urn:samverkan:problem:amount-above-call-maximum"))
                .body("detail", containsString("is 1.00 SEK above"));
        given().get("/applications/" + high).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void rejectsAndWithdrawsOnlyBeforeADecision() {
        String callId = Funding.createCall(Funding.call());
        String rejected = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + rejected + "/reject", Map.of("decidedOn", TODAY, "caseNumber", "Ä 1"))
                .statusCode(409);
        Funding.post("/applications/" + rejected + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        Funding.post("/applications/" + rejected + "/reject",
                Map.of("decidedOn", TODAY, "caseNumber", "Ä 1", "reason", "Medfinansiering saknas")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Medfinansiering saknas"));
        Funding.post("/applications/" + rejected + "/reject",
                Map.of("decidedOn", "2000-01-01", "caseNumber", "Ä 1")).statusCode(409);

        String withdrawn = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + withdrawn + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        given().header("If-Match", "\"0\"").post("/applications/" + withdrawn + "/withdraw").then().statusCode(412);
        given().header("If-Match", "\"1\"").post("/applications/" + withdrawn + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void aDecisionCannotPrecedeTheSubmission() {
        String callId = Funding.createCall(Funding.call());
        String id = Funding.createApplication(Funding.application(callId, Funding.newId(), 500_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        Funding.post("/applications/" + id + "/grant", Map.of("grantedAmount", 1, "decidedOn",
                LocalDate.now().minusDays(1).toString(), "caseNumber", "Ä 2")).statusCode(422)
                .body("type", equalTo("urn:samverkan:problem:decided-before-submitted"));
    }

    @Test
    void onlyADraftCanBeEditedOrDeleted() {
        String callId = Funding.createCall(Funding.call());
        String project = Funding.newId();
        Map<String, Object> body = Funding.application(callId, project, 500_000);
        String id = Funding.createApplication(body);
        body.put("requestedAmount", 600_000);
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").put("/applications/" + id)
                .then().statusCode(200).body("requestedAmount", sek("600000"));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", TODAY)).statusCode(200);
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"2\"").put("/applications/" + id)
                .then().statusCode(409).body("type", equalTo("urn:samverkan:problem:invalid-transition"));
        given().header("If-Match", "\"2\"").delete("/applications/" + id).then().statusCode(409);
        given().queryParam("projectId", project).queryParam("status", "SUBMITTED").get("/applications").then()
                .statusCode(200).body("totalItems", equalTo(1));
    }

    @Test
    void refusesAnUnknownCallAndMalformedAmounts() {
        Funding.post("/applications", Funding.application(Funding.newId(), Funding.newId(), 500_000))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:unknown-call"));
        String callId = Funding.createCall(Funding.call());
        Funding.post("/applications", Funding.application(callId, Funding.newId(), -5)).statusCode(400)
                .body("errors.field", hasItem("requestedAmount"));
        Funding.post("/applications", Funding.application(callId, Funding.newId(), new BigDecimal("5.123")))
                .statusCode(400).body("errors.field", hasItem("requestedAmount"));
        Funding.post("/applications/" + Funding.newId() + "/submit", Map.of("submittedOn", TODAY)).statusCode(404);
        Funding.post("/applications/" + callId + "/submit", Map.of("submittedOn", "yesterday")).statusCode(400);
    }
}
