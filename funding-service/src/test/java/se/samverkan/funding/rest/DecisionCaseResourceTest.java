package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

@QuarkusTest
class DecisionCaseResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    private static String newCaseWithProposedCoFunding(String funder) {
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        return Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
    }

    @Test
    void refusesAStepOutOfOrderWith409AndRecordsNothing() {
        String caseId = newCaseWithProposedCoFunding(Funding.newId());
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:step-out-of-order"))
                .body("detail", containsString("OFFICIAL_MEMO"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14"))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:step-out-of-order"))
                .body("detail", containsString("COMMITTEE_PROPOSAL"));
        given().get("/decision-cases/" + caseId).then().body("steps", hasSize(1));
    }

    @Test
    void refusesAStepDatedBeforeThePreviousOneSayingByHowManyDays() {
        String caseId = newCaseWithProposedCoFunding(Funding.newId());
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-01", "AU"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:step-before-previous"))
                .body("detail", containsString("6 day(s) before the OFFICIAL_MEMO of 2017-03-07"));
    }

    @Test
    void refusesASecondBoardDecision() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        Funding.addStep(caseId, Funding.boardDecision("REJECTED", "2017-05-11", "2017-05-14"))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:case-already-decided"));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void aRejectingBoardDecisionRejectsTheCoFunding() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.decide(coFunding, funder, "REJECTED");
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("REJECTED"))
                .body("legallyFinal", equalTo(false));
        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 100))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:co-funding-not-approved"));
    }

    @Test
    void aBoardDecisionNeedsItsOutcomeParagraphAndNoticeDate() {
        String caseId = newCaseWithProposedCoFunding(Funding.newId());
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201);
        Map<String, Object> board = Funding.step("BOARD_DECISION", "2017-04-11", "Kommunstyrelsen");
        Funding.addStep(caseId, board).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("outcome", "paragraph", "publicNoticeOn"));
        Map<String, Object> memoWithOutcome = Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF");
        memoWithOutcome.put("outcome", "APPROVED");
        Funding.addStep(newCaseWithProposedCoFunding(Funding.newId()), memoWithOutcome).statusCode(400)
                .body("errors.field", hasItems("outcome"));
        Map<String, Object> unknownKind = Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF");
        unknownKind.put("kind", "REFERENDUM");
        Funding.addStep(caseId, unknownKind).statusCode(400).body("errors.field", hasItems("kind"));
    }

    @Test
    void aNoticeBeforeTheMinutesIsRefused() {
        String caseId = newCaseWithProposedCoFunding(Funding.newId());
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201);
        Map<String, Object> board = Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-10");
        Funding.addStep(caseId, board).statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:notice-before-minutes"));
    }

    @Test
    void aBoardDecisionOverWithdrawnCoFundingChangesNothing() {
        String funder = Funding.newId();
        String kept = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String withdrawn = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, kept, withdrawn));
        Funding.post("/co-funding/" + withdrawn + "/withdraw", Map.of()).statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201);
        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14"))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:co-funding-withdrawn"));
        given().get("/co-funding/" + kept).then().body("status", equalTo("PROPOSED"));
        given().get("/decision-cases/" + caseId).then().body("steps", hasSize(2));
    }

    @Test
    void aCaseDecidesOnlyItsOwnOrganisationsExistingCoFunding() {
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        Funding.post("/decision-cases", Funding.decisionCase(Funding.newId(), coFunding))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:not-the-funder"));
        Funding.post("/decision-cases", Funding.decisionCase(Funding.newId(), Funding.newId()))
                .statusCode(422).body("type", equalTo("urn:samverkan:problem:unknown-co-funding"));
    }

    @Test
    void aCaseNumberIsUniquePerOrganisation() {
        String organisation = Funding.newId();
        Map<String, Object> body = Funding.decisionCase(organisation);
        Funding.createDecisionCase(body);
        Funding.post("/decision-cases", body).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void replacingAndDeletingNeedIfMatchAndKeepTheDecidedRecord() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.decide(coFunding, funder, "APPROVED");
        Map<String, Object> body = Funding.decisionCase(funder, coFunding);
        body.put("subject", "Medfinansiering av Service i samverkan 2017–2019");
        given().contentType(ContentType.JSON).body(body).put("/decision-cases/" + caseId).then().statusCode(428);
        given().contentType(ContentType.JSON).body(body).header("If-Match", "\"0\"").put("/decision-cases/" + caseId)
                .then().statusCode(412);
        String etag = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).body(body).header("If-Match", etag).put("/decision-cases/" + caseId)
                .then().statusCode(200).body("subject", equalTo("Medfinansiering av Service i samverkan 2017–2019"));
        body.put("coFundingIds", java.util.List.of());
        String newer = given().get("/decision-cases/" + caseId).then().extract().header("ETag");
        given().contentType(ContentType.JSON).body(body).header("If-Match", newer).put("/decision-cases/" + caseId)
                .then().statusCode(409).body("type", equalTo("urn:samverkan:problem:case-decided"));
        given().header("If-Match", newer).delete("/decision-cases/" + caseId).then().statusCode(409)
                .body("type", equalTo("urn:samverkan:problem:case-has-steps"));
    }

    @Test
    void retryingAStepWithItsIdempotencyKeyRecordsItOnce() {
        String caseId = newCaseWithProposedCoFunding(Funding.newId());
        Map<String, Object> memo = Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("Idempotency-Key", "memo-" + caseId).body(memo)
                    .post("/decision-cases/" + caseId + "/steps").then().statusCode(201).body("steps", hasSize(1));
        }
        given().get("/decision-cases/" + caseId).then().body("steps", hasSize(1));
    }

    @Test
    void unknownCasesAre404() {
        given().get("/decision-cases/" + Funding.newId()).then().statusCode(404).contentType(PROBLEM);
        Funding.addStep(Funding.newId(), Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(404);
    }
}
