package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** A staff member's e-mail is personal data: only admins and national coordinators see it, and only one by one. */
@QuarkusTest
class StaffEmailVisibilityTest {

    private String project;
    private String id;
    private String email;

    @BeforeEach
    void aProcessLeaderInLjungby() {
        project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Map<String, Object> body = Projects.processLeader(ljungby, 50, "2018-01-01", "2019-12-31");
        email = (String) body.get("email");
        id = Projects.post(project, "staff", body);
    }

    @Test
    void adminsAndNationalCoordinatorsSeeTheEmail() {
        for (String role : new String[] {"admin", "national-coordinator"}) {
            given().header("Authorization", Tokens.as(role)).get("/projects/{p}/staff/{id}", project, id)
                    .then().statusCode(200).body("email", equalTo(email));
        }
    }

    @Test
    void viewersAndRegionalCoordinatorsDoNot() {
        given().header("Authorization", Tokens.as("viewer")).get("/projects/{p}/staff/{id}", project, id)
                .then().statusCode(200).body("email", nullValue()).body("personName", equalTo("Anna Exempelsson"));
        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .get("/projects/{p}/staff/{id}", project, id).then().statusCode(200).body("email", nullValue());
    }

    @Test
    void listsNeverShowIt() {
        given().get("/projects/{p}/staff", project).then().statusCode(200)
                .body("items", not(org.hamcrest.Matchers.empty()))
                .body("items", everyItem(not(org.hamcrest.Matchers.hasKey("email"))));
    }
}
