package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import se.samverkan.devtools.DemoCase;
import se.samverkan.devtools.WebhookReceiver;

/**
 * Events with two funding-service replicas on one database, both running their delivery pass on their own
 * schedule (every second here, SAMVERKAN_WEBHOOKS_POLL_INTERVAL in the failsafe settings): each event reaches a
 * webhook once, whichever replica posts it; and a partner system that keeps its cursor reads every event once, in
 * order, on either replica and across a restart.
 */
class EventsAcrossReplicasIT {

    private static Samverkan samverkan;
    private static ServiceProcess second;
    private static DemoCase.Result demo;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
        second = samverkan.secondFundingReplica();
        demo = samverkan.loadDemo();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void twoReplicasDeliverEachEventOnceWithOneAttempt() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Map<String, Object> subscription = given().baseUri(samverkan.fundingService.baseUrl())
                    .contentType("application/json")
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("se.samverkan.co-funding.proposed")))
                    .post("/webhooks").then().statusCode(201).extract().jsonPath().getMap("");
            String deliveries = "/webhooks/" + subscription.get("id") + "/deliveries";
            List<String> commitments = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                commitments.add(propose(i % 2 == 0 ? samverkan.fundingService.baseUrl() : second.baseUrl(), i));
            }

            Awaitility.await("every delivery made").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().baseUri(second.baseUrl()).queryParam("status", "DELIVERED")
                            .queryParam("size", 200).get(deliveries).then().extract().jsonPath()
                            .getInt("totalItems") == commitments.size());

            JsonPath all = given().baseUri(samverkan.fundingService.baseUrl()).queryParam("size", 200).get(deliveries)
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(commitments.size(), all.getInt("totalItems"));
            assertEquals(Set.of(1), Set.copyOf(all.getList("items.attempts", Integer.class)), "one attempt each");
            List<WebhookReceiver.Received> received = receiver.received();
            assertEquals(commitments.size(), received.size(), "each event posted once");
            assertEquals(received.size(), Set.copyOf(receiver.webhookIds()).size());
            for (String commitment : commitments) {
                assertEquals(1, received.stream().filter(r -> r.body().contains("/co-funding/" + commitment)).count());
            }
            assertTrue(received.stream().allMatch(r -> r.signedWith((String) subscription.get("secret"))));
            String etag = given().baseUri(second.baseUrl()).get("/webhooks/" + subscription.get("id")).then()
                    .extract().header("ETag");
            given().baseUri(second.baseUrl()).header("If-Match", etag).delete("/webhooks/" + subscription.get("id"))
                    .then().statusCode(204);
        }
    }

    @Test
    void theFeedGivesEveryEventOnceInOrderOnEitherReplicaAndAcrossARestart() {
        String start = end(samverkan.fundingService.baseUrl());
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            written.add("/co-funding/" + propose(samverkan.fundingService.baseUrl(), 100 + i));
        }
        JsonPath firstPage = page(samverkan.fundingService.baseUrl(), start, 3);
        List<String> read = new ArrayList<>(firstPage.getList("items.subject"));
        List<String> ids = new ArrayList<>(firstPage.getList("items.id"));
        String cursor = firstPage.getString("next");

        samverkan.fundingService.stop();
        for (int i = 0; i < 4; i++) {
            written.add("/co-funding/" + propose(second.baseUrl(), 200 + i));
        }
        samverkan.fundingService.start();

        for (JsonPath page = page(samverkan.fundingService.baseUrl(), cursor, 3); !page.getList("items").isEmpty();
                page = page(samverkan.fundingService.baseUrl(), page.getString("next"), 3)) {
            read.addAll(page.getList("items.subject"));
            ids.addAll(page.getList("items.id"));
        }
        assertEquals(written, read, "every event once, in the order written");
        assertEquals(ids.size(), new HashSet<>(ids).size());
        assertEquals(ids, page(second.baseUrl(), start, 100).getList("items.id"), "the same feed on the other replica");
    }

    private static String propose(String replica, int i) {
        return given().baseUri(replica).contentType("application/json")
                .body(Map.of("projectId", demo.projectId(), "funderOrganisationId", demo.ljungbyId(), "kind", "IN_KIND",
                        "budgetSource", "Lokaler (exempel) " + i, "schedule", List.of(Map.of("year", 2019,
                                "amount", 100 + i))))
                .post("/co-funding").then().statusCode(201).extract().path("id");
    }

    private static JsonPath page(String replica, String after, int limit) {
        return given().baseUri(replica).queryParam("after", after).queryParam("limit", limit).get("/events").then()
                .statusCode(200).extract().jsonPath();
    }

    private static String end(String replica) {
        String cursor = "";
        for (JsonPath page = page(replica, cursor, 1000); !page.getList("items").isEmpty();
                page = page(replica, cursor, 1000)) {
            cursor = page.getString("next");
        }
        return page(replica, cursor, 1).getString("next");
    }
}
