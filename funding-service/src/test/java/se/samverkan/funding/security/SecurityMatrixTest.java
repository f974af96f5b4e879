package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.samverkan.platform.security.Roles.ADMIN;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;
import static se.samverkan.platform.security.Roles.MUNICIPALITY_OFFICER;
import static se.samverkan.platform.security.Roles.NATIONAL_COORDINATOR;

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

/**
 * Every operation in the service's OpenAPI document against the table of who may call it: without a token 401,
 * with the token of a role outside its row (or of no Samverkan role at all) 403, with the token of a role in its
 * row neither. An operation the table does not know fails the test, so no endpoint ships without a rule. Ids are
 * random and bodies empty, so a call that gets past the role check ends in 400 or 404 and changes nothing; the
 * organisation rules behind the roles have their own tests.
 */
@QuarkusTest
class SecurityMatrixTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> EVERY_ROLE = Set.copyOf(DevToken.ROLES);
    private static final Set<String> APPLICANT_SIDE = Set.of(ADMIN, NATIONAL_COORDINATOR);
    private static final Set<String> FUNDERS = Set.of(ADMIN, FUNDER_OFFICER);
    private static final Set<String> MUNICIPALITIES = Set.of(ADMIN, MUNICIPALITY_OFFICER);
    /** A report is decided by its funder: a call's funder for a grant, a municipality for its co-funding. */
    private static final Set<String> REPORT_FUNDERS = Set.of(ADMIN, FUNDER_OFFICER, MUNICIPALITY_OFFICER);
    private static final Set<String> SUBSCRIBERS = Set.of(ADMIN, NATIONAL_COORDINATOR);

    /** "METHOD /path" → the roles that may call it. */
    private static final Map<String, Set<String>> MAY_CALL = Map.ofEntries(
            Map.entry("GET /calls", EVERY_ROLE),
            Map.entry("GET /calls/{id}", EVERY_ROLE),
            Map.entry("GET /calls/{id}/history", EVERY_ROLE),
            Map.entry("POST /calls", FUNDERS),
            Map.entry("PUT /calls/{id}", FUNDERS),
            Map.entry("DELETE /calls/{id}", FUNDERS),
            Map.entry("GET /applications", EVERY_ROLE),
            Map.entry("GET /applications/{id}", EVERY_ROLE),
            Map.entry("GET /applications/{id}/history", EVERY_ROLE),
            Map.entry("POST /applications", APPLICANT_SIDE),
            Map.entry("PUT /applications/{id}", APPLICANT_SIDE),
            Map.entry("DELETE /applications/{id}", APPLICANT_SIDE),
            Map.entry("POST /applications/{id}/submit", APPLICANT_SIDE),
            Map.entry("POST /applications/{id}/withdraw", APPLICANT_SIDE),
            Map.entry("POST /applications/{id}/grant", FUNDERS),
            Map.entry("POST /applications/{id}/reject", FUNDERS),
            Map.entry("GET /co-funding", EVERY_ROLE),
            Map.entry("GET /co-funding/{id}", EVERY_ROLE),
            Map.entry("GET /co-funding/{id}/history", EVERY_ROLE),
            Map.entry("POST /co-funding", MUNICIPALITIES),
            Map.entry("PUT /co-funding/{id}", MUNICIPALITIES),
            Map.entry("DELETE /co-funding/{id}", MUNICIPALITIES),
            Map.entry("POST /co-funding/{id}/withdraw", MUNICIPALITIES),
            Map.entry("GET /decision-cases", EVERY_ROLE),
            Map.entry("GET /decision-cases/{id}", EVERY_ROLE),
            Map.entry("GET /decision-cases/{id}/history", EVERY_ROLE),
            Map.entry("POST /decision-cases", MUNICIPALITIES),
            Map.entry("PUT /decision-cases/{id}", MUNICIPALITIES),
            Map.entry("DELETE /decision-cases/{id}", MUNICIPALITIES),
            Map.entry("POST /decision-cases/{id}/steps", MUNICIPALITIES),
            Map.entry("PUT /decision-cases/{id}/steps/{number}", MUNICIPALITIES),
            Map.entry("POST /decision-cases/{id}/appeals", MUNICIPALITIES),
            Map.entry("POST /decision-cases/{id}/appeals/{number}/ruling", MUNICIPALITIES),
            Map.entry("GET /disbursements", EVERY_ROLE),
            Map.entry("GET /disbursements/{id}", EVERY_ROLE),
            Map.entry("GET /disbursements/{id}/history", EVERY_ROLE),
            Map.entry("POST /disbursements", MUNICIPALITIES),
            Map.entry("PUT /disbursements/{id}", MUNICIPALITIES),
            Map.entry("DELETE /disbursements/{id}", MUNICIPALITIES),
            Map.entry("GET /reports", EVERY_ROLE),
            Map.entry("GET /reports/{id}", EVERY_ROLE),
            Map.entry("GET /reports/{id}/history", EVERY_ROLE),
            Map.entry("POST /reports", REPORT_FUNDERS),
            Map.entry("PUT /reports/{id}", REPORT_FUNDERS),
            Map.entry("DELETE /reports/{id}", REPORT_FUNDERS),
            Map.entry("POST /reports/{id}/submit", APPLICANT_SIDE),
            Map.entry("POST /reports/{id}/approve", REPORT_FUNDERS),
            Map.entry("POST /reports/{id}/return", REPORT_FUNDERS),
            Map.entry("GET /stats/reports", EVERY_ROLE),
            Map.entry("GET /projects/{projectId}/financing", EVERY_ROLE),
            Map.entry("GET /stats/funding", EVERY_ROLE),
            Map.entry("GET /exports/360giving", EVERY_ROLE),
            Map.entry("GET /exports/transactions", EVERY_ROLE),
            Map.entry("GET /events", EVERY_ROLE),
            Map.entry("GET /webhooks", SUBSCRIBERS),
            Map.entry("POST /webhooks", SUBSCRIBERS),
            Map.entry("GET /webhooks/{id}", SUBSCRIBERS),
            Map.entry("DELETE /webhooks/{id}", SUBSCRIBERS),
            Map.entry("GET /webhooks/{id}/deliveries", SUBSCRIBERS));

    @BeforeEach
    void noTokenUnlessTheTestSendsOne() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void theTableNamesEveryDocumentedOperationAndNothingElse() {
        Set<String> documented = documentedOperations();
        Set<String> withoutRule = new TreeSet<>(documented);
        withoutRule.removeAll(MAY_CALL.keySet());
        Set<String> ruleWithoutOperation = new TreeSet<>(MAY_CALL.keySet());
        ruleWithoutOperation.removeAll(documented);
        assertEquals(Set.of(), withoutRule, "operations the table has no rule for");
        assertEquals(Set.of(), ruleWithoutOperation, "rules for operations the service does not have");
    }

    @Test
    void everyOperationAnswersACallWithoutATokenWith401() {
        for (String operation : documentedOperations()) {
            call(operation, given()).then()
                    .statusCode(401)
                    .contentType(PROBLEM)
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("status", equalTo(401));
        }
    }

    @Test
    void everyOperationRefusesTheRolesOutsideItsRowWith403() {
        List<String> wrong = new ArrayList<>();
        for (String operation : documentedOperations()) {
            for (String role : DevToken.ROLES) {
                if (!MAY_CALL.getOrDefault(operation, Set.of()).contains(role)) {
                    expectForbidden(operation, role, Tokens.as(role, UUID.randomUUID().toString()), wrong);
                }
            }
            expectForbidden(operation, "no Samverkan role", Tokens.signedWithTheDevKey(Tokens.claims("guest")),
                    wrong);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyOperationLetsTheRolesInItsRowPast() {
        List<String> wrong = new ArrayList<>();
        for (String operation : documentedOperations()) {
            for (String role : MAY_CALL.getOrDefault(operation, Set.of())) {
                Response response = call(operation,
                        given().header("Authorization", Tokens.as(role, UUID.randomUUID().toString())));
                if (response.statusCode() == 401 || response.statusCode() == 403) {
                    wrong.add(operation + " as " + role + ": " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static void expectForbidden(String operation, String who, String authorization, List<String> wrong) {
        Response response = call(operation, given().header("Authorization", authorization));
        String contentType = response.contentType() == null ? "" : response.contentType();
        if (response.statusCode() != 403 || !contentType.startsWith(PROBLEM)) {
            wrong.add(operation + " as " + who + ": " + response.statusCode() + " " + contentType);
        }
    }

    /** The operation with a random id in each path parameter, an empty body on writes and an If-Match. */
    private static Response call(String operation, RequestSpecification request) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1).replaceAll("\\{[^}]+}",
                UUID.randomUUID().toString());
        if (method.equals("POST") || method.equals("PUT")) {
            request.contentType("application/json").body("{}");
        }
        if (!method.equals("GET")) {
            request.header("If-Match", "\"0\"");
        }
        return request.request(method, path);
    }

    private static Set<String> documentedOperations() {
        String document = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        Map<String, Map<String, Object>> paths = JsonPath.from(document).getMap("paths");
        Set<String> operations = new TreeSet<>();
        paths.forEach((path, item) -> item.keySet().stream()
                .filter(Set.of("get", "put", "post", "delete", "patch")::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }
}
