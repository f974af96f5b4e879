package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import se.samverkan.funding.service.LegallyFinalCheck;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.MovableClock;

/** What depends on today's date, with today moved by the test. */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class DatesTest {

    @Inject
    LegallyFinalCheck legallyFinalCheck;

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void halfPastMidnightInSwedenIsAlreadyTheNextDayWhileInstantsStayUtc() {
        Map<String, Object> body = Funding.call();
        body.put("opensOn", "2017-01-09");
        body.put("closesOn", "2017-01-31");
        MovableClock.setInstant(Instant.parse("2017-01-31T22:30:00Z")); // 23:30 in Sweden: the call's last day
        String callId = Funding.createCall(body);
        given().get("/calls/" + callId).then().body("status", equalTo("OPEN"));

        MovableClock.setInstant(Instant.parse("2017-01-31T23:30:00Z")); // 00:30 on 1 February in Sweden
        given().get("/calls/" + callId).then().body("status", equalTo("CLOSED"))
                .body("createdAt", equalTo("2017-01-31T22:30:00Z"));
        given().get("/calls/" + callId + "/history").then().body("items[0].changedAt", equalTo("2017-01-31T22:30:00Z"));
    }

    @Test
    void anApprovedCommitmentIsLegallyFinalTheDayAfterTheAppealWindowEnds() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        MovableClock.setToday(LocalDate.parse("2017-04-20")); // the board's decision is recorded inside its window
        Funding.decide(coFunding, funder, "APPROVED"); // notice 2017-04-14, appeals until 2017-05-05

        MovableClock.setToday(LocalDate.parse("2017-05-05"));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().statusCode(200)
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .body("legallyFinal", equalTo(false));
        MovableClock.setToday(LocalDate.parse("2017-05-06"));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(true));
    }

    @Test
    void anAppealWindowEndingOnNationalDayEndsOnTheNextWeekdayAndTheDecisionIsFinalTheDayAfter() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        MovableClock.setToday(LocalDate.parse("2017-05-20"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-04-18", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-04-25", "AU")).statusCode(201);
        // notice of the approved minutes on 2017-05-16: three weeks end on 2017-06-06, Sweden's National Day
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-05-09", "2017-05-16")).statusCode(201)
                .body("appealWindowEndsOn", equalTo("2017-06-07"));
        given().get("/co-funding/" + coFunding).then().body("appealWindowEndsOn", equalTo("2017-06-07"));

        MovableClock.setToday(LocalDate.parse("2017-06-07"));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(false));
        MovableClock.setToday(LocalDate.parse("2017-06-08"));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(true));
    }

    @Test
    void thePassingOfTheAppealWindowIsANewVersionWithItsOwnETagHistoryAndOneEvent() {
        String funder = Funding.newId();
        MovableClock.setToday(LocalDate.parse("2017-04-20")); // history is in the clock's order: it runs forwards
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.decide(coFunding, funder, "APPROVED");
        String before = given().get("/co-funding/" + coFunding).then().extract().header("ETag");
        String cursor = given().queryParam("limit", 1000).get("/events").then().extract().path("next");
        while (!given().queryParam("after", cursor).get("/events").then().extract().jsonPath().getList("items").isEmpty()) {
            cursor = given().queryParam("after", cursor).get("/events").then().extract().path("next");
        }

        MovableClock.setToday(LocalDate.parse("2017-05-06"));
        legallyFinalCheck.run();
        legallyFinalCheck.run(); // a second run finds nothing more to do

        String after = given().get("/co-funding/" + coFunding).then().extract().header("ETag");
        assertNotEquals(before, after, "the ETag changes with the representation");
        given().header("If-None-Match", before).get("/co-funding/" + coFunding).then().statusCode(200)
                .body("legallyFinal", equalTo(true));
        given().get("/co-funding/" + coFunding + "/history").then()
                .body("items.action", contains("CREATED", "UPDATED", "UPDATED"))
                .body("items[2].changedFields", contains("legallyFinal"))
                .body("items[2].changedBy.subject", equalTo("system:appeal-window-check"))
                .body("items[2].changedBy.role", equalTo("system"));
        List<String> legallyFinal = given().queryParam("after", cursor).queryParam("limit", 1000).get("/events")
                .then().extract().jsonPath().getList("items.findAll { it.subject == '/co-funding/" + coFunding
                        + "' }.type");
        assertEquals(List.of("se.samverkan.co-funding.legally-final"), legallyFinal);
    }

    @Test
    void aCallIsUpcomingOpenThroughItsLastDayAndThenClosed() {
        Map<String, Object> body = Funding.call();
        body.put("opensOn", "2017-01-16");
        body.put("closesOn", "2017-04-30");
        String id = Funding.createCall(body);
        MovableClock.setToday(LocalDate.parse("2017-01-15"));
        given().get("/calls/" + id).then().body("status", equalTo("UPCOMING"));
        MovableClock.setToday(LocalDate.parse("2017-01-16"));
        given().get("/calls/" + id).then().body("status", equalTo("OPEN"));
        MovableClock.setToday(LocalDate.parse("2017-04-30"));
        given().get("/calls/" + id).then().body("status", equalTo("OPEN"));
        given().queryParam("funderOrganisationId", body.get("funderOrganisationId")).queryParam("status", "OPEN")
                .get("/calls").then().body("totalItems", equalTo(1));
        MovableClock.setToday(LocalDate.parse("2017-05-01"));
        given().get("/calls/" + id).then().body("status", equalTo("CLOSED"));
    }
}
