package se.samverkan.project.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.WebhookReceiver;
import se.samverkan.platform.events.DeliveryWorker;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * Partner systems hear about project-service's changes: a project's life from creation to a service solution in
 * operation, through the feed and through a webhook receiver this test starts, over real HTTP.
 */
@QuarkusTest
class ProjectEventsTest {

    @Inject
    DeliveryWorker worker;

    private WebhookReceiver receiver;
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        for (String id : subscriptions) {
            given().header("If-Match", given().get("/webhooks/" + id).then().extract().header("ETag"))
                    .delete("/webhooks/" + id);
        }
        receiver.close();
    }

    @Test
    void aProjectsChangesArriveSignedAndInTheFeedInTheOrderMadeWithoutPersonalData() {
        Map<String, Object> subscription = given().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "description", "Regionens dashboard"))
                .post("/webhooks").then().statusCode(201).extract().jsonPath().getMap("");
        subscriptions.add((String) subscription.get("id"));
        String cursor = feedEnd();

        Map<String, Object> body = Projects.body();
        String project = Projects.create(body);
        body.put("endDate", "2020-11-30"); // the period was extended
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/projects/{id}", project)
                .then().statusCode(200);
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String participant = Projects.post(project, "participants",
                Projects.participant(ljungby, "INTERESTED", "PARTNER"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Projects.participant(ljungby, "DECIDED", "PARTNER"))
                .put("/projects/{p}/participants/{id}", project, participant).then().statusCode(200);
        Projects.post(project, "staff", Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31"));
        String plan = Projects.post(project, "service-plans", Projects.plan(ljungby, "ADOPTED"));
        String solution = Projects.post(project, "service-solutions",
                Projects.solution(ljungby, "GROCERY_STORE", "IN_OPERATION"));

        List<Map<String, Object>> events = eventsAfter(cursor);
        assertEquals(List.of(
                "se.samverkan.project.created /projects/" + project,
                "se.samverkan.project.updated /projects/" + project,
                "se.samverkan.participant.added /projects/" + project + "/participants/" + participant,
                "se.samverkan.participant.status-changed /projects/" + project + "/participants/" + participant,
                "se.samverkan.service-plan.adopted /projects/" + project + "/service-plans/" + plan,
                "se.samverkan.service-solution.started /projects/" + project + "/service-solutions/" + solution),
                events.stream().map(e -> e.get("type") + " " + e.get("subject")).toList());
        JsonPath updated = JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(events.get(1))
                .toString());
        assertEquals(List.of("endDate"), updated.getList("data.changedFields"));
        assertEquals("DECIDED", ((Map<?, ?>) events.get(3).get("data")).get("status"));
        assertEquals("INTERESTED", ((Map<?, ?>) events.get(3).get("data")).get("previousStatus"));
        String feed = given().queryParam("after", cursor).queryParam("limit", 1000).get("/events").asString();
        assertFalse(feed.contains("Exempelsson") || feed.contains("@example.se"), "no staff in the events");

        worker.runOnce();

        List<WebhookReceiver.Received> received = receiver.received().stream()
                .filter(r -> r.body().contains("/projects/" + project)).toList();
        assertEquals(6, received.size());
        for (WebhookReceiver.Received request : received) {
            assertTrue(request.signedWith((String) subscription.get("secret")), request.body());
            assertTrue(request.body().contains("\"source\":\"http://localhost:8081\""));
        }
        assertEquals(events.stream().map(e -> e.get("id")).sorted().toList(),
                received.stream().map(WebhookReceiver.Received::webhookId).sorted().toList());
    }

    @Test
    void everyRoleReadsTheFeedAndOnlyAdminsAndNationalCoordinatorsSubscribe() {
        given().header("Authorization", "Bearer " + DevToken.mint("viewer", null, null)).get("/events").then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + DevToken.mint("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).body(Map.of("url", receiver.url())).post("/webhooks").then()
                .statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("url", "http://169.254.169.254/latest/meta-data/"))
                .post("/webhooks").then().statusCode(422).body("errors.field", hasItem("url"));
        given().queryParam("after", "' OR '1'='1").get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
        given().queryParam("limit", 1001).get("/events").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private static String feedEnd() {
        String cursor = "";
        while (true) {
            JsonPath page = given().queryParam("after", cursor).queryParam("limit", 1000).get("/events").then()
                    .statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return page.getString("next");
            }
            cursor = page.getString("next");
        }
    }

    private static List<Map<String, Object>> eventsAfter(String cursor) {
        return given().queryParam("after", cursor).queryParam("limit", 1000).get("/events").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
