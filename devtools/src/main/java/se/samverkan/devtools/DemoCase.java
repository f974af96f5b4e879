package se.samverkan.devtools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Loads the case Samverkan started from, <i>Service i samverkan</i> (2017–2020), through the public API
 * of both services, so the demo also exercises the API. The case is data: {@code demo-case.yaml} next to this
 * class lists the requests, each fact with its sources and what in it is an example (docs/demo-case.md tells
 * the story). Every create carries an Idempotency-Key and every later change first looks at the current state,
 * so running it again changes nothing.
 *
 * <pre>java -cp "samverkan-devtools.jar:lib/*" se.samverkan.devtools.DemoCase PROJECT_URL FUNDING_URL [TOKEN]</pre>
 */
public final class DemoCase {

    private static final Logger LOG = Logger.getLogger(DemoCase.class.getName());
    static final String DATA = "demo-case.yaml";
    /** "${name}": the id of the step called name. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(\\w+)}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, ApiClient> services;

    /** What the loader made, for the caller to show. */
    public record Result(String projectId, String ljungbyId, String funderId, String ljungbyCoFundingId,
            String decisionCaseId, String applicationId) {
    }

    public DemoCase(ApiClient projects, ApiClient funding) {
        this.services = Map.of("projects", projects, "funding", funding);
    }

    public static void main(String[] args) {
        String token = args.length > 2 ? args[2] : null;
        Result result = new DemoCase(new ApiClient(args[0], token), new ApiClient(args[1], token)).load();
        // key=value lines for the run command
        System.out.println("project=" + result.projectId());
        System.out.println("ljungby=" + result.ljungbyId());
        System.out.println("funder=" + result.funderId());
    }

    public Result load() {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode step : data().path("steps")) {
            String id = run(step, ids);
            if (step.has("name")) {
                ids.put(step.path("name").asText(), id);
            }
        }
        LOG.info("Service i samverkan is loaded: project " + ids.get("project"));
        return new Result(ids.get("project"), ids.get("ljungby"), ids.get("tillvaxtverket"),
                ids.get("ljungbyCoFunding"), ids.get("decisionCase"), ids.get("application"));
    }

    /** The demo case, checked to give every step its sources or to say that all of it is an example. */
    static JsonNode data() {
        JsonNode data;
        try (InputStream in = DemoCase.class.getResourceAsStream(DATA)) {
            data = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DATA, e);
        }
        Set<String> known = new HashSet<>();
        data.path("sources").fieldNames().forEachRemaining(known::add);
        for (JsonNode step : data.path("steps")) {
            if (step.path("sources").isEmpty() && !step.has("examples")) {
                throw new IllegalStateException(DATA + ": " + describe(step) + " names no source and no example");
            }
            step.path("sources").forEach(source -> {
                if (!known.contains(source.asText())) {
                    throw new IllegalStateException(DATA + ": " + describe(step) + " names an unknown source " + source);
                }
            });
        }
        return data;
    }

    /** Idempotency keys are visible ASCII: the demo's readable keys with anything else replaced. */
    static String key(String readable) {
        return readable.replaceAll("[^A-Za-z0-9:._-]", "_");
    }

    private String run(JsonNode step, Map<String, String> ids) {
        ApiClient api = services.get(step.path("service").asText("projects"));
        JsonNode body = resolve(step.path("body"), ids);
        if (step.has("find")) {
            Map<String, String> query = new LinkedHashMap<>();
            step.path("find").properties().forEach(f -> query.put(f.getKey(), f.getValue().asText()));
            Optional<JsonNode> found = api.first("/organisations", query)
                    .filter(o -> !step.has("create") || o.path("name").asText().equals(body.path("name").asText()));
            if (found.isPresent()) {
                return found.get().path("id").asText();
            }
            if (!step.has("create")) {
                throw new IllegalStateException("No organisation " + query + " in the registry (" + describe(step) + ")");
            }
        }
        String path = text(step.path("create").asText(), ids);
        JsonNode created = api.create(path, key(text(step.path("key").asText(), ids)), body);
        String self = path + "/" + created.path("id").asText();
        if (step.has("amend") && !shows(created, step.path("amend")) && !shows(api.get(self), step.path("amend"))) {
            api.replace(self, ((ObjectNode) body).setAll((ObjectNode) resolve(step.path("amend"), ids)));
        }
        if (step.has("actions")) {
            String status = api.get(self).path("status").asText();
            for (JsonNode action : step.path("actions")) {
                if (status.equals(action.path("from").asText())) {
                    api.action(self + "/" + action.path("post").asText(), resolve(action.path("body"), ids), 200);
                    status = action.path("to").asText();
                }
            }
        }
        step.path("append").properties().forEach(field -> {
            JsonNode items = field.getValue();
            for (int i = api.get(self).path(field.getKey()).size(); i < items.size(); i++) {
                api.action(self + "/" + field.getKey(), resolve(items.get(i), ids), 200, 201);
            }
        });
        return created.path("id").asText();
    }

    /** Whether the resource already shows every one of these values. */
    private static boolean shows(JsonNode resource, JsonNode values) {
        for (Map.Entry<String, JsonNode> value : values.properties()) {
            if (!resource.path(value.getKey()).asText().equals(value.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    /** A copy of the node with every "${name}" in its texts replaced by that step's id. */
    private static JsonNode resolve(JsonNode node, Map<String, String> ids) {
        if (node.isTextual()) {
            return TextNode.valueOf(text(node.asText(), ids));
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(resolve(item, ids)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties().forEach(field -> copy.set(field.getKey(), resolve(field.getValue(), ids)));
            return copy;
        }
        return node;
    }

    private static String text(String template, Map<String, String> ids) {
        return REFERENCE.matcher(template).replaceAll(reference -> {
            String id = ids.get(reference.group(1));
            if (id == null) {
                throw new IllegalStateException(DATA + ": \"" + template + "\" refers to no earlier step");
            }
            return Matcher.quoteReplacement(id);
        });
    }

    private static String describe(JsonNode step) {
        return "step " + step.path("name").asText(step.path("key").asText(step.path("find").toString()));
    }
}
