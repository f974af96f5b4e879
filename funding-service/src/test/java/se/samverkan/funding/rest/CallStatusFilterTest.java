package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import se.samverkan.funding.domain.CallStatus;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.MovableClock;

/**
 * A call's status is worked out in Java ({@code FundingCall.status}, which each answer shows) and, to filter
 * {@code GET /calls?status=}, in a query ({@code CallRepository}). For calls that open and close on every side of
 * today, cancelled or not, each filter must find exactly the calls that show its status.
 */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class CallStatusFilterTest {

    private static final LocalDate TODAY = LocalDate.parse("2031-05-15");

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void eachStatusFilterFindsExactlyTheCallsThatShowThatStatus() {
        MovableClock.setToday(TODAY);
        String funder = Funding.newId();
        Map<String, Set<String>> shown = new HashMap<>();
        for (int opens = -2; opens <= 1; opens++) {
            for (int closes = opens; closes <= 2; closes++) {
                for (boolean cancelled : List.of(false, true)) {
                    Map<String, Object> call = Funding.call();
                    call.put("funderOrganisationId", funder);
                    call.put("opensOn", TODAY.plusDays(opens).toString());
                    call.put("closesOn", TODAY.plusDays(closes).toString());
                    call.put("cancelled", cancelled);
                    var created = Funding.post("/calls", call).statusCode(201).extract();
                    shown.computeIfAbsent(created.path("status"), s -> new HashSet<>()).add(created.path("id"));
                }
            }
        }
        assertEquals(Set.of("UPCOMING", "OPEN", "CLOSED", "CANCELLED"), shown.keySet(), "the calls show every status");
        for (CallStatus status : CallStatus.values()) {
            List<String> found = given().queryParam("funderOrganisationId", funder).queryParam("status", status)
                    .queryParam("size", 200).get("/calls").then().statusCode(200).extract().path("items.id");
            assertEquals(shown.get(status.name()), Set.copyOf(found), "the calls found by status=" + status);
        }
    }
}
