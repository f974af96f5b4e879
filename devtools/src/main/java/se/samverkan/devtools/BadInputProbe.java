package se.samverkan.devtools;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends every operation of a service's OpenAPI document requests that are wrong on purpose: malformed
 * JSON, wrong types, missing required fields, values out of range (negative or over-precise amounts,
 * impossible dates, strings over their length), unknown enum values and fields, control characters,
 * invalid UTF-8, a 10 MB body, and hostile strings (SQL and script fragments) in paths and parameters.
 * It records every answer that is a 5xx or an error without an {@code application/problem+json} body.
 * <p>
 * Every bound the document states on an input ({@code maxLength}, {@code maxItems}, {@code maximum},
 * {@code minimum}) is also crossed by one: a query parameter or a body field just over it must be a 400 whose
 * problem names that parameter or field, so that a bound the code does not enforce (or enforces elsewhere than
 * the document says) shows up here, for every bounded input at once.
 */
public final class BadInputProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> HOSTILE = List.of("' OR '1'='1", "'; drop table organisation; --",
            "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://x/a}", "%s%s%n", "\u202e\u0000",
            "Robert'); --", "9".repeat(40), "-1", "1e309", "");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> headers;
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    private int requests;
    private int boundsCrossed;
    private JsonNode schemas;

    /** What the probe found. */
    public record Report(int requests, Map<Integer, Integer> statuses, List<String> failures, int boundsCrossed) {
    }

    public BadInputProbe(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.headers = headers;
    }

    public Report run(JsonNode openApi) {
        schemas = openApi.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    probe(method, path.getKey(), op.getValue());
                }
            }
        }
        return new Report(requests, Map.copyOf(statuses), List.copyOf(failures), boundsCrossed);
    }

    private void probe(String method, String template, JsonNode op) {
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        for (String hostile : HOSTILE) {
            if (template.contains("{")) {
                String bad = template.replaceAll("\\{[^}]+}", encode(hostile));
                send(method, bad, bodyFor(op).map(JsonNode::toString).orElse(null));
            }
        }
        for (JsonNode parameter : op.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())) {
                for (String hostile : HOSTILE) {
                    send(method, path + "?" + parameter.path("name").asText() + "=" + encode(hostile), null);
                }
                send(method, path + "?" + parameter.path("name").asText() + "=%00", null);
                String name = parameter.path("name").asText();
                for (String query : overLimitQueries(name, resolve(parameter.path("schema")))) {
                    expectRefused(method, path + "?" + query, null, name);
                }
            }
        }
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (bodySchema.isMissingNode()) {
            return;
        }
        JsonNode schema = resolve(bodySchema);
        ObjectNode valid = sample(schema, 0) instanceof ObjectNode object ? object : NODES.objectNode();
        for (String malformed : List.of("{\"a\":", "[]", "\"text\"", "123", "null", "{\"x\": 1}{", "{}")) {
            send(method, path, malformed);
        }
        sendBytes(method, path, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        ObjectNode unknownField = valid.deepCopy();
        unknownField.put("'; drop table x; --", 1);
        send(method, path, unknownField.toString());
        send(method, path, "{\"" + "x".repeat(10) + "\": \"" + "y".repeat(10 * 1024 * 1024) + "\"}");

        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            for (JsonNode badValue : badValuesFor(resolve(prop.getValue()))) {
                ObjectNode body = valid.deepCopy();
                body.set(prop.getKey(), badValue);
                send(method, path, body.toString());
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
            Map.Entry<String, JsonNode> prop = props.next();
            for (JsonNode overLimit : overLimitValues(resolve(prop.getValue()), valid.path(prop.getKey()), 0)) {
                ObjectNode body = valid.deepCopy();
                body.set(prop.getKey(), overLimit);
                expectRefused(method, path, body.toString(), prop.getKey());
            }
        }
        for (JsonNode required : schema.path("required")) {
            ObjectNode body = valid.deepCopy();
            body.remove(required.asText());
            send(method, path, body.toString());
        }
    }

    /** Values that no field of this schema may take. */
    private List<JsonNode> badValuesFor(JsonNode schema) {
        List<JsonNode> bad = new ArrayList<>();
        String type = type(schema);
        switch (type) {
            case "string" -> {
                bad.add(NODES.numberNode(12345));
                bad.add(NODES.booleanNode(true));
                bad.add(NODES.objectNode());
                bad.add(NODES.textNode("a\u0000b\u0007"));
                if (schema.has("maxLength")) {
                    bad.add(NODES.textNode("x".repeat(schema.path("maxLength").asInt() + 1)));
                }
                if (schema.has("enum")) {
                    bad.add(NODES.textNode("NOT_A_VALUE'; --"));
                }
                String format = schema.path("format").asText();
                if (format.equals("date")) {
                    bad.add(NODES.textNode("2017-02-30"));
                    bad.add(NODES.textNode("07/03/2017"));
                } else if (format.equals("uuid")) {
                    bad.add(NODES.textNode("not-a-uuid"));
                    bad.add(NODES.textNode("' OR 1=1 --"));
                }
            }
            case "number" -> {
                bad.add(NODES.textNode("forty thousand"));
                bad.add(NODES.numberNode(new java.math.BigDecimal("-1")));
                bad.add(NODES.numberNode(new java.math.BigDecimal("40000.001")));
                bad.add(NODES.numberNode(new java.math.BigDecimal("1E+20")));
            }
            case "integer" -> {
                bad.add(NODES.textNode("1"));
                bad.add(NODES.numberNode(new java.math.BigDecimal("1.5")));
                bad.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999")));
                bad.add(NODES.numberNode(-1));
            }
            case "boolean" -> {
                bad.add(NODES.textNode("yes"));
                bad.add(NODES.numberNode(1));
            }
            case "array" -> {
                bad.add(NODES.textNode("not an array"));
                ArrayNode withNull = NODES.arrayNode();
                withNull.addNull();
                bad.add(withNull);
                ArrayNode wrongItems = NODES.arrayNode();
                wrongItems.add(NODES.objectNode().put("unexpected", true));
                bad.add(wrongItems);
            }
            case "object" -> {
                bad.add(NODES.textNode("not an object"));
                bad.add(NODES.arrayNode());
            }
            default -> bad.add(NODES.objectNode().put("unexpected", true));
        }
        return bad;
    }

    /** Query strings that put the parameter just over a bound its schema states. */
    private List<String> overLimitQueries(String name, JsonNode schema) {
        List<String> queries = new ArrayList<>();
        if ("array".equals(type(schema))) {
            JsonNode items = resolve(schema.path("items"));
            if (schema.has("maxItems")) {
                List<String> repeated = new ArrayList<>();
                for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                    repeated.add(name + "=" + encode(sample(items, 0).asText()));
                }
                queries.add(String.join("&", repeated));
            }
            schema = items;
        }
        for (JsonNode value : overLimitValues(schema, sample(schema, 0), 0)) {
            queries.add(name + "=" + encode(value.isTextual() ? value.asText() : value.toString()));
        }
        return queries;
    }

    /**
     * Values just over each bound the schema states: one character over maxLength, one item over maxItems (copies
     * of a valid item), one step over maximum or under minimum, and an array or object holding one such value.
     */
    private List<JsonNode> overLimitValues(JsonNode schema, JsonNode valid, int depth) {
        List<JsonNode> over = new ArrayList<>();
        if (depth > 3) {
            return over;
        }
        switch (type(schema)) {
            case "string" -> {
                if (schema.has("maxLength")) {
                    over.add(NODES.textNode("1".repeat(schema.path("maxLength").asInt() + 1)));
                }
            }
            case "integer", "number" -> {
                java.math.BigDecimal step = schema.has("multipleOf") ? schema.path("multipleOf").decimalValue()
                        : java.math.BigDecimal.ONE;
                if (schema.has("maximum")) {
                    over.add(NODES.numberNode(schema.path("maximum").decimalValue().add(step)));
                }
                if (schema.has("exclusiveMaximum")) {
                    over.add(NODES.numberNode(schema.path("exclusiveMaximum").decimalValue()));
                }
                if (schema.has("minimum")) {
                    over.add(NODES.numberNode(schema.path("minimum").decimalValue().subtract(step)));
                }
                if (schema.has("exclusiveMinimum")) {
                    over.add(NODES.numberNode(schema.path("exclusiveMinimum").decimalValue()));
                }
            }
            case "array" -> {
                JsonNode items = resolve(schema.path("items"));
                JsonNode item = valid.isArray() && valid.size() > 0 ? valid.get(0) : sample(items, depth + 1);
                if (schema.has("maxItems")) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.path("maxItems").asInt(); i++) {
                        tooMany.add(item.deepCopy());
                    }
                    over.add(tooMany);
                }
                for (JsonNode overItem : overLimitValues(items, item, depth + 1)) {
                    over.add(NODES.arrayNode().add(overItem));
                }
            }
            case "object" -> {
                ObjectNode object = valid.isObject() ? (ObjectNode) valid : (ObjectNode) sample(schema, depth + 1);
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext();) {
                    Map.Entry<String, JsonNode> prop = props.next();
                    for (JsonNode overValue : overLimitValues(resolve(prop.getValue()), object.path(prop.getKey()),
                            depth + 1)) {
                        ObjectNode copy = object.deepCopy();
                        copy.set(prop.getKey(), overValue);
                        over.add(copy);
                    }
                }
            }
            default -> {
                // booleans and free-form values state no bounds
            }
        }
        return over;
    }

    /** A value of the right shape (not necessarily one the domain accepts). */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("examples") && schema.path("examples").size() > 0 && !"object".equals(type(schema))
                && !"array".equals(type(schema))) {
            return schema.path("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.path("enum").get(0);
        }
        return switch (type(schema)) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields()
                            .forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(new java.math.BigDecimal("100.00"));
            case "boolean" -> NODES.booleanNode(false);
            default -> switch (schema.path("format").asText()) {
                case "date" -> NODES.textNode("2017-03-07");
                case "uuid" -> NODES.textNode(UUID.randomUUID().toString());
                case "date-time" -> NODES.textNode("2017-03-07T10:00:00Z");
                default -> NODES.textNode("Service i samverkan");
            };
        };
    }

    private JsonNode resolve(JsonNode schema) {
        if (!schema.has("$ref") && schema.path("anyOf").isArray()) {
            for (JsonNode option : schema.path("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        int hops = 0;
        while (schema.has("$ref") && hops++ < 10) {
            String ref = schema.path("$ref").asText();
            JsonNode target = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            if (target.isMissingNode()) {
                return schema;
            }
            schema = target;
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private java.util.Optional<JsonNode> bodyFor(JsonNode op) {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(sample(schema, 0));
    }

    private void send(String method, String path, String body) {
        sendBytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request over a stated bound: it must be a 400 problem whose detail or errors name the input. */
    private void expectRefused(String method, String path, String body, String input) {
        boundsCrossed++;
        HttpResponse<String> response = sendBytes(method, path, body == null ? null
                : body.getBytes(StandardCharsets.UTF_8));
        if (response == null || response.statusCode() >= 500) {
            return; // already a failure
        }
        String what = method + " " + path + (body == null ? "" : " body "
                + preview(body.getBytes(StandardCharsets.UTF_8)));
        if (response.statusCode() != 400) {
            failures.add(response.statusCode() + " for an input over its stated bound (" + input + "): " + what);
            return;
        }
        try {
            JsonNode problem = JSON.readTree(response.body());
            boolean named = false;
            for (JsonNode error : problem.path("errors")) {
                String field = error.path("field").asText();
                named |= field.equals(input) || field.startsWith(input + ".") || field.startsWith(input + "[");
            }
            if (!named) {
                failures.add("400 not naming " + input + " for an input over its stated bound: " + what + ": "
                        + preview(response.body().getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            failures.add("400 without a readable problem for " + what);
        }
    }

    private HttpResponse<String> sendBytes(String method, String path, byte[] body) {
        requests++;
        String what = method + " " + path + (body == null ? "" : " body " + preview(body));
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (List.of("PUT", "PATCH", "DELETE").contains(method)) {
                request.header("If-Match", "\"0\"");
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (status >= 500) {
                failures.add(status + " for " + what + ": " + preview(response.body().getBytes(StandardCharsets.UTF_8)));
            } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                failures.add(status + " without problem+json (" + type + ") for " + what);
            } else if (status >= 200 && status < 300 && !method.equals("GET")) {
                failures.add(status + " accepted a bad request: " + what);
            }
            return response;
        } catch (IllegalArgumentException e) {
            requests--; // a URI the client itself refuses to send is not a request to the server
            return null;
        } catch (IOException e) {
            failures.add("no answer for " + what + ": " + e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String preview(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 160), StandardCharsets.UTF_8);
        return bytes.length > 160 ? text + "... (" + bytes.length + " bytes)" : text;
    }

    public static JsonNode parse(String openApiJson) {
        try {
            return JSON.readTree(openApiJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an OpenAPI JSON document", e);
        }
    }
}
