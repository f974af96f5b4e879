package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class ServiceSolutionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void startsASolutionInAParticipatingMunicipalityWithLocalPartners() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        String shop = Organisations.business();
        String village = Organisations.create(Organisations.localGroup());
        String id = given().contentType(ContentType.JSON)
                .body(Projects.solution(ljungby, "GROCERY_STORE", "IN_OPERATION", shop, village, shop))
                .post("/projects/{id}/service-solutions", project)
                .then().statusCode(201).body("partnerOrganisationIds", contains(shop, village))
                .body("category", equalTo("GROCERY_STORE")).extract().path("id");
        given().get("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(200)
                .body("locality", equalTo("Lidhult"));
        given().queryParam("category", "GROCERY_STORE").queryParam("status", "IN_OPERATION")
                .get("/projects/{p}/service-solutions", project).then().body("totalItems", equalTo(1));
        given().queryParam("category", "FUEL").get("/projects/{p}/service-solutions", project)
                .then().body("totalItems", equalTo(0));
        given().header("If-Match", "\"0\"").delete("/organisations/{id}", shop)
                .then().statusCode(409).body("detail", containsString("1 service solution(s)"));
    }

    @Test
    void refusesPartnersThatAreNotLocalGroupsOrBusinesses() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        given().contentType(ContentType.JSON)
                .body(Projects.solution(ljungby, "FUEL", "INITIATED", Organisations.idOfRegion("07")))
                .post("/projects/{id}/service-solutions", project)
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("Region Kronoberg is a REGION"))
                .body("errors.field", hasItem("partnerOrganisationIds"));
        given().contentType(ContentType.JSON)
                .body(Projects.solution(ljungby, "FUEL", "INITIATED", "00000000-0000-0000-0000-000000000005"))
                .post("/projects/{id}/service-solutions", project)
                .then().statusCode(422).body("detail", containsString("no organisation"));
    }

    @Test
    void refusesAMunicipalityThatDoesNotTakePart() {
        String project = Projects.create();
        given().contentType(ContentType.JSON)
                .body(Projects.solution(Organisations.idOfMunicipality("0765"), "PARCEL_AND_MAIL", "IDEA"))
                .post("/projects/{id}/service-solutions", project)
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("municipalityOrganisationId"));
        Map<String, Object> badCategory = Projects.solution(Organisations.idOfMunicipality("0765"), "BANK", "IDEA");
        given().contentType(ContentType.JSON).body(badCategory).post("/projects/{id}/service-solutions", project)
                .then().statusCode(400);
    }

    @Test
    void replacesASolutionWithIfMatch() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        String id = Projects.post(project, "service-solutions", Projects.solution(ljungby, "FUEL", "INITIATED"));
        Map<String, Object> body = Projects.solution(ljungby, "FUEL", "IN_OPERATION");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/service-solutions/{id}", project, id)
                .then().statusCode(200).body("status", equalTo("IN_OPERATION")).body("partnerOrganisationIds",
                        equalTo(List.of()));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/service-solutions/{id}", project, id).then().statusCode(412);
    }
}
