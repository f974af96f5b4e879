package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.funding.testdata.Funding;

/**
 * What an integrator tripped over (issue 21): a date-time in a date field, unknown query parameters and
 * over-precise money are refused with a problem naming them; every amount is written with two decimals; a partner
 * finds a case by its number as the municipality writes it and syncs by {@code updatedSince}; the ledger names
 * its funders.
 */
@QuarkusTest
class StrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";
    /** A JSON number with other than exactly two decimals, as the value of a field. */
    private static final Pattern NOT_TWO_DECIMALS = Pattern.compile(":-?\\d+(\\.\\d|\\.\\d{3,})?[,}\\]]");

    @Test
    void refusesADateTimeInADateFieldNamingTheFieldAndRecordsNothing() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        for (String dateTime : new String[] {"2017-10-16T09:00:00Z", "2018-03-01T23:30:00"}) {
            Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", dateTime, "Kommunledningsförvaltningen"))
                    .statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("date"))
                    .body("errors[0].message", containsString("YYYY-MM-DD"));
        }
        given().get("/decision-cases/" + caseId).then().statusCode(200).body("steps.size()", equalTo(0));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-10-16", "Kommunledningsförvaltningen"))
                .statusCode(201).body("steps[0].date", equalTo("2017-10-16"));
    }

    @Test
    void refusesAnUnknownQueryParameterNamingIt() {
        given().get("/co-funding?projectID=" + Funding.newId()).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("projectID"))
                .body("errors[0].message", containsString("projectId"));
        given().get("/projects/" + Funding.newId() + "/financing?year=2017").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("year"));
        given().get("/stats/funding?groupBy=year&by=funder").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("by"));
    }

    @Test
    void judgesMoneyByItsValueAndSaysInWordsWhatIsWrong() {
        Map<String, Object> body = Funding.coFunding(Funding.newId(), Funding.newId(), "CASH",
                Funding.schedule(2017, new BigDecimal("35000.100")));
        String json = Funding.post("/co-funding", body).statusCode(201).extract().asString();
        assertTrue(json.contains("\"amount\":35000.10"), json);

        Map<String, Object> overPrecise = Funding.coFunding(Funding.newId(), Funding.newId(), "CASH",
                Funding.schedule(2017, new BigDecimal("35000.105")));
        Funding.post("/co-funding", overPrecise).statusCode(400).contentType(PROBLEM)
                .body("errors[0].message", equalTo("at most two decimals (öre)"))
                .body("detail", containsString("at most two decimals (öre)"));
    }

    @Test
    void everyAmountOfTheLedgerHasTwoDecimalsAndEachFunderIsNamed() {
        String project = Funding.newId();
        String funder = Funding.newId();
        Funding.createCoFunding(Funding.coFunding(project, funder, "CASH", Funding.schedule(2017, 35_000, 2018, 35_000)));
        String callId = Funding.createCall(Funding.call());
        Funding.grantedApplication(callId, project, 150_000, 100_000);

        String json = given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("funders[0].funderOrganisationId", equalTo(funder))
                .body("funders[0].funderName", equalTo("Kommun " + funder))
                .body("funders[0].funderOrgId", equalTo("SE-ON-2120000696"))
                .body("grants[0].funderName", containsString("Kommun "))
                .extract().asString();
        assertTrue(json.contains("\"proposed\":35000.00"), json);
        assertTrue(json.contains("\"granted\":100000.00"), json);
        // rates, years and the reports' counts are not amounts
        String amounts = json.replaceAll("\"(coFundingRate|limit|actual)\":[^,}]+", "").replaceAll("\"year\":\\d+", "")
                .replaceAll("\"reports\":\\{[^}]*}", "");
        Matcher odd = NOT_TWO_DECIMALS.matcher(amounts);
        assertFalse(odd.find(), () -> "an amount without two decimals: " + odd.group() + " in " + json);
    }

    @Test
    void findsACaseByItsNumberWhateverTheCaseAndSpacing() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Map<String, Object> body = Funding.decisionCase(funder, coFunding);
        String number = "KS 2017/" + ((String) body.get("caseNumber")).substring(8).toUpperCase();
        body.put("caseNumber", number);
        String caseId = Funding.createDecisionCase(body);

        for (String asTyped : new String[] {number, number.toLowerCase(), number.replace(" ", ""),
                " " + number.replace(" ", "  ").toLowerCase() + " "}) {
            given().queryParam("caseNumber", asTyped).get("/decision-cases").then().statusCode(200)
                    .body("items.id", containsInAnyOrder(caseId));
        }
        given().queryParam("caseNumber", number + "1").get("/decision-cases").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void updatedSinceReturnsExactlyWhatChangedAtOrAfterTheInstant() {
        String project = Funding.newId();
        String first = Funding.createCoFunding(Funding.ljungbyCoFunding(project, Funding.newId()));
        Instant firstChanged = Instant.parse(given().get("/co-funding/" + first).then().extract().path("updatedAt"));
        String second = Funding.createCoFunding(Funding.ljungbyCoFunding(project, Funding.newId()));
        Instant secondChanged = Instant.parse(given().get("/co-funding/" + second).then().extract().path("updatedAt"));
        assertTrue(secondChanged.isAfter(firstChanged), firstChanged + " then " + secondChanged);

        given().queryParam("projectId", project).queryParam("updatedSince", firstChanged.toString())
                .get("/co-funding").then().statusCode(200).body("items.id", containsInAnyOrder(first, second));
        given().queryParam("projectId", project).queryParam("updatedSince", secondChanged.toString())
                .get("/co-funding").then().statusCode(200).body("items.id", containsInAnyOrder(second));
        given().queryParam("projectId", project).queryParam("updatedSince", "2100-01-01T00:00:00+01:00")
                .get("/co-funding").then().statusCode(200).body("totalItems", equalTo(0));
        for (String collection : new String[] {"/calls", "/applications", "/decision-cases", "/disbursements"}) {
            given().queryParam("updatedSince", "2100-01-01T00:00:00Z").get(collection).then().statusCode(200)
                    .body("totalItems", equalTo(0));
            given().queryParam("updatedSince", "2026-01-01").get(collection).then().statusCode(400)
                    .contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
        }
    }

    @Test
    void listsEveryTypeErrorOfABodyWithItsPath() {
        Map<String, Object> body = Funding.coFunding(Funding.newId(), Funding.newId(), "CASH",
                Funding.schedule(2017, 40_000, 2018, "forty thousand", 2019.5, 40_000));
        body.put("kind", "MONEY");
        Funding.post("/co-funding", body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("kind", "schedule[1].amount", "schedule[2].year"));
    }
}
