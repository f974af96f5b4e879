package se.samverkan.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A plain JSON-over-HTTP client of one service, as a partner system would use it. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    public ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.token = token;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    public JsonNode get(String path) {
        return send("GET", path, null, Map.of(), 200).body();
    }

    /** The first item of a filtered list, if any. */
    public Optional<JsonNode> first(String path, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        JsonNode items = get(path + (q.isEmpty() ? "" : "?" + q)).path("items");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }

    /** A create under an Idempotency-Key: running it again returns the first answer instead of a duplicate. */
    public JsonNode create(String path, String idempotencyKey, JsonNode body) {
        return send("POST", path, body, Map.of("Idempotency-Key", idempotencyKey), 201).body();
    }

    /** An action (POST without creating), e.g. submitting an application. */
    public JsonNode action(String path, JsonNode body, int... expected) {
        return send("POST", path, body, Map.of(), expected).body();
    }

    /** Reads the resource, applies the change to it and writes it back with If-Match. */
    public JsonNode replace(String path, JsonNode body) {
        Answer current = send("GET", path, null, Map.of(), 200);
        return send("PUT", path, body, Map.of("If-Match", current.etag()), 200).body();
    }

    public record Answer(int status, String etag, JsonNode body) {
    }

    public Answer send(String method, String path, JsonNode body, Map<String, String> headers, int... expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            // in tests, the answer must be one the service's document allows (nothing is registered elsewhere)
            ResponseContract.check(method, response.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
            for (int status : expected) {
                if (response.statusCode() == status) {
                    JsonNode json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
                    return new Answer(status, response.headers().firstValue("ETag").orElse(null), json);
                }
            }
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
