package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.funding.testdata.Refused.forbidden;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/** A municipality officer registers and corrects payments of its own co-funding, and no others. */
@QuarkusTest
class DisbursementAccessTest {

    private final String ljungby = Funding.newId();
    private final String almhult = Funding.newId();
    private final String project = Funding.newId();

    @Test
    void ljungbysOfficerRegistersAPaymentOfLjungbysCoFunding() {
        String ljungbys = Funding.approvedCoFunding(project, ljungby);

        officerOf(ljungby).body(Funding.disbursementOfCoFunding(ljungbys, 2017, 40_000)).post("/disbursements")
                .then().statusCode(201);
    }

    @Test
    void ljungbysOfficerCannotRegisterAPaymentOfAlmhultsCoFunding() {
        String almhults = Funding.approvedCoFunding(project, almhult);

        forbidden(officerOf(ljungby).body(Funding.disbursementOfCoFunding(almhults, 2017, 40_000))
                .post("/disbursements"));

        given().queryParam("coFundingId", almhults).get("/disbursements").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aMunicipalityOfficerCannotRegisterAPaymentOfAGrant() {
        String call = Funding.createCall(Funding.call());
        String application = Funding.grantedApplication(call, project, 1_000_000, 800_000);

        forbidden(officerOf(ljungby).body(Funding.disbursementOfGrant(application, 2017, 1_000))
                .post("/disbursements"));

        given().queryParam("applicationId", application).get("/disbursements").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void ljungbysOfficerCannotCorrectOrDeleteAPaymentOfAlmhultsCoFunding() {
        String almhults = Funding.approvedCoFunding(project, almhult);
        String ljungbys = Funding.approvedCoFunding(project, ljungby);
        String payment = Funding.createDisbursement(almhults);

        forbidden(officerOf(ljungby).header("If-Match", "\"0\"")
                .body(Funding.disbursementOfCoFunding(almhults, 2017, 40_000)).put("/disbursements/" + payment));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"")
                .body(Funding.disbursementOfCoFunding(ljungbys, 2017, 40_000)).put("/disbursements/" + payment));
        forbidden(officerOf(ljungby).header("If-Match", "\"0\"").delete("/disbursements/" + payment));

        given().get("/disbursements/" + payment).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("coFundingId", equalTo(almhults));
    }

    private static RequestSpecification officerOf(String municipality) {
        return given().header("Authorization", Tokens.as(MUNICIPALITY_OFFICER, municipality))
                .contentType(ContentType.JSON);
    }
}
