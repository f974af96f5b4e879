package se.samverkan.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;

/**
 * Checks one HTTP response against a service's committed OpenAPI 3.1 document, the way a partner's validating
 * gateway or generated client would read it: the request's method and path must be an operation of the document,
 * the status one that operation documents (exactly, as a range such as {@code 4XX}, or {@code default}), the
 * content type one documented for that status, and a JSON body ({@code application/json} or any {@code +json})
 * must validate against the documented schema (types and nullability, required fields, enums, formats).
 * <p>
 * The schemas are validated by networknt's json-schema-validator with its OpenAPI 3.1 dialect: an OpenAPI 3.1
 * schema is a JSON Schema 2020-12 schema, so a 2020-12 validator reads the document as it is, type arrays with
 * {@code "null"} included (Atlassian's swagger-request-validator reads OpenAPI 3.0 / draft-04 and does not).
 * Each schema is loaded by its JSON pointer inside the document, so its {@code $ref}s resolve in the document.
 * {@code format} is asserted (in 2020-12 it is only an annotation unless asked for): a date that is not a date is
 * a broken contract for a client that parses it.
 */
public final class OpenApiResponseValidator {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Path, OpenApiResponseValidator> BY_DOCUMENT = new ConcurrentHashMap<>();

    /** Where the registry finds the document; the {@code .yaml} ending makes it read as YAML. */
    private static final String DOCUMENT_IRI = "https://samverkan.local/contract/openapi.yaml";

    /**
     * OpenAPI 3.1's schema dialect; the document's own top-level fields are known to it as what they are (not
     * schema keywords), since the schemas are loaded from inside the document.
     */
    private static final Dialect DIALECT = Dialect.builder(Dialects.getOpenApi31())
            .keywords(Stream.of("openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components",
                    "security", "tags", "externalDocs").map(NonValidationKeyword::new).toList())
            .build();

    private final Path document;
    private final JsonNode paths;
    private final String basePath;
    private final List<Template> templates = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** A path of the document and the pattern that matches a request's path to it. */
    private record Template(String path, Pattern pattern, int literalSegments) {
    }

