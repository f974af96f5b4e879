package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class ServicePlanResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void recordsAnAdoptedPlanWithWhenAndByWhom() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        String id = given().contentType(ContentType.JSON).body(Projects.plan(ljungby, "ADOPTED"))
                .post("/projects/{id}/service-plans", project)
                .then().statusCode(201).body("status", equalTo("ADOPTED"))
                .body("adoptedOn", equalTo("2019-06-17")).body("adoptedBy", equalTo("Kommunfullmäktige"))
                .extract().path("id");
        given().get("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200)
                .body("ruralAreas", hasItems("Lidhult", "Ryssby"));
        given().queryParam("status", "ADOPTED").get("/projects/{p}/service-plans", project)
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void requiresAdoptionDetailsWhenAndOnlyWhenAdopted() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Map<String, Object> adopted = Projects.plan(ljungby, "ADOPTED");
        adopted.remove("adoptedBy");
        given().contentType(ContentType.JSON).body(adopted).post("/projects/{id}/service-plans", project)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("adoptedBy"));
        Map<String, Object> drafting = Projects.plan(ljungby, "DRAFTING");
        drafting.put("adoptedOn", "2019-06-17");
        given().contentType(ContentType.JSON).body(drafting).post("/projects/{id}/service-plans", project)
                .then().statusCode(422).body("errors.field", hasItem("adoptedOn"))
                .body("detail", containsString("ADOPTED plan only"));
    }

    @Test
    void allowsOnePlanPerParticipatingMunicipality() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String almhult = Organisations.idOfMunicipality("0765");
        String kronoberg = Organisations.idOfRegion("07");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, kronoberg);
        Projects.addParticipant(project, almhult, "WITHDRAWN");
        Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        given().contentType(ContentType.JSON).body(Projects.plan(ljungby, "NOT_STARTED"))
                .post("/projects/{id}/service-plans", project)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("Ljungby kommun already has"));
        given().contentType(ContentType.JSON).body(Projects.plan(almhult, "NOT_STARTED"))
                .post("/projects/{id}/service-plans", project)
                .then().statusCode(422).body("detail", containsString("does not take part"));
        given().contentType(ContentType.JSON).body(Projects.plan(kronoberg, "NOT_STARTED"))
                .post("/projects/{id}/service-plans", project)
                .then().statusCode(422).body("detail", containsString("is a REGION"));
        given().contentType(ContentType.JSON).body(Projects.plan(Organisations.idOfMunicipality("0583"), "NOT_STARTED"))
                .post("/projects/{id}/service-plans", project)
                .then().statusCode(422).body("errors.field", hasItem("municipalityOrganisationId"));
    }

    @Test
    void movesForwardOneStepAtATime() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        String id = Projects.post(project, "service-plans", Projects.plan(ljungby, "NOT_STARTED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Projects.plan(ljungby, "CONSULTATION"))
                .put("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("NOT_STARTED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Projects.plan(ljungby, "DRAFTING"))
                .put("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Projects.plan(ljungby, "CONSULTATION"))
                .put("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Projects.plan(ljungby, "ADOPTED"))
                .put("/projects/{p}/service-plans/{id}", project, id).then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Projects.plan(ljungby, "DRAFTING"))
                .put("/projects/{p}/service-plans/{id}", project, id).then().statusCode(409);
        given().header("If-Match", "\"3\"").delete("/projects/{p}/service-plans/{id}", project, id)
                .then().statusCode(204);
    }

    @Test
    void refusesMalformedPlans() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Map<String, Object> body = Projects.plan(ljungby, "DRAFTING");
        body.put("documentUrl", "javascript:alert(1)");
        given().contentType(ContentType.JSON).body(body).post("/projects/{id}/service-plans", project)
                .then().statusCode(400).body("errors.field", hasItem("documentUrl"));
        body = Projects.plan(ljungby, "FINISHED");
        given().contentType(ContentType.JSON).body(body).post("/projects/{id}/service-plans", project)
                .then().statusCode(400);
        given().queryParam("status", "FINISHED").get("/projects/{id}/service-plans", project).then().statusCode(400);
    }
}
