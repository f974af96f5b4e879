package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Management;
import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.Tokens;
import se.samverkan.platform.security.Roles;

/**
 * Every operation of the OpenAPI document, called without a token (401), by every role that may not call it
 * and by a token without any Samverkan role (403), and by every role that may (neither 401 nor 403). An
 * operation missing from {@link #ALLOWED} fails the test, so a new endpoint cannot ship without its rule.
 * Path ids are random and bodies empty: only the outcome of authentication and role checks matters here; the
 * object-level rules have their own tests.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> EVERYONE = Set.copyOf(DevToken.ROLES);
    private static final Set<String> PROJECT_WRITERS = Set.of(Roles.ADMIN, Roles.NATIONAL_COORDINATOR);
    private static final Set<String> PLAN_WRITERS = Set.of(Roles.ADMIN, Roles.REGIONAL_COORDINATOR,
            Roles.MUNICIPALITY_OFFICER);
    private static final Set<String> SOLUTION_WRITERS = Set.of(Roles.ADMIN, Roles.REGIONAL_COORDINATOR);

    /** Who may call each operation. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("GET /organisations", EVERYONE),
            Map.entry("POST /organisations", PROJECT_WRITERS),
            Map.entry("GET /organisations/{id}", EVERYONE),
            Map.entry("PUT /organisations/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /organisations/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects", EVERYONE),
            Map.entry("POST /projects", PROJECT_WRITERS),
            Map.entry("GET /projects/{id}", EVERYONE),
            Map.entry("PUT /projects/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{id}/history", EVERYONE),
            Map.entry("GET /projects/{id}/overview", EVERYONE),
            Map.entry("GET /projects/{projectId}/participants", EVERYONE),
            Map.entry("POST /projects/{projectId}/participants", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/participants/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/participants/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{projectId}/participants/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/standing/{organisationId}", EVERYONE),
            Map.entry("GET /projects/{projectId}/staff", EVERYONE),
            Map.entry("POST /projects/{projectId}/staff", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/staff/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/staff/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{projectId}/staff/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/activities", EVERYONE),
            Map.entry("POST /projects/{projectId}/activities", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/activities/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/activities/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{projectId}/activities/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/methods", EVERYONE),
            Map.entry("POST /projects/{projectId}/methods", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/methods/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/methods/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{projectId}/methods/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/results", EVERYONE),
            Map.entry("POST /projects/{projectId}/results", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/results/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/results/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /projects/{projectId}/results/{id}", PROJECT_WRITERS),
            Map.entry("GET /projects/{projectId}/service-plans", EVERYONE),
            Map.entry("POST /projects/{projectId}/service-plans", PLAN_WRITERS),
            Map.entry("GET /projects/{projectId}/service-plans/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/service-plans/{id}", PLAN_WRITERS),
            Map.entry("DELETE /projects/{projectId}/service-plans/{id}", PLAN_WRITERS),
            Map.entry("GET /projects/{projectId}/service-solutions", EVERYONE),
            Map.entry("POST /projects/{projectId}/service-solutions", SOLUTION_WRITERS),
            Map.entry("GET /projects/{projectId}/service-solutions/{id}", EVERYONE),
            Map.entry("PUT /projects/{projectId}/service-solutions/{id}", SOLUTION_WRITERS),
            Map.entry("DELETE /projects/{projectId}/service-solutions/{id}", SOLUTION_WRITERS),
            Map.entry("GET /stats/participation", EVERYONE),
            Map.entry("GET /stats/results", EVERYONE),
            Map.entry("GET /exports/iati-activities", EVERYONE),
            Map.entry("GET /exports/project-summaries", EVERYONE),
            Map.entry("GET /events", EVERYONE),
            Map.entry("GET /webhooks", PROJECT_WRITERS),
            Map.entry("POST /webhooks", PROJECT_WRITERS),
            Map.entry("GET /webhooks/{id}", PROJECT_WRITERS),
            Map.entry("DELETE /webhooks/{id}", PROJECT_WRITERS),
            Map.entry("GET /webhooks/{id}/deliveries", PROJECT_WRITERS));

    @BeforeEach
    void withoutTheDefaultAdminToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void everyOperationHasARuleAndEveryRuleAnOperation() {
        Set<String> documented = operations();
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(ALLOWED.keySet());
        Set<String> withoutOperation = new TreeSet<>(ALLOWED.keySet());
        withoutOperation.removeAll(documented);
        assertEquals(Set.of(), withoutRule, "operations without a rule in the table");
        assertEquals(Set.of(), withoutOperation, "rules for operations the service no longer has");
        assertTrue(documented.size() >= 40, "read " + documented.size() + " operations");
    }

    @Test
    void everyOperationNeedsAToken() {
        for (String operation : operations()) {
            call(operation, given()).then()
                    .statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void everyOperationRefusesTheRolesThatMayNotCallIt() {
        List<String> wrong = new ArrayList<>();
        for (String operation : operations()) {
            List<String> refused = new ArrayList<>(DevToken.ROLES.stream()
                    .filter(role -> !ALLOWED.getOrDefault(operation, Set.of()).contains(role)).toList());
            for (String role : refused) {
                expectRefused(operation, role, Tokens.as(role, UUID.randomUUID().toString(), "07"), wrong);
            }
            Map<String, Object> noRole = Tokens.claims("guest");
            expectRefused(operation, "a token without a Samverkan role",
                    Tokens.signedWithTheDevKey(noRole), wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationLetsInTheRolesThatMayCallIt() {
        List<String> wrong = new ArrayList<>();
        for (String operation : operations()) {
            for (String role : ALLOWED.getOrDefault(operation, Set.of())) {
                Response response = call(operation, given().header("Authorization",
                        Tokens.as(role, UUID.randomUUID().toString(), "07")));
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    wrong.add(operation + " as " + role + ": " + response.statusCode() + " "
                            + response.body().asString());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expectRefused(String operation, String role, String authorization, List<String> wrong) {
        Response response = call(operation, given().header("Authorization", authorization));
        boolean problem = response.contentType() != null && response.contentType().startsWith(PROBLEM);
        if (response.statusCode() != 403 || !problem) {
            wrong.add(operation + " as " + role + ": " + response.statusCode() + " " + response.contentType());
        }
    }

    /** The operation with random ids in its path, an empty JSON body for writes and an If-Match for changes. */
    private static Response call(String operation, RequestSpecification request) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType("application/json").body("{}");
        }
        if (method.equals("PUT") || method.equals("DELETE")) {
            request.header("If-Match", "\"0\"");
        }
        return request.request(method, path);
    }

    /** "METHOD /path" of every operation in the service's OpenAPI document. */
    private static Set<String> operations() {
        String document = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(document).getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(key -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(key))
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
