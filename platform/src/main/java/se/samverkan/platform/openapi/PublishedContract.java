package se.samverkan.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import se.samverkan.platform.problem.Problem;

/**
 * What both services' documents say the same way, so that a generator or a validating gateway that reads only
 * the document gets the truth (the contract's rules are in the README, "How the API behaves"):
 * <ul>
 * <li>every error response carries the problem schema ({@link ProblemResponses});</li>
 * <li>every input says the bounds the code enforces where no record field carries them ({@link InputBounds});</li>
 * <li>every operation lists the answers any request can get whatever the operation: 400 (an undeclared or
 * malformed query parameter), 403 for a browser's origin that is not allowed, 429 over the rate limit, 500, and
 * 503 while the database is away or the instance drains; 413 and 415 where the operation reads a body; and every answer carries the {@code RateLimit} and {@code RateLimit-Policy} headers, and the CORS
 * {@code Access-Control-Allow-Origin} for an allowed dashboard's origin;</li>
 * <li>the roles that may call an operation are said in its description: an HTTP bearer scheme has no scopes
 * (OpenAPI gives scopes to OAuth2 and OpenID Connect only), so the requirement lists none;</li>
 * <li>a field that is not required may be null, and is typed so (the services write every field, null when
 * there is no value); a free-form JSON value ({@code JsonNode}) is an object.</li>
 * </ul>
 */
public class PublishedContract implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String JSON_NODE = "#/components/schemas/JsonNode";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponses().filterOpenAPI(openAPI);
        new InputBounds().filterOpenAPI(openAPI);
        addHeaders(openAPI);
        describeBearerScheme(openAPI);
        ConfigProvider.getConfig().getOptionalValue("samverkan.openapi.server", String.class).ifPresent(url -> openAPI
                .servers(List.of(OASFactory.createServer().url(url)
                        .description("A local run (./samverkan up); a deployment serves the same paths at its own address")
                        // the API is for partner systems and clients outside the organisation that runs it
                        .addExtension("x-internal", false))));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values()
                    .forEach(item -> item.getOperations().values().forEach(this::complete));
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null) {
            schemas.values().forEach(PublishedContract::nullableUnlessRequired);
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }

    private void complete(Operation operation) {
        rolesInProse(operation);
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        addIfAbsent(responses, "400", "The request is malformed: an undeclared query parameter, a value of the wrong type");
        addIfAbsent(responses, "403", "A browser page's Origin that the service does not allow (CORS_ORIGINS)");
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, "413", "The body is larger than the service accepts (SAMVERKAN_HTTP_MAX_BODY_BYTES)");
            addIfAbsent(responses, "415", "The body is not in a media type this operation reads");
        }
        addIfAbsent(responses, "429", "Too many requests from this caller: retry after Retry-After seconds");
        addIfAbsent(responses, "500", "An unexpected fault of the service; the problem names no internals");
        addIfAbsent(responses, "503", "The database is away or this instance is shutting down: retry after Retry-After seconds");
        for (Map.Entry<String, APIResponse> entry : responses.getAPIResponses().entrySet()) {
            APIResponse response = entry.getValue();
            if (response.getRef() != null) {
                continue;
            }
            response.addHeader("RateLimit", OASFactory.createHeader().ref("RateLimit"));
            response.addHeader("RateLimit-Policy", OASFactory.createHeader().ref("RateLimit-Policy"));
            response.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader().ref("Access-Control-Allow-Origin"));
            if (entry.getKey().equals("429") || entry.getKey().equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("Retry-After"));
            }
        }
    }

    private static void addIfAbsent(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)))));
        }
    }

    /** The roles SmallRye lists as the bearer scheme's scopes, said in the description instead. */
    private static void rolesInProse(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            return;
        }
        Set<String> roles = new TreeSet<>();
        List<SecurityRequirement> requirements = new ArrayList<>();
        for (SecurityRequirement requirement : operation.getSecurity()) {
            SecurityRequirement withoutScopes = OASFactory.createSecurityRequirement();
            requirement.getSchemes().forEach((scheme, scopes) -> {
                if (scopes != null) {
                    roles.addAll(scopes);
                }
                withoutScopes.addScheme(scheme);
            });
            requirements.add(withoutScopes);
        }
        operation.setSecurity(requirements);
        if (!roles.isEmpty()) {
            String who = "Roles that may call it: " + String.join(", ", roles)
                    + " (the token's groups claim; organisation and county scope as the README's Security section says).";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? who : description + "\n\n" + who);
        }
    }

    private static void describeBearerScheme(OpenAPI openAPI) {
        Map<String, SecurityScheme> schemes = openAPI.getComponents().getSecuritySchemes();
        if (schemes == null) {
            return;
        }
        schemes.values().stream().filter(s -> s.getType() == SecurityScheme.Type.HTTP).forEach(scheme -> scheme
                .description("A JSON Web Token (RFC 7519) from the issuer the service is configured with, sent as "
                        + "`Authorization: Bearer <token>`. Verified as RFC8725 (JWT best current practices) asks: "
                        + "the signature with the issuer's public key and RS256 only (no `none`, no symmetric keys), "
                        + "`iss` and `aud` must match, `exp` is required and checked; a verification is trusted for "
                        + "at most SAMVERKAN_SECURITY_VERIFIED_TOKEN_TTL. The `groups` claim holds the caller's "
                        + "role (admin, national-coordinator, regional-coordinator, municipality-officer, "
                        + "funder-officer, viewer), `org` the organisation and `county` the county it acts for. Each "
                        + "operation's description names the roles that may call it."));
    }

    private static void addHeaders(OpenAPI openAPI) {
        openAPI.getComponents()
                .addHeader("RateLimit", header("The caller's allowance now (IETF draft RateLimit header fields): "
                        + "`default;r=<requests left>;t=<seconds until the bucket is full>`"))
                .addHeader("RateLimit-Policy", header("The caller's limit: `default;q=<burst>;w=<seconds an empty "
                        + "bucket takes to fill>`"))
                .addHeader("Access-Control-Allow-Origin", header("The request's Origin, when it is one of the "
                        + "dashboards' origins the service allows (CORS_ORIGINS); absent otherwise"))
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(
                                java.math.BigDecimal.ZERO).format("int32")));
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).maxLength(200));
    }

    /** Optional properties may be null: said in the type (OpenAPI 3.1 / JSON Schema 2020-12). */
    private static void nullableUnlessRequired(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : new ArrayList<>(schema.getProperties().entrySet())) {
            Schema value = property.getValue();
            if (JSON_NODE.equals(value.getRef())) {
                value.setRef(null);
                value.setType(List.of(Schema.SchemaType.OBJECT));
            }
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(value));
            }
        }
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(schema.getRef());
            Schema wrapper = OASFactory.createSchema()
                    .anyOf(List.of(reference, OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL))));
            wrapper.setDescription(schema.getDescription());
            wrapper.setExamples(schema.getExamples());
            return wrapper;
        }
        if (schema.getType() != null && !schema.getType().isEmpty() && !schema.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
            if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(schema.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
        }
        return schema;
    }
}
