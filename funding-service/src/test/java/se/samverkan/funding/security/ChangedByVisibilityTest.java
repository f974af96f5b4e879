package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/**
 * Who made a change is personal data (with a real identity provider, the token's subject is a person's e-mail): an
 * admin or a national coordinator sees the person in createdBy, updatedBy, a history's changedBy and the states it
 * recorded; every other role sees the role and the organisation the change was made for, and never the person.
 */
@QuarkusTest
class ChangedByVisibilityTest {

    private static final String ANNA = "anna.exempelsson@ljungby.se";

    private final String ljungby = Funding.newId();
    private final String project = Funding.newId();
    private String commitment;

    @BeforeEach
    void annaProposesAndWithdrawsLjungbysCommitment() {
        String anna = "Bearer " + DevToken.mint(MUNICIPALITY_OFFICER, ljungby, null, ANNA, Duration.ofHours(1));
        commitment = given().header("Authorization", anna).contentType(ContentType.JSON)
                .body(Funding.ljungbyCoFunding(project, ljungby)).post("/co-funding")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", anna).post("/co-funding/" + commitment + "/withdraw").then().statusCode(200);
    }

    @Test
    void aViewerOrAnotherMunicipalitysOfficerSeesTheRoleAndOrganisationNotThePerson() {
        for (String token : new String[] {Tokens.as("viewer"), Tokens.as(MUNICIPALITY_OFFICER, Funding.newId()),
            Tokens.as("funder-officer", Funding.newId())}) {
            given().header("Authorization", token).get("/co-funding/" + commitment).then().statusCode(200)
                    .body("createdBy.subject", nullValue())
                    .body("createdBy.role", equalTo(MUNICIPALITY_OFFICER))
                    .body("createdBy.organisationId", equalTo(ljungby))
                    .body("updatedBy.subject", nullValue())
                    .body("updatedBy.role", equalTo(MUNICIPALITY_OFFICER))
                    .body(not(containsString(ANNA)));
            given().header("Authorization", token).get("/co-funding/" + commitment + "/history").then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.changedBy.subject", everyItem(nullValue()))
                    .body("items.changedBy.role", everyItem(equalTo(MUNICIPALITY_OFFICER)))
                    .body("items.changedBy.organisationId", everyItem(equalTo(ljungby)))
                    .body("items.state.createdBy", everyItem(nullValue()))
                    .body(not(containsString(ANNA)));
            given().header("Authorization", token).queryParam("projectId", project).get("/co-funding").then()
                    .statusCode(200).body("items[0].createdBy.role", equalTo(MUNICIPALITY_OFFICER))
                    .body(not(containsString(ANNA)));
        }
    }

    @Test
    void anAdminOrANationalCoordinatorSeesThePerson() {
        for (String token : new String[] {Tokens.admin(), Tokens.as("national-coordinator")}) {
            given().header("Authorization", token).get("/co-funding/" + commitment).then().statusCode(200)
                    .body("createdBy.subject", equalTo(ANNA))
                    .body("createdBy.role", equalTo(MUNICIPALITY_OFFICER))
                    .body("updatedBy.subject", equalTo(ANNA));
            given().header("Authorization", token).get("/co-funding/" + commitment + "/history").then().statusCode(200)
                    .body("items.changedBy.subject", everyItem(equalTo(ANNA)))
                    .body("items.state.createdBy", everyItem(equalTo(ANNA)));
        }
    }
}
