package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.funding.testdata.Refused.forbidden;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.service.ReportOverdueCheck;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;
import se.samverkan.funding.testdata.MovableClock;
import se.samverkan.funding.testdata.ProjectServiceStandIn;

/** Reporting duties: a schedule from the call's rules, overdue on Sweden's calendar, claim-gated payments. */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class ReportResourceTest {

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReportOverdueCheck overdueCheck;

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void aGrantGetsTheScheduleItsCallAsksForOverTheProjectsPeriod() {
        String funder = Funding.newId();
        String application = grantFromACallWithReportRules(funder, true);

        given().queryParam("applicationId", application).queryParam("size", 50).get("/reports").then()
                .statusCode(200)
                .body("totalItems", equalTo(5))
                .body("items.kind", contains("PAYMENT_CLAIM", "PAYMENT_CLAIM", "PAYMENT_CLAIM", "PAYMENT_CLAIM",
                        "FINAL_REPORT"))
                .body("items.periodStart", contains("2017-09-01", "2018-01-01", "2019-01-01", "2020-01-01",
                        "2017-09-01"))
                .body("items.periodEnd", contains("2017-12-31", "2018-12-31", "2019-12-31", "2020-11-30",
                        "2020-11-30"))
                // two months after each period, the final report three months after the project's end
                .body("items.dueOn", contains("2018-02-28", "2019-02-28", "2020-02-29", "2021-01-30", "2021-02-28"))
                .body("items.status", everyItem(equalTo("DUE")))
                .body("items.fromCallRules", everyItem(equalTo(true)))
                .body("items.funderOrganisationId", everyItem(equalTo(funder)));
    }

    @Test
    void aReportIsOverdueFromTheFirstMinuteOfTheDayAfterItsDueDateInSwedenAndSaysSoOnce() {
        String funder = Funding.newId();
        String project = Funding.newId();
        MovableClock.setToday(LocalDate.parse("2017-10-01"));
        String commitment = Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder));
        String report = createReport(coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2017-01-01",
                "2017-12-31"));
        String cursor = feedEnd();

        MovableClock.setInstant(Instant.parse("2018-02-28T22:59:00Z")); // 23:59 on the due date in Sweden (CET)
        overdueCheck.run();
        given().get("/reports/" + report).then().body("status", equalTo("DUE"));

        MovableClock.setInstant(Instant.parse("2018-02-28T23:00:00Z")); // 00:00 on 1 March in Sweden, still Feb in UTC
        overdueCheck.run();
        overdueCheck.run();
        given().get("/reports/" + report).then().statusCode(200)
                .body("status", equalTo("OVERDUE"))
                .body("overdueSince", equalTo("2018-03-01"))
                .body("version", equalTo(1));
        given().queryParam("status", "OVERDUE").queryParam("projectId", project).get("/reports").then()
                .body("items.id", contains(report));
        given().queryParam("status", "OVERDUE").queryParam("funderOrganisationId", funder).get("/reports").then()
                .body("items.id", contains(report));
        given().queryParam("status", "DUE").queryParam("projectId", project).get("/reports").then()
                .body("totalItems", equalTo(0));
        given().get("/reports/" + report + "/history").then()
                .body("items[1].changedBy.subject", equalTo("system:report-overdue-check"));

        List<Map<String, Object>> events = eventsAfter(cursor).stream()
                .filter(e -> ("/reports/" + report).equals(e.get("subject"))).toList();
        assertEquals(1, events.size(), "one event for the report, however often the check runs: " + events);
        assertEquals("se.samverkan.report.overdue", events.get(0).get("type"));
        assertEquals("2018-03-01", ((Map<?, ?>) events.get(0).get("data")).get("overdueSince"));

        // handed in late: submitted, and it keeps the day it became overdue
        given().contentType(ContentType.JSON).body(Map.of("submittedOn", "2018-03-01")).post("/reports/" + report
                + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("overdueSince", equalTo("2018-03-01"));
    }

    @Test
    void aClaimGatedPaymentIsRefusedUntilTheYearsClaimIsApproved() {
        String funder = Funding.newId();
        String application = grantFromACallWithReportRules(funder, true);
        String claim2017 = given().queryParam("applicationId", application).queryParam("kind", "PAYMENT_CLAIM")
                .get("/reports").then().extract().path("items[0].id");

        MovableClock.setToday(LocalDate.parse("2018-01-20"));
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2017, 100_000)).statusCode(409)
                .contentType(PROBLEM)
                .body("type", containsString("payment-claim-not-approved"))
                .body("detail", containsString(claim2017));

        given().contentType(ContentType.JSON).body(Map.of("submittedOn", "2018-01-15", "amountClaimed", 100_000,
                "documentUrl", "https://example.org/utbetalning-2017.pdf")).post("/reports/" + claim2017 + "/submit")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("amountClaimed", Money.sek("100000.00"));
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2017, 100_000)).statusCode(409);
        given().queryParam("applicationId", application).get("/disbursements").then().body("totalItems", equalTo(0));

        funderOfficer(funder).body(Map.of("decidedOn", "2018-01-18")).post("/reports/" + claim2017 + "/approve")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedOn", equalTo("2018-01-18"));
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2017, 100_000)).statusCode(201);
        // 2018's claim is not approved: its payment still waits
        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2018, 100_000)).statusCode(409);
    }

    @Test
    void aCallThatDoesNotGatePaymentsLetsThemGoBeforeTheClaim() {
        String application = grantFromACallWithReportRules(Funding.newId(), false);

        Funding.post("/disbursements", Funding.disbursementOfGrant(application, 2017, 100_000)).statusCode(201);
    }

    @Test
    void aClaimScheduledForACommitmentHoldsThatYearsPaymentOnly() {
        String funder = Funding.newId();
        String commitment = Funding.approvedCoFunding(Funding.newId(), funder);
        MovableClock.setToday(LocalDate.parse("2018-06-01"));
        String claim = createReport(coFundingReport(commitment, "PAYMENT_CLAIM", "2019-01-31", "2018-01-01",
                "2018-12-31"));

        Funding.post("/disbursements", Funding.disbursementOfCoFunding(commitment, 2017, 40_000)).statusCode(201);
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(commitment, 2018, 40_000)).statusCode(409)
                .body("type", containsString("payment-claim-not-approved"));

        MovableClock.setToday(LocalDate.parse("2019-01-20"));
        given().contentType(ContentType.JSON).body(Map.of("submittedOn", "2019-01-10", "amountClaimed", 40_000))
                .post("/reports/" + claim + "/submit").then().statusCode(200);
        // the co-funder sends it back once, then approves it
        municipalityOfficer(funder).body(Map.of("decidedOn", "2019-01-12", "reason", "Verifikationer saknas"))
                .post("/reports/" + claim + "/return").then().statusCode(200).body("status", equalTo("RETURNED"))
                .body("returnReason", equalTo("Verifikationer saknas"));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(commitment, 2018, 40_000)).statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("submittedOn", "2019-01-15", "amountClaimed", 40_000))
                .post("/reports/" + claim + "/submit").then().statusCode(200);
        municipalityOfficer(funder).body(Map.of("decidedOn", "2019-01-16")).post("/reports/" + claim + "/approve")
                .then().statusCode(200);
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(commitment, 2018, 40_000)).statusCode(201);
    }

    @Test
    void onlyTheReportsFunderDecidesIt() {
        String funder = Funding.newId();
        String commitment = Funding.approvedCoFunding(Funding.newId(), funder);
        MovableClock.setToday(LocalDate.parse("2018-06-01"));
        String claim = createReport(coFundingReport(commitment, "PAYMENT_CLAIM", "2019-01-31", "2018-01-01",
                "2018-12-31"));
        given().contentType(ContentType.JSON).body(Map.of("submittedOn", "2018-05-10", "amountClaimed", 40_000))
                .post("/reports/" + claim + "/submit").then().statusCode(200);

        forbidden(municipalityOfficer(Funding.newId()).body(Map.of("decidedOn", "2018-05-12"))
                .post("/reports/" + claim + "/approve"));
        forbidden(municipalityOfficer(Funding.newId()).body(coFundingReport(commitment, "PROGRESS_REPORT",
                "2019-01-31", "2018-01-01", "2018-12-31")).post("/reports"));
        given().get("/reports/" + claim).then().body("status", equalTo("SUBMITTED"));
        given().queryParam("coFundingId", commitment).get("/reports").then().body("totalItems", equalTo(1));
    }

    @Test
    void badInputIsAProblemAndSchedulesNothing() {
        String commitment = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        MovableClock.setToday(LocalDate.parse("2017-10-01"));

        Funding.post("/reports", coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2018-01-01",
                "2017-12-31")).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("periodEnd"));
        Funding.post("/reports", coFundingReport(commitment, "PROGRESS_REPORT", "2017-06-30", "2017-09-01",
                "2017-12-31")).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("dueOn"));
        Map<String, Object> both = coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2017-01-01",
                "2017-12-31");
        both.put("applicationId", Funding.newId());
        Funding.post("/reports", both).statusCode(400).contentType(PROBLEM);
        Funding.post("/reports", coFundingReport(Funding.newId(), "PROGRESS_REPORT", "2018-02-28", "2017-01-01",
                "2017-12-31")).statusCode(422).contentType(PROBLEM);
        given().queryParam("coFundingId", commitment).get("/reports").then().body("totalItems", equalTo(0));

        String claim = createReport(coFundingReport(commitment, "PAYMENT_CLAIM", "2018-02-28", "2017-01-01",
                "2017-12-31"));
        String progress = createReport(coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2017-01-01",
                "2017-12-31"));
        Funding.post("/reports/" + claim + "/submit", Map.of("submittedOn", "2017-09-30", "amountClaimed", -1))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("amountClaimed"));
        Funding.post("/reports/" + claim + "/submit", Map.of("submittedOn", "2017-09-30")).statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("amountClaimed"));
        Funding.post("/reports/" + progress + "/submit", Map.of("submittedOn", "2017-09-30", "amountClaimed", 10))
                .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("amountClaimed"));
        Funding.post("/reports/" + claim + "/submit", Map.of("submittedOn", "2017-10-02", "amountClaimed", 10))
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("submittedOn"));
        Funding.post("/reports/" + claim + "/approve", Map.of("decidedOn", "2017-10-01")).statusCode(409)
                .contentType(PROBLEM);
        given().get("/reports/" + claim).then().body("status", equalTo("DUE")).body("version", equalTo(0));
        given().get("/reports/" + progress).then().body("status", equalTo("DUE")).body("version", equalTo(0));

        Funding.post("/reports/" + claim + "/submit", Map.of("submittedOn", "2017-09-30", "amountClaimed", 10))
                .statusCode(200);
        Funding.post("/reports/" + claim + "/approve", Map.of("decidedOn", "2017-09-29")).statusCode(422)
                .contentType(PROBLEM).body("errors.field", hasItem("decidedOn"));
        given().get("/reports/" + claim).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anOverdueReportGivenALaterDueDateIsDueAgainAndOnlyAnUnsubmittedOneChangesOrGoes() {
        String commitment = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        MovableClock.setToday(LocalDate.parse("2018-03-10"));
        String report = createReport(coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2017-01-01",
                "2017-12-31"));
        String etag = given().get("/reports/" + report).then().body("status", equalTo("OVERDUE"))
                .body("overdueSince", equalTo("2018-03-01")).extract().header("ETag");

        String extended = given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(coFundingReport(commitment, "PROGRESS_REPORT", "2018-03-31", "2017-01-01", "2017-12-31"))
                .put("/reports/" + report).then().statusCode(200)
                .body("status", equalTo("DUE")).body("overdueSince", nullValue()).body("dueOn", equalTo("2018-03-31"))
                .extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(coFundingReport(commitment, "PROGRESS_REPORT", "2018-04-30", "2017-01-01", "2017-12-31"))
                .put("/reports/" + report).then().statusCode(412);

        Funding.post("/reports/" + report + "/submit", Map.of("submittedOn", "2018-03-09")).statusCode(200);
        String submitted = given().get("/reports/" + report).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", submitted)
                .body(coFundingReport(commitment, "PROGRESS_REPORT", "2018-04-30", "2017-01-01", "2017-12-31"))
                .put("/reports/" + report).then().statusCode(409).contentType(PROBLEM);
        given().header("If-Match", submitted).delete("/reports/" + report).then().statusCode(409);
        given().get("/reports/" + report).then().body("status", equalTo("SUBMITTED"))
                .body("dueOn", equalTo("2018-03-31"));

        String mistaken = createReport(coFundingReport(commitment, "FINAL_REPORT", "2020-03-31", "2017-01-01",
                "2019-12-31"));
        String mistakenTag = given().get("/reports/" + mistaken).then().extract().header("ETag");
        given().header("If-Match", mistakenTag).delete("/reports/" + mistaken).then().statusCode(204);
        given().get("/reports/" + mistaken).then().statusCode(404);
        given().get("/reports/" + mistaken + "/history").then().statusCode(200).body("items.action",
                contains("CREATED", "DELETED"));
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, extended);
    }

    @Test
    void theLedgerAndTheStatsCountAProjectsReportsByStatus() {
        String funder = Funding.newId();
        String project = Funding.newId();
        MovableClock.setToday(LocalDate.parse("2018-03-10"));
        String commitment = Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder));
        createReport(coFundingReport(commitment, "PROGRESS_REPORT", "2018-02-28", "2017-01-01", "2017-12-31"));
        createReport(coFundingReport(commitment, "PROGRESS_REPORT", "2019-02-28", "2018-01-01", "2018-12-31"));
        String approved = createReport(coFundingReport(commitment, "PAYMENT_CLAIM", "2018-03-31", "2017-01-01",
                "2017-12-31"));
        Funding.post("/reports/" + approved + "/submit", Map.of("submittedOn", "2018-03-01", "amountClaimed", 40_000))
                .statusCode(200);
        Funding.post("/reports/" + approved + "/approve", Map.of("decidedOn", "2018-03-05")).statusCode(200);

        given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("reports.due", equalTo(1))
                .body("reports.overdue", equalTo(1))
                .body("reports.submitted", equalTo(0))
                .body("reports.approved", equalTo(1));
        JsonPath stats = given().queryParam("groupBy", "project").get("/stats/reports").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(1, stats.getInt("groups.find { it.key == '" + project + "' }.reports.overdue"));
        assertEquals(1, stats.getInt("groups.find { it.key == '" + project + "' }.reports.approved"));
        given().queryParam("groupBy", "county").get("/stats/reports").then().statusCode(400).contentType(PROBLEM);
    }

    /** A call with yearly payment claims (2 months after each year) and a final report (3 months after the end). */
    private static String grantFromACallWithReportRules(String funder, boolean gated) {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", funder);
        call.put("paymentClaimMonthsAfterYear", 2);
        call.put("finalReportMonthsAfterEnd", 3);
        call.put("paymentRequiresApprovedClaim", gated);
        String callId = Funding.createCall(call);
        given().get("/calls/" + callId).then().body("paymentClaimMonthsAfterYear", equalTo(2))
                .body("paymentRequiresApprovedClaim", equalTo(gated));
        MovableClock.setToday(LocalDate.parse("2017-10-01"));
        // a project running 2017-09-01 – 2020-11-30
        return Funding.grantedApplication(callId, ProjectServiceStandIn.id(ProjectServiceStandIn.SHORT_PROJECT),
                1_000_000, 800_000);
    }

    static Map<String, Object> coFundingReport(String coFundingId, String kind, String dueOn, String periodStart,
            String periodEnd) {
        Map<String, Object> body = new HashMap<>();
        body.put("coFundingId", coFundingId);
        body.put("kind", kind);
        body.put("dueOn", dueOn);
        body.put("periodStart", periodStart);
        body.put("periodEnd", periodEnd);
        return body;
    }

    private static String createReport(Map<String, Object> body) {
        return Funding.post("/reports", body).statusCode(201).extract().path("id");
    }

    private static RequestSpecification funderOfficer(String organisation) {
        return given().header("Authorization", Tokens.as(FUNDER_OFFICER, organisation)).contentType(ContentType.JSON);
    }

    private static RequestSpecification municipalityOfficer(String organisation) {
        return given().header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, organisation))
                .contentType(ContentType.JSON);
    }

    private static String feedEnd() {
        String cursor = "";
        while (true) {
            JsonPath page = feedPage(cursor);
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    private static List<Map<String, Object>> eventsAfter(String cursor) {
        List<Map<String, Object>> events = new ArrayList<>();
        while (true) {
            JsonPath page = feedPage(cursor);
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            cursor = page.getString("next");
        }
    }

    private static JsonPath feedPage(String cursor) {
        return given().queryParam("after", cursor).queryParam("limit", 1000).get("/events").then().statusCode(200)
                .extract().jsonPath();
    }
}
