package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.Together;
import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** Rules over several rows of a project hold when many clients write at once. */
@QuarkusTest
class ProjectConcurrencyTest {

    private static final int CLIENTS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/projects")
    URL projects;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tenParallelAssignmentsOfTwentyPercentForOnePersonLetExactlyFiveIn() throws Exception {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby);
        Map<String, Object> body = Projects.processLeader(ljungby, 20, "2018-01-01", "2018-12-31");

        Map<Integer, Long> statuses = countStatuses(postInParallel(project + "/staff", body));

        assertEquals(Map.of(201, 5L, 422, 5L), statuses);
        given().get("/projects/{id}/overview", project).then().statusCode(200)
                .body("staff.totalFtePercent", equalTo(100)).body("staff.byRole.PROCESS_LEADER.people", equalTo(1));
    }

    @Test
    void tenParallelParticipationsOfOneOrganisationMakeOneParticipant() throws Exception {
        String project = Projects.create();
        Map<String, Object> body = Projects.participant(Organisations.idOfMunicipality("0765"), "ACTIVE");

        Map<Integer, Long> statuses = countStatuses(postInParallel(project + "/participants", body));

        assertEquals(Map.of(201, 1L, 409, 9L), statuses);
        given().get("/projects/{id}/participants", project).then().body("totalItems", equalTo(1));
    }

    private List<HttpResponse<String>> postInParallel(String path, Map<String, Object> body) throws Exception {
        String json = JSON.writeValueAsString(body);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            calls.add(() -> http.send(HttpRequest.newBuilder(URI.create(projects + "/" + path))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Tokens.admin())
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        return Together.run(calls);
    }

    private static Map<Integer, Long> countStatuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }
}
