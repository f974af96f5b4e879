package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * Who made a change is personal data (with a real identity provider, the token's subject is a person's e-mail): an
 * admin or a national coordinator sees the person in createdBy, updatedBy, a history's changedBy and the states it
 * recorded; a viewer, a municipality officer or a regional coordinator sees the role and the organisation the change
 * was made for, and never the person.
 */
@QuarkusTest
class ChangedByVisibilityTest {

    private static final String ANNA = "anna.exempelsson@ljungby.se";
    private static final String NILS = "nils.samordnare@helasverige.se";

    private static String as(String role, String organisationId, String subject) {
        return "Bearer " + DevToken.mint(role, organisationId, null, subject, Duration.ofHours(1));
    }

    private static String[] withoutPersons() {
        return new String[] {Tokens.as("viewer"), Tokens.as("municipality-officer", UUID.randomUUID().toString()),
            Tokens.as("regional-coordinator", null, "07")};
    }

    @Test
    void ljungbysPlanShowsItsOfficersRoleAndMunicipalityToOthersAndAnnaToAdmins() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        String plan = given().header("Authorization", as("municipality-officer", ljungby, ANNA))
                .contentType(ContentType.JSON).body(Projects.plan(ljungby, "DRAFTING"))
                .post("/projects/{p}/service-plans", project).then().statusCode(201).extract().path("id");

        for (String token : withoutPersons()) {
            given().header("Authorization", token).get("/projects/{p}/service-plans/{id}", project, plan).then()
                    .statusCode(200)
                    .body("createdBy.subject", nullValue())
                    .body("createdBy.role", equalTo("municipality-officer"))
                    .body("createdBy.organisationId", equalTo(ljungby))
                    .body("updatedBy.subject", nullValue())
                    .body(not(containsString(ANNA)));
            given().header("Authorization", token).get("/projects/{p}/service-plans", project).then()
                    .statusCode(200).body("items[0].createdBy.role", equalTo("municipality-officer"))
                    .body(not(containsString(ANNA)));
        }
        for (String token : new String[] {Tokens.admin(), Tokens.as("national-coordinator")}) {
            given().header("Authorization", token).get("/projects/{p}/service-plans/{id}", project, plan).then()
                    .statusCode(200).body("createdBy.subject", equalTo(ANNA))
                    .body("createdBy.role", equalTo("municipality-officer"))
                    .body("updatedBy.subject", equalTo(ANNA));
        }
    }

    @Test
    void aProjectsHistoryNamesTheNationalCoordinatorOnlyToThoseWhoMaySeePersons() {
        String nils = as("national-coordinator", null, NILS);
        Map<String, Object> body = Projects.body();
        String project = given().header("Authorization", nils).contentType(ContentType.JSON).body(body)
                .post("/projects").then().statusCode(201).extract().path("id");
        body.put("endDate", "2020-11-30");
        given().header("Authorization", nils).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(body)
                .put("/projects/{id}", project).then().statusCode(200);

        for (String token : withoutPersons()) {
            given().header("Authorization", token).get("/projects/{id}/history", project).then().statusCode(200)
                    .body("items", hasSize(2))
                    .body("items.changedBy.subject", everyItem(nullValue()))
                    .body("items.changedBy.role", everyItem(equalTo("national-coordinator")))
                    .body("items.changedBy.organisationId", everyItem(nullValue()))
                    .body("items[1].state.updatedBy", nullValue())
                    .body(not(containsString(NILS)));
            given().header("Authorization", token).get("/projects/{id}", project).then().statusCode(200)
                    .body("createdBy.role", equalTo("national-coordinator")).body(not(containsString(NILS)));
        }
        given().header("Authorization", Tokens.as("national-coordinator")).get("/projects/{id}/history", project)
                .then().statusCode(200).body("items.changedBy.subject", everyItem(equalTo(NILS)))
                .body("items[1].state.updatedBy", equalTo(NILS));
    }
}
