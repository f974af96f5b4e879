package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class ParticipantResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void derivesTheLevelFromTheOrganisationsType() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        given().contentType(ContentType.JSON).body(Projects.participant(ljungby, "ACTIVE", "BENEFICIARY", "PARTNER"))
                .post("/projects/{id}/participants", project)
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("level", equalTo("MUNICIPAL"))
                .body("organisationName", equalTo("Ljungby kommun"))
                .body("roles", contains("BENEFICIARY", "PARTNER"))
                .body("projectId", equalTo(project));
        given().contentType(ContentType.JSON).body(Projects.participant(Organisations.idOfRegion("07"), "ACTIVE"))
                .post("/projects/{id}/participants", project).then().statusCode(201).body("level", equalTo("REGIONAL"));
        given().contentType(ContentType.JSON).body(Projects.participant(Organisations.business(), "INVITED"))
                .post("/projects/{id}/participants", project).then().statusCode(201).body("level", equalTo("LOCAL"));
    }

    @Test
    void allowsOneParticipantPerOrganisationAndProject() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        given().contentType(ContentType.JSON).body(Projects.participant(ljungby, "INVITED"))
                .post("/projects/{id}/participants", project)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("Ljungby kommun already takes part"));
        Projects.addParticipant(Projects.create(), ljungby);
    }

    @Test
    void movesAlongTheLifecycleOnly() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String id = Projects.addParticipant(project, ljungby, "INVITED");
        Map<String, Object> body = Projects.participant(ljungby, "ACTIVE");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/participants/{id}", project, id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("INVITED"))
                .body("detail", containsString("not to ACTIVE"));
        long version = 0;
        for (String status : new String[] {"INTERESTED", "DECIDED", "ACTIVE", "COMPLETED"}) {
            body.put("status", status);
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                    .put("/projects/{p}/participants/{id}", project, id)
                    .then().statusCode(200).body("status", equalTo(status));
            version++;
        }
        body.put("status", "WITHDRAWN");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                .put("/projects/{p}/participants/{id}", project, id)
                .then().statusCode(409).body("detail", containsString("COMPLETED"));
    }

    @Test
    void withdrawsFromAnyStateBeforeCompleted() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String id = Projects.addParticipant(project, ljungby, "DECIDED");
        Map<String, Object> body = Projects.participant(ljungby, "WITHDRAWN");
        body.put("leftOn", "2018-01-31");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/participants/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("leftOn", equalTo("2018-01-31"));
        body.put("status", "ACTIVE");
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body)
                .put("/projects/{p}/participants/{id}", project, id).then().statusCode(409);
    }

    @Test
    void refusesToChangeTheOrganisationOrLeaveBeforeJoining() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String id = Projects.addParticipant(project, ljungby);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Projects.participant(Organisations.idOfMunicipality("0765"), "ACTIVE"))
                .put("/projects/{p}/participants/{id}", project, id)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("organisationId"));
        Map<String, Object> body = Projects.participant(ljungby, "ACTIVE");
        body.put("leftOn", "2017-01-01");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/participants/{id}", project, id)
                .then().statusCode(422).body("errors.field", hasItem("leftOn"));
        given().get("/projects/{p}/participants/{id}", project, id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void refusesUnknownOrganisationsAndMalformedBodies() {
        String project = Projects.create();
        given().contentType(ContentType.JSON)
                .body(Projects.participant("00000000-0000-0000-0000-000000000003", "ACTIVE"))
                .post("/projects/{id}/participants", project)
                .then().statusCode(422).body("errors.field", hasItem("organisationId"));
        Map<String, Object> noRoles = Projects.participant(Organisations.idOfMunicipality("0781"), "ACTIVE");
        noRoles.put("roles", java.util.List.of());
        given().contentType(ContentType.JSON).body(noRoles).post("/projects/{id}/participants", project)
                .then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> badRole = Projects.participant(Organisations.idOfMunicipality("0781"), "ACTIVE");
        badRole.put("roles", java.util.List.of("SPONSOR"));
        given().contentType(ContentType.JSON).body(badRole).post("/projects/{id}/participants", project)
                .then().statusCode(400);
    }

    @Test
    void answersUnknownProjectsAndParticipantsWith404() {
        String unknown = "00000000-0000-0000-0000-000000000004";
        given().get("/projects/{id}/participants", unknown).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Projects.participant(Organisations.idOfMunicipality("0781"), "ACTIVE"))
                .post("/projects/{id}/participants", unknown).then().statusCode(404);
        String project = Projects.create();
        given().get("/projects/{p}/participants/{id}", project, unknown).then().statusCode(404);
        String other = Projects.addParticipant(Projects.create(), Organisations.idOfMunicipality("0781"));
        given().get("/projects/{p}/participants/{id}", project, other).then().statusCode(404);
        given().header("If-Match", "\"0\"").delete("/projects/{p}/participants/{id}", project, other)
                .then().statusCode(404);
    }

    @Test
    void filtersByLevelStatusRoleAndOrganisation() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality("0781");
        String almhult = Organisations.idOfMunicipality("0765");
        String kronoberg = Organisations.idOfRegion("07");
        Projects.post(project, "participants", Projects.participant(ljungby, "ACTIVE", "BENEFICIARY"));
        Projects.post(project, "participants", Projects.participant(almhult, "WITHDRAWN", "BENEFICIARY"));
        Projects.post(project, "participants", Projects.participant(kronoberg, "ACTIVE", "PARTNER"));
        given().queryParam("level", "MUNICIPAL").get("/projects/{id}/participants", project)
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.organisationId", containsInAnyOrder(ljungby, almhult));
        given().queryParam("status", "ACTIVE").get("/projects/{id}/participants", project)
                .then().body("items.organisationId", containsInAnyOrder(ljungby, kronoberg));
        given().queryParam("role", "PARTNER").get("/projects/{id}/participants", project)
                .then().body("items.organisationId", contains(kronoberg))
                .body("items.organisationName", contains("Region Kronoberg"));
        given().queryParam("organisationId", almhult).queryParam("level", "MUNICIPAL")
                .get("/projects/{id}/participants", project)
                .then().body("totalItems", equalTo(1)).body("items[0].status", equalTo("WITHDRAWN"));
        given().queryParam("level", "GLOBAL").get("/projects/{id}/participants", project)
                .then().statusCode(400).body("errors.field", hasItem("level"));
        given().queryParam("organisationId", "nope").get("/projects/{id}/participants", project)
                .then().statusCode(400).body("errors.field", hasItem("organisationId"));
    }

    @Test
    void refusesToDeleteAParticipantThatAPlanRefersTo() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality("0781");
        String participant = Projects.addParticipant(project, ljungby);
        Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        given().header("If-Match", "\"0\"").delete("/projects/{p}/participants/{id}", project, participant)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("1 service plan(s)"));
    }
}
