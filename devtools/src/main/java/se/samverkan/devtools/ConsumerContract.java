package se.samverkan.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The consumer's side of a link between the services, checked against the provider's committed OpenAPI
 * document: the operation the client calls exists with the parameters it sends, and every field of the
 * consumer's own response record exists in the provider's response schema with a compatible type. So
 * renaming or retyping a field the other service reads fails the consumer's build.
 */
public final class ConsumerContract {

    private final JsonNode document;
    private final JsonNode schemas;
    private final String provider;

    private ConsumerContract(String provider, JsonNode document) {
        this.provider = provider;
        this.document = document;
        this.schemas = document.path("components").path("schemas");
    }

    public static ConsumerContract of(Path providerOpenApiYaml) {
        try {
            return new ConsumerContract(providerOpenApiYaml.toString(),
                    new ObjectMapper(new YAMLFactory()).readTree(providerOpenApiYaml.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the provider's contract " + providerOpenApiYaml, e);
        }
    }

    /**
     * Checks every method of a REST client interface (JAX-RS annotations): its HTTP method and path, its
     * query parameters, and the fields of the record it returns (a record with {@code items} is read as
     * the paged envelope of its type argument).
     */
    public List<String> mismatches(Class<?> client) {
        List<String> problems = new ArrayList<>();
        String base = pathOf(client.getAnnotations());
        for (java.lang.reflect.Method method : client.getDeclaredMethods()) {
            String verb = null;
            for (java.lang.annotation.Annotation a : method.getAnnotations()) {
                jakarta.ws.rs.HttpMethod http = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                if (http != null) {
                    verb = http.value();
                }
            }
            if (verb == null) {
                continue;
            }
            String path = ("/" + base + "/" + pathOf(method.getAnnotations())).replaceAll("/+", "/");
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            List<String> query = new ArrayList<>();
            for (java.lang.annotation.Annotation[] annotations : method.getParameterAnnotations()) {
                for (java.lang.annotation.Annotation a : annotations) {
                    if (a instanceof jakarta.ws.rs.QueryParam q) {
                        query.add(q.value());
                    }
                }
            }
            Class<?> returned = method.getReturnType();
            boolean paged = returned.isRecord() && java.util.Arrays.stream(returned.getRecordComponents())
                    .anyMatch(c -> c.getName().equals("items"));
            Class<?> reads = returned;
            if (paged && method.getGenericReturnType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> item) {
                reads = item;
            }
            if (!reads.isRecord()) {
                problems.add(client.getSimpleName() + "." + method.getName() + " must return a record");
                continue;
            }
            @SuppressWarnings("unchecked")
            Class<? extends Record> record = (Class<? extends Record>) reads;
            problems.addAll(mismatches(verb, path, query, 200, record, paged));
        }
        return problems;
    }

    private static String pathOf(java.lang.annotation.Annotation[] annotations) {
        for (java.lang.annotation.Annotation a : annotations) {
            if (a instanceof jakarta.ws.rs.Path path) {
                return path.value();
            }
        }
        return "";
    }

    /**
     * What differs between the consumer's use of {@code method path} and the provider's document.
     *
     * @param queryParameters the query parameters the client sends
     * @param status          the success status the client reads
     * @param reads           the consumer's record for that response (its components are the fields it reads)
     * @param paged           true when the response is the paged envelope and {@code reads} is one item
     */
    public List<String> mismatches(String method, String path, List<String> queryParameters, int status,
            Class<? extends Record> reads, boolean paged) {
        List<String> problems = new ArrayList<>();
        JsonNode operation = operation(path, method);
        if (operation.isMissingNode()) {
            problems.add(provider + " has no " + method + " " + path);
            return problems;
        }
        for (String name : queryParameters) {
            boolean found = false;
            for (JsonNode parameter : operation.path("parameters")) {
                found |= parameter.path("name").asText().equals(name) && parameter.path("in").asText().equals("query");
            }
            if (!found) {
                problems.add(method + " " + path + " has no query parameter " + name);
            }
        }
        JsonNode schema = resolve(operation.path("responses").path(Integer.toString(status)).path("content")
                .path("application/json").path("schema"));
        if (schema.isMissingNode()) {
            problems.add(method + " " + path + " documents no JSON response for " + status);
            return problems;
        }
        if (paged) {
            schema = resolve(schema.path("properties").path("items").path("items"));
        }
        compare(reads, schema, method + " " + path, problems);
        return problems;
    }

    /** Path parameters' names do not matter, only where they are: /projects/{id} matches /projects/{projectId}. */
    private JsonNode operation(String path, String method) {
        String wanted = path.replaceAll("\\{[^}]+}", "{}");
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> it = document.path("paths").fields(); it.hasNext();) {
            java.util.Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().replaceAll("\\{[^}]+}", "{}").equals(wanted)) {
                return entry.getValue().path(method.toLowerCase());
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private void compare(Class<?> record, JsonNode schema, String where, List<String> problems) {
        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = resolve(schema.path("properties").path(component.getName()));
            String at = where + " ." + component.getName();
            if (property.isMissingNode()) {
                problems.add(at + ": the provider has no such field");
                continue;
            }
            String expected = jsonType(component.getType());
            String actual = type(property);
            if (!expected.equals(actual)) {
                problems.add(at + ": the consumer reads " + expected + ", the provider gives " + actual);
            } else if (expected.equals("array")) {
                Type generic = component.getGenericType();
                if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item
                        && item.isRecord()) {
                    compare(item, resolve(property.path("items")), at + "[]", problems);
                }
            } else if (component.getType().isRecord()) {
                compare(component.getType(), property, at, problems);
            } else if (component.getType().isEnum() && property.has("enum")) {
                for (Object constant : component.getType().getEnumConstants()) {
                    boolean known = false;
                    for (JsonNode value : property.path("enum")) {
                        known |= value.asText().equals(constant.toString());
                    }
                    if (!known) {
                        problems.add(at + ": the provider never sends " + constant);
                    }
                }
            }
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == String.class || type == UUID.class || type == LocalDate.class || type == Instant.class
                || type.isEnum()) {
            return "string";
        }
        if (type == BigDecimal.class) {
            return "number";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    /** Follows references, and a nullable field's {@code anyOf: [{$ref}, {type: null}]} to what it is when set. */
    private JsonNode resolve(JsonNode schema) {
        for (int hops = 0; hops < 10; hops++) {
            if (schema.has("$ref")) {
                String ref = schema.path("$ref").asText();
                schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
            } else if (nonNullAlternative(schema) != null) {
                schema = nonNullAlternative(schema);
            } else {
                break;
            }
        }
        return schema;
    }

    private static JsonNode nonNullAlternative(JsonNode schema) {
        for (String combinator : List.of("anyOf", "oneOf")) {
            JsonNode alternatives = schema.path(combinator);
            if (alternatives.isArray()) {
                List<JsonNode> set = new ArrayList<>();
                alternatives.forEach(a -> {
                    if (!"null".equals(a.path("type").asText())) {
                        set.add(a);
                    }
                });
                if (set.size() == 1) {
                    return set.get(0);
                }
            }
        }
        return null;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "unknown";
    }
}
