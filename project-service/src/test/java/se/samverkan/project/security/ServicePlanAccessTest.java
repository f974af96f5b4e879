package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * Object- and property-level rules of service plans: a regional coordinator writes the plans of its county's
 * municipalities (Kronoberg 07, not Dalarna 20), a municipality officer its own municipality's plan (Ljungby,
 * not Älmhult). Each refusal is a 403 problem and leaves the plans as they were.
 */
@QuarkusTest
class ServicePlanAccessTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String FALUN = "2080";
    private static final String ALMHULT = "0765";

    private String project;
    private String ljungby;
    private String almhult;
    private String falun;

    @BeforeEach
    void aProjectWithMunicipalitiesInKronobergAndDalarna() {
        project = Projects.create();
        ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        almhult = Organisations.idOfMunicipality(ALMHULT);
        falun = Organisations.idOfMunicipality(FALUN);
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, almhult);
        Projects.addParticipant(project, falun);
    }

    @Test
    void aRegionalCoordinatorOfKronobergWritesLjungbysPlan() {
        String kronoberg = Tokens.as("regional-coordinator", null, "07");
        String id = given().header("Authorization", kronoberg).contentType(ContentType.JSON)
                .body(Projects.plan(ljungby, "DRAFTING")).post("/projects/{p}/service-plans", project)
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", kronoberg).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(ljungby, "CONSULTATION")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("CONSULTATION"));
        given().header("Authorization", kronoberg).header("If-Match", etag(id))
                .delete("/projects/{p}/service-plans/{id}", project, id).then().statusCode(204);
    }

    @Test
    void aRegionalCoordinatorOfKronobergCannotCreateAPlanInDalarna() {
        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).body(Projects.plan(falun, "DRAFTING"))
                .post("/projects/{p}/service-plans", project)
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().get("/projects/{p}/service-plans", project).then().body("totalItems", equalTo(0));
    }

    @Test
    void aRegionalCoordinatorOfKronobergCannotChangeOrDeleteAPlanInDalarna() {
        String id = Projects.post(project, "service-plans", Projects.plan(falun, "DRAFTING"));
        String kronoberg = Tokens.as("regional-coordinator", null, "07");

        given().header("Authorization", kronoberg).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(falun, "CONSULTATION")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", kronoberg).header("If-Match", etag(id))
                .delete("/projects/{p}/service-plans/{id}", project, id).then().statusCode(403).contentType(PROBLEM);

        assertUnchanged(id, falun, "DRAFTING");
    }

    @Test
    void aRegionalCoordinatorOfDalarnaCannotTouchLjungbysPlan() {
        String id = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        given().header("Authorization", Tokens.as("regional-coordinator", null, "20"))
                .contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(ljungby, "CONSULTATION")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(403).contentType(PROBLEM);
        assertUnchanged(id, ljungby, "DRAFTING");
    }

    @Test
    void aRegionalCoordinatorCannotMoveAPlanToAMunicipalityInAnotherCounty() {
        String id = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(falun, "DRAFTING")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(403).contentType(PROBLEM);
        assertUnchanged(id, ljungby, "DRAFTING");
    }

    @Test
    void aRegionalCoordinatorWithoutACountyClaimWritesNoPlan() {
        given().header("Authorization", Tokens.as("regional-coordinator"))
                .contentType(ContentType.JSON).body(Projects.plan(ljungby, "DRAFTING"))
                .post("/projects/{p}/service-plans", project).then().statusCode(403).contentType(PROBLEM);
        given().get("/projects/{p}/service-plans", project).then().body("totalItems", equalTo(0));
    }

    @Test
    void aMunicipalityOfficerOfLjungbyWritesLjungbysPlan() {
        String officer = Tokens.as("municipality-officer", ljungby, null);
        String id = given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Projects.plan(ljungby, "DRAFTING")).post("/projects/{p}/service-plans", project)
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", officer).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(ljungby, "CONSULTATION")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("CONSULTATION"));
    }

    @Test
    void aMunicipalityOfficerOfLjungbyCannotCreateChangeOrDeleteAlmhultsPlan() {
        String officer = Tokens.as("municipality-officer", ljungby, null);
        given().header("Authorization", officer).contentType(ContentType.JSON)
                .body(Projects.plan(almhult, "DRAFTING")).post("/projects/{p}/service-plans", project)
                .then().statusCode(403).contentType(PROBLEM);
        given().get("/projects/{p}/service-plans", project).then().body("totalItems", equalTo(0));

        String id = Projects.post(project, "service-plans", Projects.plan(almhult, "DRAFTING"));
        given().header("Authorization", officer).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(almhult, "CONSULTATION")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", officer).header("If-Match", etag(id))
                .delete("/projects/{p}/service-plans/{id}", project, id).then().statusCode(403).contentType(PROBLEM);
        assertUnchanged(id, almhult, "DRAFTING");
    }

    @Test
    void aMunicipalityOfficerCannotHandItsPlanToAnotherMunicipality() {
        String id = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        given().header("Authorization", Tokens.as("municipality-officer", ljungby, null))
                .contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Projects.plan(almhult, "DRAFTING")).put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(403).contentType(PROBLEM);
        assertUnchanged(id, ljungby, "DRAFTING");
    }

    @Test
    void fieldsTheServerKeepsAreIgnoredNotTaken() {
        // read-only fields a client sends back are ignored (AIP-203): the change is made, the record's own kept
        String id = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        Map<String, Object> body = Projects.plan(ljungby, "CONSULTATION");
        body.put("createdBy", Map.of("subject", "someone-else", "role", "admin"));
        body.put("version", 7);
        given().header("Authorization", Tokens.as("municipality-officer", ljungby, null))
                .contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("CONSULTATION")).body("version", equalTo(1))
                .body("createdBy.role", equalTo("admin")).body("createdBy.subject", equalTo(null));
    }

    /**
     * The existence check comes first: every role may read plans, so a 404 tells a caller nothing it could not
     * read anyway, and the 403 is kept for what exists.
     */
    @Test
    void anUnknownPlanIsA404ForEveryWriter() {
        String unknown = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.as("regional-coordinator", null, "20"))
                .contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Projects.plan(ljungby, "DRAFTING"))
                .put("/projects/{p}/service-plans/{id}", project, unknown).then().statusCode(404);
        given().header("Authorization", Tokens.as("viewer"))
                .get("/projects/{p}/service-plans/{id}", project, unknown).then().statusCode(404);
    }

    private String etag(String id) {
        return given().get("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200)
                .extract().header("ETag");
    }

    private void assertUnchanged(String id, String municipality, String status) {
        given().get("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200)
                .body("municipalityOrganisationId", equalTo(municipality)).body("status", equalTo(status))
                .body("version", equalTo(0));
        given().get("/projects/{p}/service-plans", project).then().body("totalItems", equalTo(1));
    }
}
