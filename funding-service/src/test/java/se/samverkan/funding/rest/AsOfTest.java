package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.funding.testdata.Money.sek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;
import se.samverkan.funding.testdata.MovableClock;

/**
 * {@code ?asOf=}: what the record said at an instant, read from the history by recorded time. The clock is moved so
 * that each change is recorded at a known instant.
 */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class AsOfTest {

    private static final Instant PROPOSED_AT = Instant.parse("2017-03-01T09:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2017-04-20T13:00:00Z");
    private static final Instant PAID_AT = Instant.parse("2017-12-15T10:00:00Z");

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void beforeTheBoardDecisionTheCommitmentWasProposedAndAfterItApproved() {
        String project = Funding.newId();
        String ljungby = Funding.newId();
        MovableClock.setInstant(PROPOSED_AT);
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(project, ljungby));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(ljungby, coFunding));
        String proposedTag = given().get("/co-funding/" + coFunding).then().extract().header("ETag");

        MovableClock.setInstant(DECIDED_AT);
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen"))
                .statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "Kommunstyrelsens arbetsutskott"))
                .statusCode(201);
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14")).statusCode(201);
        String decidedTag = given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"))
                .extract().header("ETag");
        String caseTag = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        MovableClock.setToday(LocalDate.now());

        given().queryParam("asOf", "2017-03-15T00:00:00Z").get("/co-funding/" + coFunding).then().statusCode(200)
                .header("ETag", equalTo(proposedTag))
                .header("Memento-Datetime", equalTo("Wed, 01 Mar 2017 09:00:00 GMT"))
                .body("status", equalTo("PROPOSED"))
                .body("decisionCaseId", nullValue())
                .body("schedule.year", contains(2017, 2018, 2019))
                .body("schedule[0].amount", sek("40000"))
                .body("totalAmount", sek("120000"))
                .body("budgetSource", equalTo(Funding.LJUNGBY_BUDGET_SOURCE))
                .body("createdAt", equalTo("2017-03-01T09:00:00Z"));
        given().queryParam("asOf", "2017-04-21T00:00:00+02:00").get("/co-funding/" + coFunding).then()
                .statusCode(200)
                .header("ETag", equalTo(decidedTag))
                .header("Memento-Datetime", equalTo("Thu, 20 Apr 2017 13:00:00 GMT"))
                .body("status", equalTo("APPROVED"))
                .body("decisionCaseId", equalTo(caseId))
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .body("legallyFinal", equalTo(false)); // on that day its appeal window was still open
        // the instant a version was recorded is already that version's
        given().queryParam("asOf", DECIDED_AT.toString()).get("/co-funding/" + coFunding).then()
                .body("status", equalTo("APPROVED"));
        given().queryParam("asOf", DECIDED_AT.minusNanos(1000).toString()).get("/co-funding/" + coFunding).then()
                .body("status", equalTo("PROPOSED"));

        given().queryParam("asOf", "2017-03-15T00:00:00Z").get("/decision-cases/" + caseId).then().statusCode(200)
                .body("steps", empty())
                .body("nextStep", equalTo("OFFICIAL_MEMO"))
                .body("coFundingIds", contains(coFunding));
        given().queryParam("asOf", "2017-04-21T00:00:00Z").get("/decision-cases/" + caseId).then().statusCode(200)
                .body("steps.kind", contains("OFFICIAL_MEMO", "COMMITTEE_PROPOSAL", "BOARD_DECISION"))
                .body("steps[2].paragraph", equalTo("§ 87"))
                .body("outcome", equalTo("APPROVED"))
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .header("ETag", equalTo(caseTag));
    }

    @Test
    void theLedgerAsOfAnInstantIsRebuiltFromTheHistoriesOfItsRows() {
        String project = Funding.newId();
        String ljungby = Funding.newId();
        MovableClock.setInstant(PROPOSED_AT);
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(project, ljungby));
        Map<String, Object> call = Funding.call();
        call.put("opensOn", "2017-01-09");
        call.put("closesOn", "2017-12-31");
        String callId = Funding.createCall(call);
        String application = Funding.createApplication(Funding.application(callId, project, 500_000));
        Funding.post("/applications/" + application + "/submit", Map.of("submittedOn", "2017-03-01")).statusCode(200);

        MovableClock.setInstant(DECIDED_AT);
        Funding.decide(coFunding, ljungby, "APPROVED");
        Funding.post("/applications/" + application + "/grant", Map.of("grantedAmount", 400_000, "decidedOn",
                "2017-04-20", "caseNumber", "Dnr 2017-123")).statusCode(200);

        MovableClock.setInstant(PAID_AT);
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 40_000)).statusCode(201);
        MovableClock.setToday(LocalDate.now());

        given().queryParam("asOf", "2017-02-01T00:00:00Z").get("/projects/" + project + "/financing").then()
                .statusCode(200)
                .body("funders", empty())
                .body("grants", empty());
        given().queryParam("asOf", "2017-03-15T00:00:00Z").get("/projects/" + project + "/financing").then()
                .statusCode(200)
                .header("Memento-Datetime", equalTo("Wed, 15 Mar 2017 00:00:00 GMT"))
                .body("funders", hasSize(1))
                .body("funders[0].cash.proposed", sek("120000"))
                .body("funders[0].cash.approved", sek("0"))
                .body("grants[0].requested", sek("500000"))
                .body("grants[0].granted", sek("0"));
        given().queryParam("asOf", "2017-06-01T00:00:00Z").get("/projects/" + project + "/financing").then()
                .statusCode(200)
                .body("funders[0].cash.proposed", sek("0"))
                .body("funders[0].cash.approved", sek("120000"))
                .body("funders[0].years[0].disbursed", sek("0"))
                .body("grants[0].granted", sek("400000"))
                .body("totals.approvedFinancing", sek("520000"));
        String asOfNow = given().queryParam("asOf", "2018-01-01T00:00:00Z").get("/projects/" + project + "/financing")
                .then().statusCode(200)
                .body("funders[0].years[0].disbursed", sek("40000"))
                .body("funders[0].years[0].remaining", sek("0"))
                .extract().body().asString();
        String now = given().get("/projects/" + project + "/financing").then().statusCode(200)
                .header("Memento-Datetime", nullValue()).extract().body().asString();
        assertEquals(now, asOfNow, "after the last change the rebuilt ledger is the ledger");

        given().queryParam("asOf", "2017-03-15T00:00:00Z").get("/applications/" + application).then()
                .statusCode(200).body("status", equalTo("SUBMITTED")).body("grantedAmount", nullValue());
        given().queryParam("asOf", "2017-06-01T00:00:00Z").get("/applications/" + application).then()
                .statusCode(200).body("status", equalTo("GRANTED")).body("grantedAmount", sek("400000"));
    }

    @Test
    void beforeItExistedOrAfterItWasDeletedIsA404AndABadInstantA400() {
        MovableClock.setInstant(PROPOSED_AT);
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        MovableClock.setInstant(DECIDED_AT);
        given().header("If-Match", "\"0\"").delete("/co-funding/" + coFunding).then().statusCode(204);
        MovableClock.setToday(LocalDate.now());

        given().queryParam("asOf", "2017-02-28T23:59:59Z").get("/co-funding/" + coFunding).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("did not exist at 2017-02-28T23:59:59Z"));
        given().queryParam("asOf", "2017-03-02T00:00:00Z").get("/co-funding/" + coFunding).then().statusCode(200)
                .body("status", equalTo("PROPOSED"));
        given().queryParam("asOf", "2017-05-01T00:00:00Z").get("/co-funding/" + coFunding).then().statusCode(404)
                .body("detail", containsString("deleted"));
        given().queryParam("asOf", "2017-05-01T00:00:00Z").get("/co-funding/" + Funding.newId()).then()
                .statusCode(404);
        given().queryParam("asOf", "2017-05-01T00:00:00Z").get("/applications/" + Funding.newId()).then()
                .statusCode(404);

        for (String bad : new String[] {"yesterday", "2017-03-02", "2017-03-02T00:00:00", "1488412800"}) {
            given().queryParam("asOf", bad).get("/co-funding/" + coFunding).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("asOf"));
            given().queryParam("asOf", bad).get("/projects/" + Funding.newId() + "/financing").then().statusCode(400)
                    .body("errors[0].field", equalTo("asOf"));
        }
    }
}
