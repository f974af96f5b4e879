package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.samverkan.devtools.Management;
import se.samverkan.devtools.Tokens;
import se.samverkan.funding.domain.StepKind;
import se.samverkan.funding.service.LegallyFinalCheck;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.MovableClock;

/**
 * Municipal decisions as the law has them: a recorded step corrected with its reason, appeals to the administrative
 * court, återremiss, and the council deciding larger amounts on the board's proposal. Ljungby-like 2017 dates: the
 * board decides on 2017-04-11, the notice is of 2017-04-14 and the window ends on 2017-05-05.
 */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class MunicipalDecisionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    LegallyFinalCheck legallyFinalCheck;

    @Inject
    DataSource dataSource;

    private final String funder = Funding.newId();

    @AfterEach
    void backToToday() {
        MovableClock.setToday(LocalDate.now());
    }

    // --- corrections

    @Test
    void theOwnerCorrectsAStepWithIfMatchAndTheCaseKeepsWhatChangedWhoAndWhy() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        Map<String, Object> board = Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14");
        board.put("paragraph", "§ 88");
        Map<String, Object> correction = Map.of("reason", "The minutes give § 88, not § 87", "step", board);

        officer().body(correction).put("/decision-cases/" + caseId + "/steps/3").then().statusCode(428);
        officer().header("If-Match", "\"0\"").body(correction).put("/decision-cases/" + caseId + "/steps/3").then()
                .statusCode(412);
        String etag = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        officer().header("If-Match", etag).body(Map.of("step", board)).put("/decision-cases/" + caseId + "/steps/3")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItems("reason"));

        String corrected = officer().header("If-Match", etag).body(correction)
                .put("/decision-cases/" + caseId + "/steps/3").then().statusCode(200)
                .body("steps[2].paragraph", equalTo("§ 88"))
                .body("corrections", hasSize(1))
                .body("corrections[0].stepNumber", equalTo(3))
                .body("corrections[0].changedFields", contains("paragraph"))
                .body("corrections[0].reason", equalTo("The minutes give § 88, not § 87"))
                .body("corrections[0].correctedBy", notNullValue())
                .extract().header("ETag");
        assertTrue(!corrected.equals(etag), "a correction is a new version");
        given().get("/decision-cases/" + caseId + "/history").then()
                .body("items[-1].changedFields", hasItems("corrections", "steps"))
                .body("items[-1].state.corrections[0].reason", equalTo("The minutes give § 88, not § 87"));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aCorrectionKeepsTheKindAndTheOrderOfDatesAndMustChangeSomething() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");

        correct(caseId, 2, "Wrong kind", Funding.step("OFFICIAL_MEMO", "2017-03-28", "AU")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-kind-fixed"));
        correct(caseId, 2, "Typo in the date", Funding.step("COMMITTEE_PROPOSAL", "2017-03-01", "AU")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-before-previous"));
        correct(caseId, 2, "Typo in the date", Funding.step("COMMITTEE_PROPOSAL", "2017-04-12", "AU")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-after-next"));
        correct(caseId, 1, "Same again", Funding.step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen"))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:correction-changes-nothing"));
        correct(caseId, 4, "No such step", Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(404);
        correct(caseId, 2, "The committee met a day later",
                Funding.step("COMMITTEE_PROPOSAL", "2017-03-29", "Kommunstyrelsens arbetsutskott")).statusCode(200)
                .body("steps[1].date", equalTo("2017-03-29"))
                .body("corrections[0].changedFields", contains("date"));
    }

    @Test
    void aCorrectedNoticeMovesTheAppealWindowOfTheCaseAndItsCoFunding() {
        MovableClock.setToday(LocalDate.parse("2017-05-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED"); // notice 2017-04-14: already final
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(true));

        // as an admin (the decision is final): the notice went up on 2017-05-16, so the window ends on 2017-06-07
        correct(caseId, 3, "The notice went up on 2017-05-16",
                Funding.boardDecision("APPROVED", "2017-04-11", "2017-05-16")).statusCode(200)
                .body("appealWindowEndsOn", equalTo("2017-06-07"));
        given().get("/co-funding/" + coFunding).then()
                .body("appealWindowEndsOn", equalTo("2017-06-07"))
                .body("legallyFinal", equalTo(false));
    }

    @Test
    void onceTheDecisionIsLegallyFinalOnlyAnAdminCorrectsAStep() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        MovableClock.setToday(LocalDate.parse("2017-05-06"));
        Map<String, Object> memo = Funding.step("OFFICIAL_MEMO", "2017-03-08", "Kommunledningsförvaltningen");
        Map<String, Object> correction = Map.of("reason", "The memo is dated 8 March", "step", memo);

        String etag = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        officer().header("If-Match", etag).body(correction).put("/decision-cases/" + caseId + "/steps/1").then()
                .statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:case-legally-final"))
                .body("detail", containsString("only an admin"));
        given().get("/decision-cases/" + caseId).then().header("ETag", equalTo(etag)).body("corrections", hasSize(0));

        given().contentType(ContentType.JSON).header("If-Match", etag).body(correction)
                .put("/decision-cases/" + caseId + "/steps/1").then().statusCode(200)
                .body("steps[0].date", equalTo("2017-03-08"))
                .body("corrections[0].reason", equalTo("The memo is dated 8 March"));
    }

    // --- appeals

    @Test
    void aPendingAppealKeepsTheDecisionFromBecomingLegallyFinalUntilTheCourtRejectsIt() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        appeal(caseId, "2017-04-28").statusCode(201)
                .body("appeals[0].number", equalTo(1))
                .body("appeals[0].court", equalTo("Förvaltningsrätten i Växjö"))
                .body("appeals[0].outcome", nullValue())
                .body("appealPending", equalTo(true));

        MovableClock.setToday(LocalDate.parse("2017-05-06"));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"))
                .body("legallyFinal", equalTo(false));

        MovableClock.setToday(LocalDate.parse("2017-09-12"));
        String cursor = feedEnd();
        rule(caseId, 1, "REJECTED", "2017-09-12").statusCode(200)
                .body("appeals[0].outcome", equalTo("REJECTED"))
                .body("appealPending", equalTo(false));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"))
                .body("legallyFinal", equalTo(true));
        assertEquals(List.of("se.samverkan.co-funding.legally-final"), eventTypes(cursor, "/co-funding/" + coFunding));
        rule(caseId, 1, "QUASHED", "2017-09-13").statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:appeal-decided"));
    }

    @Test
    void anAppealRecordedAfterTheDecisionWasFinalMakesItNotFinalAgain() {
        MovableClock.setToday(LocalDate.parse("2017-06-01"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(true));

        String cursor = feedEnd();
        appeal(caseId, "2017-05-04").statusCode(201);
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(false));
        assertEquals(List.of("se.samverkan.co-funding.appealed"), eventTypes(cursor, "/co-funding/" + coFunding));
        legallyFinalCheck.run();
        given().get("/co-funding/" + coFunding).then().body("legallyFinal", equalTo(false));
    }

    @Test
    void aQuashedDecisionReturnsItsCoFundingToProposedWithAnEvent() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        appeal(caseId, "2017-05-02").statusCode(201);

        MovableClock.setToday(LocalDate.parse("2017-10-02"));
        String cursor = feedEnd();
        rule(caseId, 1, "QUASHED", "2017-10-02").statusCode(200).body("appeals[0].outcome", equalTo("QUASHED"));
        given().get("/co-funding/" + coFunding).then()
                .body("status", equalTo("PROPOSED"))
                .body("appealWindowEndsOn", nullValue())
                .body("legallyFinal", equalTo(false));
        assertEquals(List.of("se.samverkan.co-funding.quashed"), eventTypes(cursor, "/co-funding/" + coFunding));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 100)).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:co-funding-not-approved"));
        appeal(caseId, "2017-05-03").statusCode(409).body("type", equalTo("urn:samverkan:problem:decision-quashed"));

        // the municipality decides it again, in a new case
        Funding.decide(coFunding, funder, "APPROVED");
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"));
    }

    // --- one case per commitment

    @Test
    void aDecidedCommitmentCannotBeDecidedAgainInAnotherCase() {
        MovableClock.setToday(LocalDate.parse("2017-06-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String first = Funding.decide(coFunding, funder, "APPROVED"); // legally final since 2017-05-06
        Map<String, Object> second = Funding.decisionCase(funder, coFunding);

        Funding.post("/decision-cases", second).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:co-funding-in-another-case"))
                .body("detail", containsString(first));
        String other = Funding.createDecisionCase(Funding.decisionCase(funder));
        String etag = given().get("/decision-cases/" + other).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(second).put("/decision-cases/" + other)
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:co-funding-in-another-case"))
                .body("detail", containsString(first));

        given().get("/decision-cases/" + other).then().body("coFundingIds", hasSize(0));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"))
                .body("legallyFinal", equalTo(true)).body("decisionCaseId", equalTo(first));
    }

    @Test
    void theSchemaHoldsACommitmentInOneCaseUntilItsDecisionIsQuashed() throws SQLException {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String first = Funding.decide(coFunding, funder, "APPROVED");
        String other = Funding.createDecisionCase(Funding.decisionCase(funder));

        SQLException refused = assertThrows(SQLException.class, () -> addToCase(other, coFunding));
        assertEquals("23505", refused.getSQLState(), refused.getMessage());

        appeal(first, "2017-05-02").statusCode(201);
        rule(first, 1, "QUASHED", "2017-10-02").statusCode(200);
        addToCase(other, coFunding);
        given().get("/decision-cases/" + other).then().body("coFundingIds", contains(coFunding));
    }

    private void addToCase(String caseId, String coFundingId) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into decision_case_co_funding (decision_case_id, co_funding_id) values (?, ?)")) {
            insert.setObject(1, UUID.fromString(caseId));
            insert.setObject(2, UUID.fromString(coFundingId));
            insert.executeUpdate();
        }
    }

    @Test
    void anAppealIsLodgedAfterTheDecisionAndInsideItsWindow() {
        MovableClock.setToday(LocalDate.parse("2017-04-20"));
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String undecided = Funding.createDecisionCase(Funding.decisionCase(funder));
        appeal(undecided, "2017-04-28").statusCode(409).body("type", equalTo("urn:samverkan:problem:not-decided"));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        appeal(caseId, "2017-04-10").statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:appeal-before-decision"));
        appeal(caseId, "2017-05-08").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:appeal-after-window"))
                .body("detail", containsString("2017-05-05"));
        Funding.post("/decision-cases/" + caseId + "/appeals", Map.of("lodgedOn", "2017-04-28")).statusCode(400)
                .body("errors.field", hasItems("court", "caseNumber"));
        rule(caseId, 1, "REJECTED", "2017-09-12").statusCode(404);
        given().get("/decision-cases/" + caseId).then().body("appeals", hasSize(0));
    }

    // --- the council and återremiss

    @Test
    void largerAmountsAreDecidedByTheCouncilOnTheBoardsProposal() {
        MovableClock.setToday(LocalDate.parse("2017-06-20"));
        String coFunding = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(2017, 500_000, 2018, 500_000, 2019, 500_000)));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        given().get("/decision-cases/" + caseId).then().body("decidingBody", equalTo("COUNCIL"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201)
                .body("nextStep", equalTo("BOARD_PROPOSAL"))
                .body("allowedNextSteps", contains("BOARD_PROPOSAL", "REFERRAL_BACK"));
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14")).statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:step-out-of-order"))
                .body("detail", containsString("BOARD_PROPOSAL"))
                .body("detail", containsString("the council decides"));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("PROPOSED"));
        Funding.addStep(caseId, Funding.step("BOARD_PROPOSAL", "2017-04-11", "Kommunstyrelsen")).statusCode(201)
                .body("nextStep", equalTo("COUNCIL_DECISION"));
        Map<String, Object> council = Funding.boardDecision("APPROVED", "2017-05-29", "2017-06-02");
        council.put("kind", "COUNCIL_DECISION");
        council.put("body", "Kommunfullmäktige");
        Funding.addStep(caseId, council).statusCode(201)
                .body("outcome", equalTo("APPROVED"))
                .body("appealWindowEndsOn", equalTo("2017-06-26")) // three weeks end on midsommarafton
                .body("nextStep", nullValue())
                .body("allowedNextSteps", hasSize(0));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"))
                .body("decisionCaseId", equalTo(caseId));
    }

    @Test
    void theBoardDecidesUpToTheThreshold() {
        String coFunding = Funding.createCoFunding(Funding.coFunding(Funding.newId(), funder, "CASH",
                Funding.schedule(2017, 500_000, 2018, 500_000)));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        given().get("/decision-cases/" + caseId).then().body("decidingBody", equalTo("BOARD"));
    }

    @Test
    void aReferralBackReturnsTheMatterToBePreparedAgainBeforeTheBodyThatReferredIt() {
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        Funding.addStep(caseId, referral("2017-03-01", "Kommunstyrelsens arbetsutskott")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-out-of-order"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        // the working committee sends it back to the administration
        Funding.addStep(caseId, referral("2017-03-14", "Kommunstyrelsens arbetsutskott")).statusCode(201)
                .body("allowedNextSteps", contains("OFFICIAL_MEMO"));
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-out-of-order"))
                .body("detail", containsString("OFFICIAL_MEMO"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-20", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201);
        // the board sends it back: a new memo or a new committee proposal may come next, not the decision
        Funding.addStep(caseId, referral("2017-04-11", "Kommunstyrelsen")).statusCode(201)
                .body("allowedNextSteps", contains("OFFICIAL_MEMO", "COMMITTEE_PROPOSAL"));
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-05-09", "2017-05-12")).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:step-out-of-order"))
                .body("detail", containsString("one of OFFICIAL_MEMO, COMMITTEE_PROPOSAL"));
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-04-25", "AU")).statusCode(201)
                .body("nextStep", equalTo("BOARD_DECISION"));
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-05-09", "2017-05-12")).statusCode(201)
                .body("steps", hasSize(7))
                .body("steps.kind", contains("OFFICIAL_MEMO", "REFERRAL_BACK", "OFFICIAL_MEMO", "COMMITTEE_PROPOSAL",
                        "REFERRAL_BACK", "COMMITTEE_PROPOSAL", "BOARD_DECISION"));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aReferralBackCarriesNeitherRecommendationNorOutcome() {
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Map<String, Object> referral = referral("2017-03-14", "AU");
        referral.put("recommendation", "APPROVED");
        referral.put("outcome", "REJECTED");
        Funding.addStep(caseId, referral).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("recommendation", "outcome"));
    }

    // --- the document

    @Test
    void theStepKindsCarryTheirSwedishNamesInTheOpenApiDocument() {
        String description = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().path("components.schemas.StepKind.description");
        for (StepKind kind : StepKind.values()) {
            assertTrue(description.contains(kind.name() + " — " + kind.swedishName), kind + " in: " + description);
        }
    }

    // ---

    private ValidatableResponse correct(String caseId, int number, String reason, Map<String, Object> step) {
        String etag = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        return given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reason", reason, "step", step))
                .put("/decision-cases/" + caseId + "/steps/" + number).then();
    }

    private static ValidatableResponse appeal(String caseId, String lodgedOn) {
        return Funding.post("/decision-cases/" + caseId + "/appeals", Map.of("lodgedOn", lodgedOn,
                "court", "Förvaltningsrätten i Växjö", "caseNumber", "1234-17"));
    }

    private static ValidatableResponse rule(String caseId, int number, String outcome, String decidedOn) {
        return Funding.post("/decision-cases/" + caseId + "/appeals/" + number + "/ruling",
                Map.of("outcome", outcome, "decidedOn", decidedOn));
    }

    private static Map<String, Object> referral(String date, String body) {
        Map<String, Object> step = Funding.step("REFERRAL_BACK", date, body);
        step.remove("recommendation");
        step.put("paragraph", "§ 12");
        return step;
    }

    private io.restassured.specification.RequestSpecification officer() {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, funder));
    }

    /** The feed's cursor after everything written so far. */
    private static String feedEnd() {
        String cursor = given().queryParam("limit", 1000).get("/events").then().extract().path("next");
        while (!given().queryParam("after", cursor).get("/events").then().extract().jsonPath().getList("items")
                .isEmpty()) {
            cursor = given().queryParam("after", cursor).queryParam("limit", 1000).get("/events").then().extract()
                    .path("next");
        }
        return cursor;
    }

    private static List<String> eventTypes(String after, String subject) {
        return given().queryParam("after", after).queryParam("limit", 1000).get("/events").then().extract()
                .jsonPath().getList("items.findAll { it.subject == '" + subject + "' }.type");
    }
}
