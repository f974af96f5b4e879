package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.samverkan.funding.testdata.Refused.forbidden;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

/**
 * A municipality officer commits its own municipality's money only: Ljungby's officer can neither propose,
 * change, withdraw nor delete Älmhult's co-funding, even with its id, nor write another organisation into a
 * commitment. Each refusal is a 403 that leaves the commitment as it was.
 */
@QuarkusTest
class CoFundingAccessTest {

    @BeforeAll
    static void amounts() {
        Money.readAmountsAsBigDecimal();
    }

    private final String ljungby = Funding.newId();
    private final String almhult = Funding.newId();
    private final String project = Funding.newId();

    @Test
    void ljungbysOfficerProposesLjungbysOwnCoFunding() {
        officerOf(ljungby).body(Funding.ljungbyCoFunding(project, ljungby)).post("/co-funding").then()
                .statusCode(201).body("funderOrganisationId", equalTo(ljungby)).body("status", equalTo("PROPOSED"));
    }

    @Test
    void ljungbysOfficerCannotProposeCoFundingInAlmhultsName() {
        forbidden(officerOf(ljungby).body(Funding.ljungbyCoFunding(project, almhult)).post("/co-funding"));

        given().queryParam("funderOrganisationId", almhult).get("/co-funding").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void ljungbysOfficerCannotChangeAlmhultsCoFundingEvenWithItsId() {
        String almhults = Funding.createCoFunding(Funding.ljungbyCoFunding(project, almhult));
        Map<String, Object> changed = Funding.coFunding(project, almhult, "CASH", Funding.schedule(2017, 999_999));

        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").body(changed).put("/co-funding/" + almhults));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"")
                .body(Funding.ljungbyCoFunding(project, ljungby)).put("/co-funding/" + almhults));

        given().get("/co-funding/" + almhults).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("funderOrganisationId", equalTo(almhult))
                .body("schedule.year", equalTo(List.of(2017, 2018, 2019)));
    }

    @Test
    void ljungbysOfficerCannotWithdrawOrDeleteAlmhultsCoFunding() {
        String almhults = Funding.createCoFunding(Funding.ljungbyCoFunding(project, almhult));

        forbidden(officerOf(ljungby).post("/co-funding/" + almhults + "/withdraw"));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").delete("/co-funding/" + almhults));

        given().get("/co-funding/" + almhults).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("PROPOSED"));
    }

    @Test
    void ljungbysOfficerCannotHandItsOwnCommitmentToAlmhult() {
        String ljungbys = officerOf(ljungby).body(Funding.ljungbyCoFunding(project, ljungby)).post("/co-funding")
                .then().statusCode(201).extract().path("id");

        forbidden(officerOf(ljungby).header("If-Match", "\"0\"")
                .body(Funding.ljungbyCoFunding(project, almhult)).put("/co-funding/" + ljungbys));

        given().get("/co-funding/" + ljungbys).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("funderOrganisationId", equalTo(ljungby));
    }

    @Test
    void ljungbysOfficerWithdrawsLjungbysOwnCoFunding() {
        String ljungbys = Funding.createCoFunding(Funding.ljungbyCoFunding(project, ljungby));

        officerOf(ljungby).post("/co-funding/" + ljungbys + "/withdraw").then()
                .statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void anOfficerWithoutAnOrganisationClaimActsForNoOne() {
        forbidden(given().header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, null)).contentType(ContentType.JSON)
                .body(Funding.ljungbyCoFunding(project, ljungby)).post("/co-funding"));
    }

    @Test
    void fieldsTheClientMayNotSetAreIgnoredNotTaken() {
        // read-only fields sent are ignored (AIP-203): the commitment is the officer's proposal, as every new one is
        for (String field : new String[] {"status", "version", "createdBy", "totalAmount"}) {
            Map<String, Object> body = Funding.ljungbyCoFunding(project, ljungby);
            body.put(field, field.equals("status") ? "APPROVED" : field.equals("createdBy") ? "someone" : 1);
            officerOf(ljungby).body(body).post("/co-funding").then()
                    .statusCode(201)
                    .body("status", equalTo("PROPOSED"))
                    .body("version", equalTo(0))
                    .body("createdBy.role", equalTo(MUNICIPALITY_OFFICER))
                    .body("createdBy.organisationId", equalTo(ljungby))
                    .body("totalAmount", Money.sek("120000.00"));
        }
    }

    private static RequestSpecification officerOf(String municipality) {
        return given().header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, municipality))
                .contentType(ContentType.JSON);
    }
}