    private OpenApiResponseValidator(Path document) {
        this.document = document;
        JsonNode root;
        try {
            root = YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document " + document, e);
        }
        this.paths = root.path("paths");
        this.basePath = basePath(root.path("servers"));
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            StringBuilder regex = new StringBuilder("^");
            int literal = 0;
            for (String segment : path.substring(1).split("/", -1)) {
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(segment));
                    literal++;
                }
            }
            templates.add(new Template(path, Pattern.compile(regex.append('$').toString()), literal));
        }
        // the most specific template first: /projects/{id}/history before /projects/{id}/{anything}
        templates.sort((a, b) -> Integer.compare(b.literalSegments(), a.literalSegments()));
        // the document is given to the registry under an IRI of its own, read from the file already read here
        String text;
        try {
            text = java.nio.file.Files.readString(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.registry = SchemaRegistry.withDialect(DIALECT, builder -> builder
                .schemas(Map.of(DOCUMENT_IRI, text))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    }

    /** The validator of this document, read once per JVM. */
    public static OpenApiResponseValidator of(Path openApiYaml) {
        return BY_DOCUMENT.computeIfAbsent(openApiYaml.toAbsolutePath().normalize(), OpenApiResponseValidator::new);
    }

    public Path document() {
        return document;
    }

    /**
     * What in this response the document does not allow; empty when it conforms.
     *
     * @param method      the request's method
     * @param rawPath     the request's path as sent (percent-encoded), without the query
     * @param status      the response's status
     * @param contentType the response's {@code Content-Type}, null or empty when it has none
     * @param body        the response's body, empty when it has none
     */
    public List<String> violations(String method, String rawPath, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String path = rawPath.startsWith(basePath) ? rawPath.substring(basePath.length()) : rawPath;
        Template template = templates.stream().filter(t -> t.pattern().matcher(path).matches()).findFirst().orElse(null);
        String verb = method.toLowerCase(Locale.ROOT);
        if (template == null) {
            problems.add(method + " " + path + ": no path of the document matches");
            return problems;
        }
        JsonNode operation = paths.path(template.path()).path(verb);
        if (operation.isMissingNode() && verb.equals("head")) {
            operation = paths.path(template.path()).path("get"); // HEAD answers as GET would, without the body
            verb = "get";
        }
        String where = method + " " + template.path() + " -> " + status;
        if (operation.isMissingNode()) {
            problems.add(where + ": the document has no " + method + " operation on " + template.path());
            return problems;
        }
        String statusKey = statusKey(operation.path("responses"), status);
        if (statusKey == null) {
            problems.add(where + ": status " + status + " is not documented for this operation");
            return problems;
        }
        JsonNode content = operation.path("responses").path(statusKey).path("content");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (body == null || body.isEmpty()) {
            if (!content.isMissingNode() && content.size() > 0 && !method.equalsIgnoreCase("head")) {
                problems.add(where + ": the document promises a body (" + fieldNames(content) + "), none came");
            }
            return problems;
        }
        if (mediaType.isEmpty()) {
            problems.add(where + ": a body without a Content-Type");
            return problems;
        }
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            problems.add(where + ": content type " + mediaType + " is not documented for this status (documented: "
                    + (content.isMissingNode() ? "none" : fieldNames(content)) + ")");
            return problems;
        }
        if (!isJson(mediaType) || !content.path(documented).has("schema")) {
            return problems;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            problems.add(where + " " + mediaType + ": the body is not JSON: " + e.getMessage());
            return problems;
        }
        String pointer = "/paths/" + escape(template.path()) + "/" + verb + "/responses/" + escape(statusKey)
                + "/content/" + escape(documented) + "/schema";
        for (Error error : schema(pointer).validate(instance)) {
            problems.add(where + " " + mediaType + " at " + error.getInstanceLocation() + ": " + error.getMessage()
                    + " (schema " + error.getSchemaLocation() + ")");
        }
        return problems;
    }

    /** Throws an {@link AssertionError} naming every violation and an excerpt of the body. */
    public void assertConforms(String method, String rawPath, int status, String contentType, String body) {
        fail(violations(method, rawPath, status, contentType, body), body);
    }

    /**
     * For a request the document has no operation for (a test proving something is not served): the answer must
     * still be an {@code application/problem+json} body valid against the document's Problem schema.
     */
    public void assertProblem(String method, String rawPath, int status, String contentType, String body) {
        String where = method + " " + rawPath + " -> " + status;
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        if (!mediaType.equals("application/problem+json")) {
            problems.add(where + ": not a problem but [" + mediaType + "]");
        } else {
            try {
                for (Error error : schema("/components/schemas/Problem").validate(JSON.readTree(body))) {
                    problems.add(where + " at " + error.getInstanceLocation() + ": " + error.getMessage());
                }
            } catch (IOException e) {
                problems.add(where + ": the body is not JSON: " + e.getMessage());
            }
        }
        fail(problems, body);
    }

    private void fail(List<String> problems, String body) {
        if (!problems.isEmpty()) {
            throw new AssertionError("The response breaks the contract " + document + ":\n  "
                    + String.join("\n  ", problems) + "\n  body: " + excerpt(body));
        }
    }

    private Schema schema(String pointer) {
        return schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
    }

    /** The exact status, else its range ({@code 4XX}), else {@code default}; null when none is documented. */
    private static String statusKey(JsonNode responses, int status) {
        String exact = Integer.toString(status);
        if (responses.has(exact)) {
            return exact;
        }
        String range = (status / 100) + "XX";
        for (Iterator<String> it = responses.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (key.equalsIgnoreCase(range)) {
                return key;
            }
        }
        return responses.has("default") ? "default" : null;
    }

    /** The documented media type the response's matches: exactly, or a documented {@code type/*} or {@code *}{@code /*}. */
    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String wildcard = mediaType.split("/", 2)[0] + "/*";
        if (content.has(wildcard)) {
            return wildcard;
        }
        return content.has("*/*") ? "*/*" : null;
    }

    static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String basePath(JsonNode servers) {
        if (servers.isArray() && !servers.isEmpty()) {
            String path = URI.create(servers.get(0).path("url").asText("/")).getRawPath();
            if (path != null && !path.isEmpty() && !path.equals("/")) {
                return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            }
        }
        return "";
    }

    /** A JSON pointer's reference token (RFC 6901). */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String excerpt(String body) {
        if (body == null || body.isEmpty()) {
            return "(none)";
        }
        return body.length() > 600 ? body.substring(0, 600) + "... (" + body.length() + " characters)" : body;
    }
}
