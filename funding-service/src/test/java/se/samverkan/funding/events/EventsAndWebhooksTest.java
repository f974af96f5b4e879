package se.samverkan.funding.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.awaitility.Awaitility;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.samverkan.devtools.WebhookReceiver;
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.MovableClock;
import se.samverkan.platform.events.DeliveryWorker;
import se.samverkan.platform.events.EventData;
import se.samverkan.platform.events.Outbox;

/**
 * Partner systems hear about funding-service's changes: through the feed, and through webhooks posted to a receiver
 * this test starts, over real HTTP. The delivery pass runs when the test calls it, and "later" is the movable clock.
 */
@QuarkusTest
@TestProfile(MovableClock.Profile.class)
class EventsAndWebhooksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DeliveryWorker worker;

    @Inject
    Outbox outbox;

    private WebhookReceiver receiver;
    private final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void startReceiver() {
        MovableClock.setToday(LocalDate.now());
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        for (String id : subscriptions) {
            given().header("If-Match", given().get("/webhooks/" + id).then().extract().header("ETag"))
                    .delete("/webhooks/" + id);
        }
        receiver.close();
        MovableClock.setToday(LocalDate.now());
    }

    @Test
    void anApprovedCoFundingsEventsArriveSignedAndVerifiableWithTheSecret() throws Exception {
        Map<String, Object> subscription = subscribe(List.of());
        String secret = (String) subscription.get("secret");
        String funder = Funding.newId();
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.decide(coFunding, funder, "APPROVED"); // a 2017 decision: its appeal window is long over

        worker.runOnce();

        List<WebhookReceiver.Received> about = receivedAbout("/co-funding/" + coFunding);
        assertEquals(Set.of("se.samverkan.co-funding.proposed", "se.samverkan.co-funding.approved",
                "se.samverkan.co-funding.legally-final"), Set.copyOf(types(about)));
        assertEquals(3, about.size(), "each event once");
        for (WebhookReceiver.Received request : about) {
            assertTrue(request.signedWith(secret), "signature of " + request.body());
            assertFalse(request.signedWith(WebhookSignatureOfAStranger.SECRET), "a stranger's secret must not verify");
            JsonNode event = JSON.readTree(request.body());
            assertEquals(event.get("id").asText(), request.webhookId(), "webhook-id is the event's id");
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("http://localhost:8082", event.get("source").asText());
            assertEquals("application/json", event.get("datacontenttype").asText());
            assertTrue(request.header("content-type").startsWith("application/json"));
            assertEquals(coFunding, event.get("data").get("coFundingId").asText());
            assertFalse(event.get("data").has("budgetSource"), "no free text in events");
        }
        String approvedBody = about.stream().filter(r -> r.body().contains("co-funding.approved")).findFirst()
                .orElseThrow().body();
        assertTrue(approvedBody.contains("\"totalAmount\":120000.00"), "money with its two decimals: " + approvedBody);
        JsonNode approved = JSON.readTree(approvedBody);
        assertEquals("APPROVED", approved.get("data").get("status").asText());
        assertEquals("2017-05-05", approved.get("data").get("appealWindowEndsOn").asText());

        given().queryParam("status", "DELIVERED").get("/webhooks/" + subscription.get("id") + "/deliveries").then()
                .statusCode(200)
                .body("items.findAll { it.eventType == 'se.samverkan.co-funding.approved' }.size()", equalTo(1))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(204));
    }

    @Test
    void aReceiverThatAnswers500GetsTheSameWebhookIdAgainOnceItsRetryIsDue() {
        receiver.answer(500);
        Map<String, Object> subscription = subscribe(List.of("se.samverkan.co-funding.proposed"));
        String deliveries = "/webhooks/" + subscription.get("id") + "/deliveries";
        String coFunding = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));

        worker.runOnce();
        assertEquals(1, receiver.received().size());
        JsonPath failed = given().get(deliveries).then().statusCode(200)
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(500))
                .body("items[0].lastError", equalTo("HTTP 500"))
                .extract().jsonPath();
        Duration wait = Duration.between(Instant.parse(failed.getString("items[0].lastAttemptAt")),
                Instant.parse(failed.getString("items[0].nextAttemptAt")));
        assertTrue(wait.compareTo(Duration.ZERO) > 0 && wait.compareTo(Duration.ofSeconds(30)) <= 0,
                "the first retry is due within 30 s, not " + wait);

        worker.runOnce();
        assertEquals(1, receiver.received().size(), "not retried before it is due");

        MovableClock.setToday(LocalDate.now().plusDays(1));
        receiver.answer(204);
        worker.runOnce();

        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(2, received.size());
        assertEquals(received.get(0).webhookId(), received.get(1).webhookId());
        assertEquals(received.get(0).body(), received.get(1).body());
        assertTrue(received.get(0).body().contains(coFunding));
        assertNotEquals(received.get(0).header("webhook-timestamp"), received.get(1).header("webhook-timestamp"));
        assertTrue(received.get(1).signedWith((String) subscription.get("secret")));
        given().get(deliveries).then()
                .body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(2))
                .body("items[0].nextAttemptAt", equalTo(null));
    }

    @Test
    void aReceiverThatHangsHoldsUpNoWrite() throws Exception {
        receiver.hold();
        Map<String, Object> subscription = subscribe(List.of("se.samverkan.co-funding.proposed"));
        Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        CompletableFuture<DeliveryWorker.Pass> pass = CompletableFuture.supplyAsync(worker::runOnce);
        Awaitility.await("the delivery reaches the receiver").atMost(Duration.ofSeconds(30))
                .until(() -> receiver.received().size() == 1);

        // the delivery is in flight, and the receiver does not answer: writes go on all the same
        String meanwhile = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        Funding.post("/co-funding/" + meanwhile + "/withdraw", Map.of()).statusCode(200);
        given().get("/webhooks/" + subscription.get("id") + "/deliveries").then()
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].attempts", equalTo(1));

        receiver.release();
        assertEquals(1, pass.get(60, TimeUnit.SECONDS).attempted());
    }

    @Test
    void aWriteThatRollsBackEmitsNothing() {
        String funder = Funding.newId();
        String project = Funding.newId();
        List<String> commitments = new ArrayList<>(List.of(
                Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder)),
                Funding.createCoFunding(Funding.ljungbyCoFunding(project, funder))));
        commitments.sort(null); // the board decides them in id order: the first is approved before the second fails
        String first = commitments.get(0);
        String second = commitments.get(1);
        String caseId = Funding.createDecisionCase(Funding.decisionCase(funder, first, second));
        Funding.post("/co-funding/" + second + "/withdraw", Map.of()).statusCode(200);
        Funding.addStep(caseId, Funding.step("OFFICIAL_MEMO", "2017-03-07", "KLF")).statusCode(201);
        Funding.addStep(caseId, Funding.step("COMMITTEE_PROPOSAL", "2017-03-28", "AU")).statusCode(201);
        String cursor = Feed.end();

        Funding.addStep(caseId, Funding.boardDecision("APPROVED", "2017-04-11", "2017-04-14"))
                .statusCode(409).body("type", equalTo("urn:samverkan:problem:co-funding-withdrawn"));

        assertEquals(List.of(), Feed.after(cursor));
        given().get("/co-funding/" + first).then().body("status", equalTo("PROPOSED"));
    }

    @Test
    void theFeedGivesEveryEventOnceInTheOrderWrittenAndItsCursorGoesOnFromThere() {
        String cursor = Feed.end();
        String funder = Funding.newId();
        String first = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));
        Funding.post("/co-funding/" + first + "/withdraw", Map.of()).statusCode(200);
        String second = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), funder));

        JsonPath page = Feed.page(cursor, 2);
        assertEquals(List.of("/co-funding/" + first, "/co-funding/" + first), page.getList("items.subject"));
        assertEquals(List.of("se.samverkan.co-funding.proposed", "se.samverkan.co-funding.withdrawn"),
                page.getList("items.type"));
        JsonPath rest = Feed.page(page.getString("next"), 2);
        assertEquals(List.of("/co-funding/" + second), rest.getList("items.subject"));
        JsonPath none = Feed.page(rest.getString("next"), 2);
        assertEquals(List.of(), none.getList("items"));
        assertEquals(rest.getString("next"), none.getString("next"), "an empty page keeps the cursor");
        assertEquals(3, Set.copyOf(Feed.after(cursor).stream().map(e -> e.get("id")).toList()).size());
    }

    @Test
    void anEventOfATransactionStillOpenIsNotSkippedOnceItCommits() throws Exception {
        String cursor = Feed.end();
        UUID early = UUID.randomUUID();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> openTransaction = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    outbox.emit("co-funding", early, "proposed", "/co-funding/" + early,
                            EventData.of("coFundingId", early));
                    written.countDown();
                    await(commit);
                }));
        assertTrue(written.await(30, TimeUnit.SECONDS), "the open transaction wrote its event");

        String later = Funding.createCoFunding(Funding.ljungbyCoFunding(Funding.newId(), Funding.newId()));
        JsonPath meanwhile = Feed.page(cursor, 100);
        assertEquals(List.of(), meanwhile.getList("items"),
                "a later commit is held back while an earlier transaction is open");

        commit.countDown();
        openTransaction.get(30, TimeUnit.SECONDS);
        List<Map<String, Object>> events = Feed.after(meanwhile.getString("next"));
        assertEquals(List.of("/co-funding/" + early, "/co-funding/" + later),
                events.stream().map(e -> e.get("subject")).toList());
    }

    @Test
    void subscriptionsToMetadataPrivateOrLoopbackAddressesAreRefused() {
        long before = given().get("/webhooks").then().extract().jsonPath().getLong("totalItems");
        for (String url : List.of("http://169.254.169.254/", "http://10.0.0.1/", "http://127.0.0.1:1/hook",
                "http://[::1]/hook", "http://192.168.1.20/")) {
            Funding.post("/webhooks", Map.of("url", url)).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:samverkan:problem:webhook-address-refused"))
                    .body("errors.field", hasItem("url"));
        }
        Funding.post("/webhooks", Map.of("url", "ftp://partner.example.org/")).statusCode(400)
                .body("errors.field", hasItem("url"));
        Funding.post("/webhooks", Map.of("url", receiver.url(), "eventTypes", List.of("se.samverkan.project.created")))
                .statusCode(400).body("errors.field", hasItem("eventTypes[0]"))
                .body("detail", startsWith("eventTypes: unknown event type"));
        given().get("/webhooks").then().body("totalItems", equalTo((int) before));
    }

    @Test
    void aSubscriptionShowsItsSecretOnceAndCanBeDeleted() {
        Map<String, Object> subscription = subscribe(List.of("se.samverkan.disbursement.recorded"));
        String id = (String) subscription.get("id");
        assertTrue(((String) subscription.get("secret")).startsWith("whsec_"));
        String etag = given().get("/webhooks/" + id).then().statusCode(200)
                .body("url", equalTo(receiver.url()))
                .body("eventTypes", equalTo(List.of("se.samverkan.disbursement.recorded")))
                .body("secret", equalTo(null))
                .body("createdBy", org.hamcrest.Matchers.notNullValue())
                .extract().header("ETag");
        given().get("/webhooks").then().body("items.secret", org.hamcrest.Matchers.everyItem(equalTo(null)));
        given().delete("/webhooks/" + id).then().statusCode(428);
        given().header("If-Match", etag).delete("/webhooks/" + id).then().statusCode(204);
        given().get("/webhooks/" + id).then().statusCode(404);
        given().get("/webhooks/" + id + "/deliveries").then().statusCode(404);
        subscriptions.remove(id);
    }

    private Map<String, Object> subscribe(List<String> eventTypes) {
        Map<String, Object> subscription = Funding.post("/webhooks", Map.of("url", receiver.url(),
                "eventTypes", eventTypes, "description", "Testmottagare"))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/webhooks/"))
                .extract().jsonPath().getMap("");
        subscriptions.add((String) subscription.get("id"));
        return subscription;
    }

    private List<WebhookReceiver.Received> receivedAbout(String subject) {
        return receiver.received().stream().filter(r -> r.body().contains("\"subject\":\"" + subject + "\""))
                .toList();
    }

    private static List<String> types(List<WebhookReceiver.Received> requests) {
        return requests.stream().map(r -> {
            try {
                return JSON.readTree(r.body()).get("type").asText();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A valid secret that is not the subscription's. */
    private static final class WebhookSignatureOfAStranger {
        static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    }
}
