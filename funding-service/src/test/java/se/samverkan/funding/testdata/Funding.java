package se.samverkan.funding.testdata;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Builds request bodies and creates funding resources through the API, each with fresh ids. */
public final class Funding {

    public static final String LJUNGBY_BUDGET_SOURCE = "kommunstyrelsens medel avsatta för internationella projekt";

    private Funding() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    // --- calls

    /** An open call (opened a month ago, closes in a month) with the rules of Tillväxtverket's later call. */
    public static Map<String, Object> call() {
        Map<String, Object> body = new HashMap<>();
        body.put("funderOrganisationId", newId());
        body.put("title", "Utveckling av lokala servicelösningar " + UUID.randomUUID());
        body.put("reference", "Landsbygdsprogrammet 2014–2020, delåtgärd 16.2");
        body.put("opensOn", LocalDate.now().minusMonths(1).toString());
        body.put("closesOn", LocalDate.now().plusMonths(1).toString());
        body.put("budget", 30_000_000);
        body.put("maxGrantRate", new BigDecimal("0.80"));
        body.put("minCoFundingRate", new BigDecimal("0.20"));
        body.put("minAmount", 100_000);
        body.put("maxAmount", 15_000_000);
        body.put("eligibleApplicantTypes", List.of("NATIONAL_ORGANISATION", "MUNICIPALITY"));
        return body;
    }

    public static String createCall(Map<String, Object> body) {
        return post("/calls", body).statusCode(201).extract().path("id");
    }

    // --- applications

    public static Map<String, Object> application(String callId, String projectId, Object requestedAmount) {
        Map<String, Object> body = new HashMap<>();
        body.put("callId", callId);
        body.put("projectId", projectId);
        body.put("applicantOrganisationId", newId());
        body.put("requestedAmount", requestedAmount);
        return body;
    }

    public static String createApplication(Map<String, Object> body) {
        return post("/applications", body).statusCode(201).extract().path("id");
    }

    /** An application to a fresh open call, submitted today and granted. */
    public static String grantedApplication(String callId, String projectId, Object requested, Object granted) {
        String id = createApplication(application(callId, projectId, requested));
        post("/applications/" + id + "/submit", Map.of("submittedOn", LocalDate.now().toString())).statusCode(200);
        post("/applications/" + id + "/grant", Map.of("grantedAmount", granted, "decidedOn",
                LocalDate.now().toString(), "caseNumber", "Ärende " + UUID.randomUUID())).statusCode(200);
        return id;
    }

    // --- co-funding

    /** {year: amount, ...} as a schedule. */
    public static List<Map<String, Object>> schedule(Object... yearsAndAmounts) {
        List<Map<String, Object>> schedule = new ArrayList<>();
        for (int i = 0; i < yearsAndAmounts.length; i += 2) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("year", yearsAndAmounts[i]);
            entry.put("amount", yearsAndAmounts[i + 1]);
            schedule.add(entry);
        }
        return schedule;
    }

    public static Map<String, Object> coFunding(String projectId, String funderId, String kind,
            List<Map<String, Object>> schedule) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", projectId);
        body.put("funderOrganisationId", funderId);
        body.put("kind", kind);
        body.put("budgetSource", LJUNGBY_BUDGET_SOURCE);
        body.put("schedule", schedule);
        return body;
    }

    public static String createCoFunding(Map<String, Object> body) {
        return post("/co-funding", body).statusCode(201).extract().path("id");
    }

    /** Ljungby's 40 000 SEK a year for 2017–2019, for a fresh project and funder. */
    public static Map<String, Object> ljungbyCoFunding(String projectId, String funderId) {
        return coFunding(projectId, funderId, "CASH", schedule(2017, 40_000, 2018, 40_000, 2019, 40_000));
    }

    // --- decision cases

    public static Map<String, Object> decisionCase(String organisationId, String... coFundingIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("caseNumber", "KS 2017/" + UUID.randomUUID().toString().substring(0, 8));
        body.put("subject", "Medfinansiering av projektet Service i samverkan");
        body.put("coFundingIds", List.of(coFundingIds));
        return body;
    }

    public static String createDecisionCase(Map<String, Object> body) {
        return post("/decision-cases", body).statusCode(201).extract().path("id");
    }

    public static Map<String, Object> step(String kind, String date, String body) {
        Map<String, Object> step = new HashMap<>();
        step.put("kind", kind);
        step.put("date", date);
        step.put("body", body);
        if (!kind.equals("BOARD_DECISION")) {
            step.put("recommendation", "APPROVED");
        }
        return step;
    }

    public static Map<String, Object> boardDecision(String outcome, String date, String publicNoticeOn) {
        Map<String, Object> step = step("BOARD_DECISION", date, "Kommunstyrelsen");
        step.put("outcome", outcome);
        step.put("paragraph", "§ 87");
        step.put("legalBasis", "KL 1991:900");
        step.put("minutesApprovedOn", date);
        step.put("publicNoticeOn", publicNoticeOn);
        return step;
    }

    public static ValidatableResponse addStep(String caseId, Map<String, Object> step) {
        return post("/decision-cases/" + caseId + "/steps", step);
    }

    /** Takes the commitment through memo, proposal and a board decision with the given outcome (2017 dates). */
    public static String decide(String coFundingId, String funderId, String outcome) {
        String caseId = createDecisionCase(decisionCase(funderId, coFundingId));
        addStep(caseId, step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen")).statusCode(201);
        addStep(caseId, step("COMMITTEE_PROPOSAL", "2017-03-28", "Kommunstyrelsens arbetsutskott")).statusCode(201);
        addStep(caseId, boardDecision(outcome, "2017-04-11", "2017-04-14")).statusCode(201);
        return caseId;
    }

    /** A fresh approved Ljungby-like commitment: 40 000 a year 2017–2019. */
    public static String approvedCoFunding(String projectId, String funderId) {
        String id = createCoFunding(ljungbyCoFunding(projectId, funderId));
        decide(id, funderId, "APPROVED");
        return id;
    }

    // --- disbursements

    public static Map<String, Object> disbursementOfCoFunding(String coFundingId, int year, Object amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("coFundingId", coFundingId);
        body.put("year", year);
        body.put("amount", amount);
        body.put("paidOn", year + "-12-15");
        return body;
    }

    public static Map<String, Object> disbursementOfGrant(String applicationId, int year, Object amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicationId", applicationId);
        body.put("year", year);
        body.put("amount", amount);
        body.put("paidOn", LocalDate.now().toString());
        return body;
    }

    /** 1 000 SEK for 2017 against the commitment. */
    public static String createDisbursement(String coFundingId) {
        return post("/disbursements", disbursementOfCoFunding(coFundingId, 2017, 1_000)).statusCode(201)
                .extract().path("id");
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then();
    }
}
