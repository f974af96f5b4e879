package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class StaffAssignmentResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void placesAProcessLeaderAtFiftyPercentForTwoYearsInLjungby() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Map<String, Object> body = Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31");
        String id = given().contentType(ContentType.JSON).body(body).post("/projects/{id}/staff", project)
                .then().statusCode(201).header("ETag", equalTo("\"0\""))
                .body("role", equalTo("PROCESS_LEADER")).body("ftePercent", equalTo(50))
                .body("placedAtOrganisationId", equalTo(ljungby))
                .body("$", not(hasKey("email")))
                .extract().path("id");
        given().get("/projects/{p}/staff/{id}", project, id).then().statusCode(200)
                .body("email", equalTo(body.get("email")));
        String list = given().get("/projects/{p}/staff", project).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].personName", equalTo("Anna Exempelsson"))
                .extract().asString();
        assertFalse(list.contains("email"), list);
        assertFalse(list.contains((String) body.get("email")), list);
        given().queryParam("role", "REGIONAL_COORDINATOR").get("/projects/{p}/staff", project)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void placesAProcessLeaderOnlyAtAParticipatingMunicipality() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        given().contentType(ContentType.JSON).body(Projects.processLeader(ljungby, 50, "2018-01-01", "2018-12-31"))
                .post("/projects/{id}/staff", project)
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("Ljungby kommun does not take part"))
                .body("errors.field", hasItem("placedAtOrganisationId"));
        String kronoberg = Organisations.idOfRegion("07");
        Projects.addParticipant(project, kronoberg);
        given().contentType(ContentType.JSON).body(Projects.processLeader(kronoberg, 50, "2018-01-01", "2018-12-31"))
                .post("/projects/{id}/staff", project)
                .then().statusCode(422).body("detail", containsString("participating municipality"));
        Map<String, Object> unplaced = Projects.processLeader(ljungby, 50, "2018-01-01", "2018-12-31");
        unplaced.remove("placedAtOrganisationId");
        given().contentType(ContentType.JSON).body(unplaced).post("/projects/{id}/staff", project)
                .then().statusCode(422).body("errors.field", hasItem("placedAtOrganisationId"));
    }

    @Test
    void placesARegionalCoordinatorAtARegionOrCountyBoard() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String kronoberg = Organisations.idOfRegion("07");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, kronoberg);
        Map<String, Object> body = Projects.processLeader(kronoberg, 20, "2018-01-01", "2018-12-31");
        body.put("role", "REGIONAL_COORDINATOR");
        Projects.post(project, "staff", body);
        body.put("placedAtOrganisationId", ljungby);
        body.put("email", "other@example.se");
        given().contentType(ContentType.JSON).body(body).post("/projects/{id}/staff", project)
                .then().statusCode(422).body("errors.field", hasItem("placedAtOrganisationId"));
    }

    @Test
    void refusesAShareOutsideOneToHundredAndAPeriodOutsideTheProjects() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        for (int fte : new int[] {0, 101}) {
            given().contentType(ContentType.JSON).body(Projects.processLeader(ljungby, fte, "2018-01-01", "2018-12-31"))
                    .post("/projects/{id}/staff", project)
                    .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("ftePercent"));
        }
        given().contentType(ContentType.JSON).body(Projects.processLeader(ljungby, 50, "2017-01-01", "2018-12-31"))
                .post("/projects/{id}/staff", project)
                .then().statusCode(422).body("errors.field", hasItem("startDate"))
                .body("detail", containsString("2017-09-01 – 2020-02-29"));
        given().contentType(ContentType.JSON).body(Projects.processLeader(ljungby, 50, "2019-01-01", "2020-06-30"))
                .post("/projects/{id}/staff", project)
                .then().statusCode(422).body("errors.field", hasItem("endDate"));
        given().contentType(ContentType.JSON).body(Projects.processLeader(ljungby, 50, "2019-01-01", "2018-06-30"))
                .post("/projects/{id}/staff", project)
                .then().statusCode(422).body("errors.field", hasItem("endDate"));
    }

    @Test
    void keepsAPersonsTotalAcrossOverlappingAssignmentsAtMostHundred() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String almhult = Organisations.idOfMunicipality("0765");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, almhult);
        Map<String, Object> first = Projects.processLeader(ljungby, 60, "2018-01-01", "2018-12-31");
        Projects.post(project, "staff", first);
        Map<String, Object> second = Projects.processLeader(almhult, 50, "2018-06-01", "2019-06-30");
        second.put("email", ((String) first.get("email")).toUpperCase());
        given().contentType(ContentType.JSON).body(second).post("/projects/{id}/staff", project)
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString("110 % of full time on 2018-06-01"))
                .body("errors.field", hasItem("ftePercent"));
        second.put("ftePercent", 40);
        String secondId = Projects.post(project, "staff", second);
        Map<String, Object> later = Projects.processLeader(almhult, 60, "2019-01-01", "2019-12-31");
        later.put("email", first.get("email"));
        given().contentType(ContentType.JSON).body(later).post("/projects/{id}/staff", project)
                .then().statusCode(201);
        second.put("ftePercent", 41);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(second)
                .put("/projects/{p}/staff/{id}", project, secondId).then().statusCode(422);
    }

    @Test
    void refusesToShortenTheProjectPastItsStaff() {
        Map<String, Object> projectBody = Projects.body();
        String project = Projects.create(projectBody);
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Projects.post(project, "staff", Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31"));
        projectBody.put("endDate", "2019-06-30");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(projectBody)
                .put("/projects/{id}", project)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("1 staff assignment"));
        given().get("/projects/{id}/history", project).then().body("items.size()", equalTo(1));
    }

    @Test
    void updatesAndDeletesWithIfMatch() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Map<String, Object> body = Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31");
        String id = Projects.post(project, "staff", body);
        body.put("ftePercent", 75);
        given().contentType(ContentType.JSON).body(body).put("/projects/{p}/staff/{id}", project, id)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/projects/{p}/staff/{id}", project, id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("ftePercent", equalTo(75));
        given().header("If-Match", "\"0\"").delete("/projects/{p}/staff/{id}", project, id).then().statusCode(412);
        given().header("If-Match", "\"1\"").delete("/projects/{p}/staff/{id}", project, id).then().statusCode(204);
        given().get("/projects/{p}/staff/{id}", project, id).then().statusCode(404).contentType(PROBLEM);
    }
}
