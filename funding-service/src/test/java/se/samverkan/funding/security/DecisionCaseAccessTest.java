package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.funding.testdata.Refused.forbidden;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/**
 * Ljungby's officer runs Ljungby's decision cases and cannot decide Älmhult's co-funding: not by recording a
 * step in Älmhult's case, not by opening a case in Älmhult's name, not by putting Älmhult's commitment into a
 * Ljungby case. Each refusal is a 403 and the case and the commitment stay as they were.
 */
@QuarkusTest
class DecisionCaseAccessTest {

    private final String ljungby = Funding.newId();
    private final String almhult = Funding.newId();
    private final String project = Funding.newId();

    @Test
    void ljungbysOfficerTakesLjungbysCaseToTheBoardsDecision() {
        String ljungbys = Funding.createCoFunding(Funding.ljungbyCoFunding(project, ljungby));
        String caseId = officerOf(ljungby).body(Funding.decisionCase(ljungby, ljungbys)).post("/decision-cases")
                .then().statusCode(201).extract().path("id");

        officerOf(ljungby).body(Funding.step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen"))
                .post("/decision-cases/" + caseId + "/steps").then().statusCode(201);
        officerOf(ljungby).body(Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "Kommunstyrelsens arbetsutskott"))
                .post("/decision-cases/" + caseId + "/steps").then().statusCode(201);
        officerOf(ljungby).body(Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14"))
                .post("/decision-cases/" + caseId + "/steps").then().statusCode(201);

        given().get("/co-funding/" + ljungbys).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void ljungbysOfficerCannotRecordTheBoardsDecisionInAlmhultsCase() {
        String almhults = Funding.createCoFunding(Funding.ljungbyCoFunding(project, almhult));
        String caseId = Funding.createDecisionCase(Funding.decisionCase(almhult, almhults));

        forbidden(officerOf(ljungby).body(Funding.step("OFFICIAL_MEMO", "2017-03-07", "Kommunledningsförvaltningen"))
                .post("/decision-cases/" + caseId + "/steps"));
        forbidden(officerOf(ljungby).body(Funding.boardDecision("REJECTED", "2017-04-11", "2017-04-14"))
                .post("/decision-cases/" + caseId + "/steps"));

        given().get("/decision-cases/" + caseId).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("steps", empty());
        given().get("/co-funding/" + almhults).then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void ljungbysOfficerCannotOpenACaseInAlmhultsName() {
        String almhults = Funding.createCoFunding(Funding.ljungbyCoFunding(project, almhult));

        forbidden(officerOf(ljungby).body(Funding.decisionCase(almhult, almhults)).post("/decision-cases"));

        given().queryParam("coFundingId", almhults).get("/decision-cases").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void ljungbysOfficerCannotPutAlmhultsCoFundingIntoALjungbyCase() {
        String almhults = Funding.createCoFunding(Funding.ljungbyCoFunding(project, almhult));
        String ljungbys = Funding.createCoFunding(Funding.ljungbyCoFunding(project, ljungby));

        forbidden(officerOf(ljungby).body(Funding.decisionCase(ljungby, almhults)).post("/decision-cases"));
        String caseId = officerOf(ljungby).body(Funding.decisionCase(ljungby, ljungbys)).post("/decision-cases")
                .then().statusCode(201).extract().path("id");
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"")
                .body(Funding.decisionCase(ljungby, ljungbys, almhults)).put("/decision-cases/" + caseId));

        given().queryParam("coFundingId", almhults).get("/decision-cases").then()
                .statusCode(200).body("totalItems", equalTo(0));
        given().get("/decision-cases/" + caseId).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void ljungbysOfficerCannotChangeOrDeleteAlmhultsCase() {
        String caseId = Funding.createDecisionCase(Funding.decisionCase(almhult));
        Map<String, Object> renamed = Funding.decisionCase(almhult);

        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").body(renamed).put("/decision-cases/" + caseId));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").body(Funding.decisionCase(ljungby))
                .put("/decision-cases/" + caseId));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").delete("/decision-cases/" + caseId));

        given().get("/decision-cases/" + caseId).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("organisationId", equalTo(almhult));
    }

    private static RequestSpecification officerOf(String municipality) {
        return given().header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, municipality))
                .contentType(ContentType.JSON);
    }
}
