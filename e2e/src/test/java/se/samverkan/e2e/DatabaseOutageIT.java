package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database goes away and comes back while the services run: requests are answered with 503 problem+json and
 * {@code Retry-After} once the pool gives up (its 5 s acquisition time-out), never left hanging (every request of the
 * e2e tests gives up after {@link Samverkan#PATIENCE_MILLIS}); readiness says DOWN, and both services recover by
 * themselves, without a restart.
 */
class DatabaseOutageIT {

    private static Samverkan samverkan;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void answers503FastWhileTheDatabaseIsAwayAndRecoversWithoutARestart() {
        String projects = samverkan.projectService.baseUrl();
        given().baseUri(projects).get("/organisations?type=REGION").then().statusCode(200);

        samverkan.stopDatabase();
        for (int i = 0; i < 3; i++) {
            given().baseUri(projects).get("/organisations?type=REGION")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5"))
                    .body("type", equalTo("urn:samverkan:problem:unavailable"))
                    .body("detail", containsString("database"))
                    // a server error names its trace, so that a report of it leads to the trace and the log lines
                    .body("traceId", matchesPattern("[0-9a-f]{32}"));
            given().baseUri(projects).contentType("application/json")
                    .body("{\"type\": \"BUSINESS\", \"name\": \"Lanthandeln i Lidhult\", \"municipalityCode\": \"0781\"}")
                    .post("/organisations")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("5")).body("detail", containsString("database"));
        }
        String projectsManagement = samverkan.projectService.managementUrl();
        given().baseUri(projectsManagement).get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().baseUri(samverkan.fundingService.managementUrl()).get("/q/health/ready").then().statusCode(503);
        given().baseUri(projectsManagement).get("/q/health/live").then().statusCode(200);

        samverkan.startDatabase();
        Awaitility.await("project-service recovers").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().baseUri(projects).get("/organisations?type=REGION").statusCode() == 200);
        given().baseUri(projects).get("/organisations?type=REGION").then().statusCode(200)
                .body("totalItems", equalTo(21));
        given().baseUri(projects).contentType("application/json")
                .body("{\"type\": \"BUSINESS\", \"name\": \"Lanthandeln i Lidhult\", \"municipalityCode\": \"0781\"}")
                .post("/organisations").then().statusCode(201);
        given().baseUri(projects).get("/organisations?q=Lanthandeln i Lidhult")
                .then().body("totalItems", equalTo(1));
        Awaitility.await("funding-service ready again").atMost(Duration.ofSeconds(60))
                .until(() -> samverkan.fundingService.managementStatus("/q/health/ready") == 200);
    }
}
