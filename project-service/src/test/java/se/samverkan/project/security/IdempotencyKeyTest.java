package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Tokens;
import se.samverkan.platform.idempotency.IdempotencyKeyPurge;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** An Idempotency-Key replays its answer to the caller that sent it, and only for the retention (24 h). */
@QuarkusTest
class IdempotencyKeyTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    IdempotencyKeyPurge purge;

    @Inject
    DataSource dataSource;

    @Test
    void anotherCallerReplayingAnAdminsKeyRunsItsOwnAccessRulesAndGetsNoReplay() {
        String project = Projects.create();
        String falun = Organisations.idOfMunicipality("2080");
        Projects.addParticipant(project, falun);
        Map<String, Object> solution = Projects.solution(falun, "SERVICE_POINT", "IDEA");
        String key = UUID.randomUUID().toString();
        String created = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(solution)
                .post("/projects/{p}/service-solutions", project).then().statusCode(201).extract().path("id");

        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(solution)
                .post("/projects/{p}/service-solutions", project)
                .then().statusCode(403).contentType(PROBLEM).header("Idempotent-Replayed", nullValue());

        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(solution)
                .post("/projects/{p}/service-solutions", project).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(created));
        given().get("/projects/{p}/service-solutions", project).then().body("totalItems", equalTo(1));
    }

    @Test
    void twoCallersMayUseTheSameKeyEachForTheirOwnResource() {
        String key = UUID.randomUUID().toString();
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Projects.body())
                .post("/projects").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.as("national-coordinator"))
                .contentType(ContentType.JSON).header("Idempotency-Key", key).body(Projects.body())
                .post("/projects").then().statusCode(201).header("Idempotent-Replayed", nullValue())
                .body("id", not(equalTo(first)));
    }

    @Test
    void keysOlderThanTheRetentionArePurgedAndYoungerOnesKept() throws Exception {
        String oldKey = UUID.randomUUID().toString();
        String youngKey = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", oldKey).body(Projects.body())
                .post("/projects").then().statusCode(201);
        Map<String, Object> young = Projects.body();
        String youngId = given().contentType(ContentType.JSON).header("Idempotency-Key", youngKey).body(young)
                .post("/projects").then().statusCode(201).extract().path("id");
        age(oldKey, "25 hours");
        age(youngKey, "23 hours");

        purge.purge();

        given().contentType(ContentType.JSON).header("Idempotency-Key", oldKey).body(Projects.body())
                .post("/projects").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        given().contentType(ContentType.JSON).header("Idempotency-Key", youngKey).body(young)
                .post("/projects").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(youngId));
    }

    private void age(String key, String interval) throws Exception {
        try (var c = dataSource.getConnection(); var update = c.prepareStatement(
                "update idempotency_key set created_at = created_at - ?::interval where idempotency_key = ?")) {
            update.setString(1, interval);
            update.setString(2, key);
            assertEquals(1, update.executeUpdate());
        }
    }
}
