package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.samverkan.funding.testdata.Money.sek;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.funding.domain.DecisionCase;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

/** The demo case entered step by step, as a new user would. */
@QuarkusTest
class LjungbyCaseTest {

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    @Test
    void ljungbysCoFundingIsApprovedLegallyFinalAndInTheProjectsLedger() {
        String project = Funding.newId();
        String ljungby = Funding.newId();

        String coFunding = Funding.post("/co-funding", Funding.ljungbyCoFunding(project, ljungby))
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("totalAmount", sek("120000"))
                .body("budgetSource", equalTo("kommunstyrelsens medel avsatta för internationella projekt"))
                .body("legallyFinal", equalTo(false))
                .extract().path("id");

        String caseId = Funding.createDecisionCase(Funding.decisionCase(ljungby, coFunding));
        given().get("/decision-cases/" + caseId).then().statusCode(200).body("nextStep", equalTo("OFFICIAL_MEMO"));

        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen"))
                .statusCode(201).body("nextStep", equalTo("COMMITTEE_PROPOSAL"));
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "Kommunstyrelsens arbetsutskott"))
                .statusCode(201).body("nextStep", equalTo("BOARD_DECISION"));
        given().get("/co-funding/" + coFunding).then().body("status", equalTo("PROPOSED"));

        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14"))
                .statusCode(201)
                .body("steps.kind", contains("OFFICIAL_MEMO", "COMMITTEE_PROPOSAL", "BOARD_DECISION"))
                .body("steps[2].legalBasis", equalTo("KL 1991:900"))
                .body("outcome", equalTo("APPROVED"))
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .body("nextStep", equalTo(null));

        given().get("/co-funding/" + coFunding).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decisionCaseId", equalTo(caseId))
                .body("appealWindowEndsOn", equalTo("2017-05-05"))
                .body("legallyFinal", equalTo(true));

        given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("funders", hasSize(1))
                .body("funders[0].funderOrganisationId", equalTo(ljungby))
                .body("funders[0].cash.approved", sek("120000"))
                .body("funders[0].cash.proposed", sek("0"))
                .body("funders[0].inKind.approved", sek("0"))
                .body("funders[0].years.year", contains(2017, 2018, 2019))
                .body("funders[0].years[0].approved", sek("40000"))
                .body("funders[0].years[1].approved", sek("40000"))
                .body("funders[0].years[2].approved", sek("40000"))
                .body("funders[0].years[2].remaining", sek("40000"))
                .body("totals.cash.approved", sek("120000"))
                .body("totals.approvedFinancing", sek("120000"));

        Funding.post("/disbursements", Funding.disbursementOfCoFunding(coFunding, 2017, 40_000)).statusCode(201);
        given().get("/projects/" + project + "/financing").then().statusCode(200)
                .body("funders[0].years[0].disbursed", sek("40000"))
                .body("funders[0].years[0].remaining", sek("0"))
                .body("funders[0].cash.remaining", sek("80000"));

        given().get("/co-funding/" + coFunding + "/history").then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED"))
                // decided in 2017, recorded now: the appeal window is long over, so the same version makes it legally final
                .body("items[1].changedFields", contains("appealWindowEndsOn", "decisionCaseId", "legallyFinal", "status"));
        given().get("/decision-cases/" + caseId + "/history").then().statusCode(200).body("items", hasSize(4));
    }

    @Test
    void aDecisionWhoseNoticeIsRecentIsNotYetLegallyFinal() {
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, coFunding));
        java.time.LocalDate today = java.time.LocalDate.now();
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", today.minusDays(20).toString(), "Förvaltningen"))
                .statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", today.minusDays(10).toString(), "AU"))
                .statusCode(201);
        Map<String, Object> board = Funding.boardDecision("APPROVED", today.minusDays(3).toString(),
                today.minusDays(1).toString());
        Funding.addStep(caseId, board).statusCode(201)
                .body("appealWindowEndsOn", equalTo(DecisionCase.appealWindowEnd(today.minusDays(1)).toString()));
        given().get("/co-funding/" + coFunding).then()
                .body("status", equalTo("APPROVED"))
                .body("legallyFinal", equalTo(false));
    }
}
