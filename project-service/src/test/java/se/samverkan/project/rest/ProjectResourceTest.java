package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class ProjectResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void registersAProjectWithLocationETagAndMoneyAsDecimals() {
        Map<String, Object> body = Projects.body();
        String id = given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(201)
                .header("Location", containsString("/projects/"))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(body.get("code")))
                .body("name", equalTo("Service i samverkan"))
                .body("status", equalTo("IMPLEMENTATION"))
                .body("startDate", equalTo("2017-09-01"))
                .body("objectives", hasSize(2))
                .body("createdBy", notNullValue())
                .extract().path("id");
        String json = given().get("/projects/{id}", id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .extract().asString();
        assertTrue(json.contains("\"totalBudget\":16095000.00"), json);
        given().header("If-None-Match", "\"0\"").get("/projects/{id}", id).then().statusCode(304);
    }

    @Test
    void aPutThatChangesNothingChangesNeitherTheVersionNorTheHistory() {
        Map<String, Object> body = Projects.body();
        String id = Projects.create(body);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/projects/" + id)
                    .then().statusCode(200).header("ETag", equalTo("\"0\""));
        }
        given().get("/projects/" + id + "/history").then().body("items.action", contains("CREATED"));
    }

    @Test
    void replaysAnIdempotentCreate() {
        Map<String, Object> body = Projects.body();
        String key = "create-" + body.get("code");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/projects").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/projects").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void refusesADuplicateCode() {
        Map<String, Object> body = Projects.body();
        Projects.create(body);
        given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString((String) body.get("code")));
    }

    @Test
    void refusesToRenameAProjectToAnotherProjectsCode() {
        Map<String, Object> first = Projects.body();
        Projects.create(first);
        Map<String, Object> second = Projects.body();
        String id = Projects.create(second);
        second.put("code", first.get("code"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second).put("/projects/{id}", id)
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("Project code " + first.get("code") + " is already used"));
    }

    @Test
    void refusesAPeriodThatDoesNotEndAfterItStarts() {
        Map<String, Object> body = Projects.body();
        body.put("endDate", "2017-09-01");
        given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("endDate"))
                .body("detail", containsString("not after its start"));
    }

    @Test
    void refusesAnUnknownOwner() {
        Map<String, Object> body = Projects.body();
        body.put("ownerOrganisationId", "00000000-0000-0000-0000-000000000001");
        given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("ownerOrganisationId"));
    }

    @Test
    void refusesMalformedMoneyAndMissingFields() {
        Map<String, Object> negative = Projects.body();
        negative.put("totalBudget", -1);
        given().contentType(ContentType.JSON).body(negative).post("/projects")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("totalBudget"));
        Map<String, Object> decimals = Projects.body();
        decimals.put("totalBudget", 10.005);
        given().contentType(ContentType.JSON).body(decimals).post("/projects")
                .then().statusCode(400).body("errors.field", hasItem("totalBudget"));
        Map<String, Object> missing = Projects.body();
        missing.remove("startDate");
        missing.put("status", "RUNNING");
        given().contentType(ContentType.JSON).body(missing).post("/projects").then().statusCode(400);
        given().queryParam("status", "RUNNING").get("/projects").then().statusCode(400)
                .body("errors.field", hasItem("status"));
    }

    @Test
    void answersAnUnknownProjectWith404() {
        given().get("/projects/{id}", "00000000-0000-0000-0000-000000000002")
                .then().statusCode(404).contentType(PROBLEM);
        given().get("/projects/{id}/history", "00000000-0000-0000-0000-000000000002").then().statusCode(404);
        given().get("/projects/{id}/overview", "00000000-0000-0000-0000-000000000002").then().statusCode(404);
    }

    @Test
    void amendingThePeriodKeepsEachVersionInTheHistory() {
        Map<String, Object> body = Projects.body();
        String id = Projects.create(body);
        body.put("endDate", "2020-11-30");
        given().contentType(ContentType.JSON).body(body).put("/projects/{id}", id)
                .then().statusCode(428).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/projects/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("endDate", equalTo("2020-11-30"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/projects/{id}", id)
                .then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put("/projects/{id}", id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""));
        given().get("/projects/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(2)).body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("CREATED"))
                .body("items[0].state.endDate", equalTo("2020-02-29"))
                .body("items[1].action", equalTo("UPDATED"))
                .body("items[1].version", equalTo(1))
                .body("items[1].changedFields", contains("endDate"))
                .body("items[1].state.endDate", equalTo("2020-11-30"));
    }

    @Test
    void aLongHistoryIsReadInPagesOldestFirstWithItsTotals() {
        Map<String, Object> body = Projects.body();
        String id = Projects.create(body);
        List<String> endDates = List.of("2020-03-31", "2020-04-30", "2020-05-31", "2020-06-30");
        for (int version = 0; version < endDates.size(); version++) {
            body.put("endDate", endDates.get(version));
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"").body(body)
                    .put("/projects/{id}", id).then().statusCode(200);
        }
        given().queryParam("size", 2).get("/projects/{id}/history", id).then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(2))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3))
                .body("items.version", contains(0, 1))
                .body("items.action", contains("CREATED", "UPDATED"))
                .body("items[1].state.endDate", equalTo("2020-03-31"));
        // the first entry of a later page still says what it changed against the version before the page
        given().queryParam("page", 1).queryParam("size", 2).get("/projects/{id}/history", id).then().statusCode(200)
                .body("page", equalTo(1)).body("totalItems", equalTo(5))
                .body("items.version", contains(2, 3))
                .body("items[0].changedFields", contains("endDate"))
                .body("items.state.endDate", contains("2020-04-30", "2020-05-31"));
        given().queryParam("page", 2).queryParam("size", 2).get("/projects/{id}/history", id).then().statusCode(200)
                .body("items.version", contains(4)).body("items[0].changedFields", contains("endDate"));
        given().queryParam("page", 3).queryParam("size", 2).get("/projects/{id}/history", id).then().statusCode(200)
                .body("items", hasSize(0)).body("totalItems", equalTo(5));
        given().queryParam("size", 0).get("/projects/{id}/history", id).then().statusCode(400).contentType(PROBLEM);
        given().queryParam("page", "first").get("/projects/{id}/history", id).then().statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void listsAndFiltersProjectsByOwnerAndStatus() {
        Map<String, Object> body = Projects.body();
        Projects.create(body);
        given().queryParam("ownerOrganisationId", body.get("ownerOrganisationId")).queryParam("status", "IMPLEMENTATION")
                .get("/projects").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].code", equalTo(body.get("code")));
        given().queryParam("ownerOrganisationId", body.get("ownerOrganisationId")).queryParam("status", "CLOSED")
                .get("/projects").then().statusCode(200).body("totalItems", equalTo(0)).body("items", hasSize(0));
        given().queryParam("sort", "budget,asc").get("/projects").then().statusCode(400);
    }

    @Test
    void refusesToDeleteAProjectThatStillHasParticipantsAndNamesThem() {
        String id = Projects.create();
        String participant = Projects.addParticipant(id, Organisations.idOfMunicipality(Organisations.LJUNGBY));
        given().header("If-Match", "\"0\"").delete("/projects/{id}", id)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("1 participant"));
        given().header("If-Match", "\"0\"").delete("/projects/{id}/participants/{p}", id, participant)
                .then().statusCode(204);
        given().header("If-Match", "\"0\"").delete("/projects/{id}", id).then().statusCode(204);
        given().get("/projects/{id}", id).then().statusCode(404);
        given().get("/projects/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATED", "DELETED"));
    }

    @Test
    void refusesToDeleteAnOrganisationThatOwnsOrTakesPartInAProject() {
        Map<String, Object> body = Projects.body();
        String projectId = Projects.create(body);
        String group = Organisations.create(Organisations.localGroup());
        Projects.addParticipant(projectId, group);
        given().header("If-Match", "\"0\"").delete("/organisations/{id}", body.get("ownerOrganisationId"))
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("1 project(s) it owns"));
        given().header("If-Match", "\"0\"").delete("/organisations/{id}", group)
                .then().statusCode(409).body("detail", containsString("1 project participation(s)"));
        List<String> levels = given().queryParam("organisationId", group)
                .get("/projects/{id}/participants", projectId).then().statusCode(200).extract().path("items.level");
        assertEquals(List.of("LOCAL"), levels);
        given().queryParam("ownerOrganisationId", body.get("ownerOrganisationId")).get("/projects")
                .then().body("items.status", everyItem(equalTo("IMPLEMENTATION")));
    }
}
