package se.samverkan.project.testdata;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Builds projects and what belongs to them, and creates them through the API. */
public final class Projects {

    private Projects() {
    }

    /** A Service i samverkan-like project with a unique code, owned by a new national organisation. */
    public static Map<String, Object> body() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "SIS-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("name", "Service i samverkan");
        body.put("description", "Multi-level collaboration for service in rural areas");
        body.put("ownerOrganisationId", Organisations.create(Organisations.body("NATIONAL_ORGANISATION",
                "Hela Sverige ska leva " + UUID.randomUUID())));
        body.put("startDate", "2017-09-01");
        body.put("endDate", "2020-02-29");
        body.put("status", "IMPLEMENTATION");
        body.put("objectives", List.of("A plan for service in rural areas in every municipality",
                "One new local service solution per municipality"));
        body.put("totalBudget", 16095000.00);
        return body;
    }

    public static String create() {
        return create(body());
    }

    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/projects").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> participant(String organisationId, String status, String... roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("roles", roles.length == 0 ? List.of("PARTNER") : List.of(roles));
        body.put("status", status);
        body.put("joinedOn", "2017-09-01");
        return body;
    }

    /** Adds the organisation to the project as an ACTIVE partner and returns the participant's id. */
    public static String addParticipant(String projectId, String organisationId) {
        return addParticipant(projectId, organisationId, "ACTIVE");
    }

    public static String addParticipant(String projectId, String organisationId, String status) {
        return post(projectId, "participants", participant(organisationId, status));
    }

    public static Map<String, Object> processLeader(String municipalityId, int ftePercent, String start, String end) {
        Map<String, Object> body = new HashMap<>();
        body.put("personName", "Anna Exempelsson");
        body.put("email", "anna.exempelsson." + UUID.randomUUID().toString().substring(0, 8) + "@example.se");
        body.put("role", "PROCESS_LEADER");
        body.put("employerOrganisationId", municipalityId);
        body.put("placedAtOrganisationId", municipalityId);
        body.put("ftePercent", ftePercent);
        body.put("startDate", start);
        body.put("endDate", end);
        return body;
    }

    public static Map<String, Object> plan(String municipalityId, String status) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityOrganisationId", municipalityId);
        body.put("title", "Serviceplan för landsbygden");
        body.put("status", status);
        if ("ADOPTED".equals(status)) {
            body.put("adoptedOn", "2019-06-17");
            body.put("adoptedBy", "Kommunfullmäktige");
        }
        body.put("ruralAreas", List.of("Lidhult", "Ryssby"));
        return body;
    }

    public static Map<String, Object> solution(String municipalityId, String category, String status,
            String... partnerIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("municipalityOrganisationId", municipalityId);
        body.put("locality", "Lidhult");
        body.put("category", category);
        body.put("status", status);
        body.put("partnerOrganisationIds", new ArrayList<>(List.of(partnerIds)));
        body.put("startedOn", "2019-03-01");
        return body;
    }

    /** POSTs the body to the project's sub-resource, expecting 201, and returns the new id. */
    public static String post(String projectId, String subResource, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/projects/{id}/" + subResource, projectId).then().statusCode(201).extract().path("id");
    }
}
