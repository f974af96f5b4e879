package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.MovableClock;

/** What depends on today's date, with today moved by the test. */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class DatesTest {

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void anApprovedCommitmentIsLegallyFinalTheDayAfterTheAppealWindowEnds() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.decide(coFunding, funder, "APPROVED"); // notice 2017-04-14, appeals until 2017-05-05

        MovableClock.setToday(LocalDate.parse("2017-05-05"));
        given().get("/co-funding/" + coFunding).then().statusCode(200)
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .body("legallyFinal", equalTo(false));
        MovableClock.setToday(LocalDate.parse("2017-05-06"));
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(true));
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
