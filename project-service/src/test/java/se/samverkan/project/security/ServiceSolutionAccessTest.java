package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** A regional coordinator writes the service solutions of its county's municipalities and no others. */
@QuarkusTest
class ServiceSolutionAccessTest {

    private static final String PROBLEM = "application/problem+json";

    private String project;
    private String ljungby;
    private String falun;

    @BeforeEach
    void aProjectWithLjungbyAndFalun() {
        project = Projects.create();
        ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        falun = Organisations.idOfMunicipality("2080");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, falun);
    }

    @Test
    void aRegionalCoordinatorOfKronobergWritesASolutionInLjungby() {
        String kronoberg = Tokens.as("regional-coordinator", null, "07");
        String id = given().header("Authorization", kronoberg).contentType(ContentType.JSON)
                .body(Projects.solution(ljungby, "SERVICE_POINT", "IDEA"))
                .post("/projects/{p}/service-solutions", project).then().statusCode(201).extract().path("id");
        given().header("Authorization", kronoberg).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.solution(ljungby, "SERVICE_POINT", "INITIATED"))
                .put("/projects/{p}/service-solutions/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("INITIATED"));
    }

    @Test
    void aRegionalCoordinatorOfKronobergCannotCreateChangeOrDeleteASolutionInDalarna() {
        String kronoberg = Tokens.as("regional-coordinator", null, "07");
        given().header("Authorization", kronoberg).contentType(ContentType.JSON)
                .body(Projects.solution(falun, "SERVICE_POINT", "IDEA"))
                .post("/projects/{p}/service-solutions", project).then().statusCode(403).contentType(PROBLEM);
        given().get("/projects/{p}/service-solutions", project).then().body("totalItems", equalTo(0));

        String id = Projects.post(project, "service-solutions", Projects.solution(falun, "SERVICE_POINT", "IDEA"));
        given().header("Authorization", kronoberg).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.solution(falun, "SERVICE_POINT", "INITIATED"))
                .put("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", kronoberg).header("If-Match", etag(id))
                .delete("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(403)
                .contentType(PROBLEM);
        assertUnchanged(id, falun);
    }

    @Test
    void aRegionalCoordinatorCannotMoveASolutionToAnotherCounty() {
        String id = Projects.post(project, "service-solutions", Projects.solution(ljungby, "SERVICE_POINT", "IDEA"));
        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.solution(falun, "SERVICE_POINT", "IDEA"))
                .put("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(403).contentType(PROBLEM);
        assertUnchanged(id, ljungby);
    }

    @Test
    void aMunicipalityOfficerCannotWriteSolutionsEvenInItsOwnMunicipality() {
        given().header("Authorization", Tokens.as("municipality-officer", ljungby, null))
                .contentType(ContentType.JSON).body(Projects.solution(ljungby, "SERVICE_POINT", "IDEA"))
                .post("/projects/{p}/service-solutions", project).then().statusCode(403).contentType(PROBLEM);
        given().get("/projects/{p}/service-solutions", project).then().body("totalItems", equalTo(0));
    }

    private String etag(String id) {
        return given().get("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(200)
                .extract().header("ETag");
    }

    private void assertUnchanged(String id, String municipality) {
        given().get("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(200)
                .body("municipalityOrganisationId", equalTo(municipality)).body("status", equalTo("IDEA"))
                .body("version", equalTo(0));
        given().get("/projects/{p}/service-solutions", project).then().body("totalItems", equalTo(1));
    }
}
