package se.samverkan.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The check every service test relies on must itself fail on a broken response, or it would pass silently. The
 * document is a small fixture in the services' shapes (OpenAPI 3.1 type arrays, nullable references, enums,
 * formats, problem+json).
 */
class OpenApiResponseValidatorTest {

    private static final String ID = "0b7c8a52-6d1e-4c1b-9a7e-2f5d3c4b1a00";
    private static final String PROJECT = "/projects/" + ID;
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    private final OpenApiResponseValidator contract = OpenApiResponseValidator.of(fixture());

    @Test
    void aResponseAsDocumentedPasses() {
        assertEquals(List.of(), contract.violations("GET", PROJECT, 200, JSON + ";charset=UTF-8",
                "{\"id\":\"" + ID + "\",\"name\":\"Service i samverkan\",\"budget\":120000.50,"
                        + "\"startDate\":\"2017-01-01\",\"status\":\"IMPLEMENTATION\"}"));
        assertEquals(List.of(), contract.violations("GET", PROJECT, 200, JSON,
                "{\"id\":\"" + ID + "\",\"name\":\"Service i samverkan\",\"budget\":null,\"startDate\":null,"
                        + "\"status\":null}"));
        assertEquals(List.of(), contract.violations("DELETE", PROJECT, 204, null, ""));
        assertEquals(List.of(), contract.violations("GET", PROJECT, 404, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":null}"));
    }

    @Test
    void aFieldOfTheWrongTypeFails() {
        assertViolation("at /budget", contract.violations("GET", PROJECT, 200, JSON,
                "{\"id\":\"" + ID + "\",\"name\":\"x\",\"budget\":\"120000.50\"}"));
    }

    @Test
    void aRequiredFieldMissingOrNullFails() {
        assertViolation("name", contract.violations("GET", PROJECT, 200, JSON, "{\"id\":\"" + ID + "\"}"));
        assertViolation("at /name", contract.violations("GET", PROJECT, 200, JSON,
                "{\"id\":\"" + ID + "\",\"name\":null}"));
    }

    @Test
    void aValueOutsideTheEnumFails() {
        assertViolation("at /status", contract.violations("GET", PROJECT, 200, JSON,
                "{\"id\":\"" + ID + "\",\"name\":\"x\",\"status\":\"FINISHED\"}"));
    }

    @Test
    void aValueNotInItsFormatFails() {
        assertViolation("at /startDate", contract.violations("GET", PROJECT, 200, JSON,
                "{\"id\":\"" + ID + "\",\"name\":\"x\",\"startDate\":\"2017-02-30T00:00\"}"));
        assertViolation("at /id", contract.violations("GET", PROJECT, 200, JSON, "{\"id\":\"42\",\"name\":\"x\"}"));
    }

    @Test
    void aProblemWithoutItsRequiredMembersFails() {
        assertViolation("status", contract.violations("GET", PROJECT, 404, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Not Found\"}"));
    }

    @Test
    void aStatusTheOperationDoesNotDocumentFails() {
        assertViolation("status 406 is not documented", contract.violations("GET", PROJECT, 406, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Not Acceptable\",\"status\":406}"));
    }

    @Test
    void aStatusRangeCoversItsStatuses() {
        assertEquals(List.of(), contract.violations("GET", PROJECT, 503, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503}"));
    }

    @Test
    void aContentTypeTheStatusDoesNotDocumentFails() {
        assertViolation("content type text/plain is not documented", contract.violations("GET", PROJECT, 404,
                "text/plain", "Not Found"));
        assertViolation("content type application/json is not documented", contract.violations("GET", PROJECT, 404,
                JSON, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"));
    }

    @Test
    void aBodyTheDocumentDoesNotPromiseFails() {
        assertViolation("not documented", contract.violations("DELETE", PROJECT, 204, JSON, "{}"));
    }

    @Test
    void anOperationTheDocumentDoesNotHaveFails() {
        assertViolation("no path of the document matches", contract.violations("GET", "/projekt/" + ID, 404,
                PROBLEM, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}"));
        assertViolation("has no PUT operation", contract.violations("PUT", PROJECT, 405, PROBLEM,
                "{\"type\":\"about:blank\",\"title\":\"Method Not Allowed\",\"status\":405}"));
    }

    @Test
    void theMostSpecificPathMatches() {
        assertEquals(List.of(), contract.violations("GET", PROJECT + "/history", 200, JSON, "[\"created\"]"));
        assertViolation("at /0", contract.violations("GET", PROJECT + "/history", 200, JSON, "[1]"));
    }

    @Test
    void aBodyThatIsNotJsonIsCheckedForStatusAndTypeOnly() {
        assertEquals(List.of(), contract.violations("GET", PROJECT + "/participants", 200, "text/csv; charset=UTF-8",
                "organisation;role\r\nLjungby;LEAD\r\n"));
        assertViolation("content type application/vnd.ms-excel", contract.violations("GET",
                PROJECT + "/participants", 200, "application/vnd.ms-excel", "binary"));
    }

    @Test
    void onlyRegisteredServicesAreCheckedAndOnlyTheirApi() throws URISyntaxException {
        int port = 47_913;
        String broken = "{\"id\":\"42\"}";
        // not registered: another process (WireMock, a webhook receiver) is none of the contract's business
        ResponseContract.check("GET", new URI("http://localhost:" + port + PROJECT), 200, JSON, broken);
        ResponseContract.serve(port, fixture());
        AssertionError error = assertThrows(AssertionError.class, () -> ResponseContract.check("GET",
                new URI("http://localhost:" + port + PROJECT + "?asOf=2020-01-01"), 200, JSON, broken));
        assertTrue(error.getMessage().contains("GET /projects/{id} -> 200"), error.getMessage());
        assertTrue(error.getMessage().contains(broken), "the message shows the body: " + error.getMessage());
        // the management interface's paths and CORS preflights are not operations of the API
        ResponseContract.check("GET", new URI("http://localhost:" + port + "/q/health"), 404, "text/html", "<html>");
        ResponseContract.check("OPTIONS", new URI("http://localhost:" + port + PROJECT), 200, null, "");
    }

    private static void assertViolation(String expected, List<String> violations) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                "expected a violation containing [" + expected + "], got " + violations);
    }

    private static Path fixture() {
        try {
            return Path.of(OpenApiResponseValidatorTest.class.getResource("/contract/openapi.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
