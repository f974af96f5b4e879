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
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.Together;
import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;

/** Many clients at once: no lost update, and one resource per idempotency key. */
@QuarkusTest
class OrganisationConcurrencyTest {

    private static final int CLIENTS = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/organisations")
    URL organisations;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void ofTwentyParallelUpdatesWithTheSameETagOneWinsAndTheRestGet412() throws Exception {
        Map<String, Object> body = Organisations.localGroup();
        String id = Organisations.create(body);
        String etag = given().get("/organisations/" + id).then().extract().header("ETag");

        List<Callable<HttpResponse<String>>> updates = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Map<String, Object> renamed = Map.copyOf(withName(body, body.get("name") + " #" + i));
            updates.add(() -> http.send(HttpRequest.newBuilder(URI.create(organisations + "/" + id))
                    .header("Content-Type", "application/json")
                    .header("Authorization", Tokens.admin()).header("If-Match", etag)
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(renamed))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = Together.run(updates);

        List<HttpResponse<String>> winners = responses.stream().filter(r -> r.statusCode() == 200).toList();
        Set<Integer> statuses = responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet());
        assertEquals(1, winners.size(), "exactly one update wins, statuses: " + statuses);
        assertEquals(Set.of(200, 412), statuses);
        String winningName = JSON.readTree(winners.get(0).body()).get("name").asText();
        given().get("/organisations/" + id).then().statusCode(200)
                .body("name", equalTo(winningName)).body("version", equalTo(1));
    }

    @Test
    void twentyParallelCreatesWithOneIdempotencyKeyMakeOneOrganisationAndTheSameAnswer() throws Exception {
        Map<String, Object> body = Organisations.localGroup();
        String json = JSON.writeValueAsString(body);
        String key = UUID.randomUUID().toString();
        List<Callable<HttpResponse<String>>> creates = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            creates.add(() -> http.send(HttpRequest.newBuilder(organisations.toURI())
                    .header("Content-Type", "application/json")
                    .header("Authorization", Tokens.admin()).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> responses = Together.run(creates);

        assertEquals(Set.of(201), responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()));
        assertEquals(1, responses.stream().map(HttpResponse::body).distinct().count(), "all answers are the same");
        assertEquals(1, responses.stream().map(r -> r.headers().firstValue("Location").orElseThrow()).distinct()
                .count());
        given().queryParam("q", body.get("name")).get("/organisations").then().body("totalItems", equalTo(1));
    }

    private static Map<String, Object> withName(Map<String, Object> body, String name) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put("name", name);
        return copy;
    }
}
