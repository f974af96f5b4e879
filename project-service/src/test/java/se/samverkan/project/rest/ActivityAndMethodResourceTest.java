package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class ActivityAndMethodResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> meeting(String host, String... participants) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Nätverksträff för processledare");
        body.put("type", "NETWORK_MEETING");
        body.put("date", "2018-10-16");
        body.put("hostOrganisationId", host);
        body.put("participantOrganisationIds", List.of(participants));
        body.put("summary", "Process leaders shared how they drew up their plans");
        return body;
    }

    @Test
    void recordsAnExchangeBetweenParticipants() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String almhult = Organisations.idOfMunicipality("0765");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, almhult);
        String id = given().contentType(ContentType.JSON).body(meeting(ljungby, ljungby, almhult))
                .post("/projects/{id}/activities", project)
                .then().statusCode(201).body("date", equalTo("2018-10-16"))
                .body("participantOrganisationIds", contains(ljungby, almhult)).extract().path("id");
        given().queryParam("organisationId", almhult).get("/projects/{p}/activities", project)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        given().queryParam("sort", "date,desc").queryParam("type", "WORKSHOP").get("/projects/{p}/activities", project)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void refusesParticipantsOrHostsOutsideTheProject() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String motala = Organisations.idOfMunicipality("0583");
        Projects.addParticipant(project, ljungby);
        given().contentType(ContentType.JSON).body(meeting(ljungby, ljungby, motala))
                .post("/projects/{id}/activities", project)
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("Motala kommun"))
                .body("errors.field", hasItem("participantOrganisationIds"));
        given().contentType(ContentType.JSON).body(meeting(motala, ljungby))
                .post("/projects/{id}/activities", project)
                .then().statusCode(422).body("errors.field", hasItem("hostOrganisationId"));
    }

    @Test
    void documentsMethodsOfTheProject() {
        String project = Projects.create();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Modell för flernivåsamverkan kring service");
        body.put("kind", "MODEL");
        body.put("publishedOn", "2020-10-01");
        body.put("documentUrl", "https://www.example.se/servicebanken");
        String id = Projects.post(project, "methods", body);
        given().queryParam("kind", "MODEL").get("/projects/{p}/methods", project)
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].id", equalTo(id));
        body.put("kind", "GUIDE");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/methods/{id}", project, id).then().statusCode(200).body("kind", equalTo("GUIDE"));
        given().header("If-Match", "\"0\"").delete("/projects/{id}", project)
                .then().statusCode(409).body("detail", containsString("1 method(s)"));
        given().header("If-Match", "\"1\"").delete("/projects/{p}/methods/{id}", project, id).then().statusCode(204);
        body.put("kind", "BOOK");
        given().contentType(ContentType.JSON).body(body).post("/projects/{p}/methods", project).then().statusCode(400);
    }
}
