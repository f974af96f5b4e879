package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.BadInputProbe;
import se.samverkan.devtools.Management;
import se.samverkan.devtools.TableCounts;
import se.samverkan.project.testdata.Projects;

/**
 * The bounds the published document states are the ones the service enforces (issue 12): for a string, a list, an
 * amount and query parameters, each bound is read from the document itself, a value at it is taken and one over
 * it is a 400 problem naming the field, with nothing written. (BadInputTest crosses every stated bound; this also
 * shows that the bound itself is not refused.)
 */
@QuarkusTest
class InputBoundsTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonNode document;

    @BeforeAll
    static void readTheDocument() {
        document = BadInputProbe.parse(Management.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void aProjectNameAsLongAsItsColumnIsTakenAndOneCharacterMoreIsRefused() {
        int max = property("ProjectRequest", "name").path("maxLength").asInt();
        assertEquals(200, max, "name is varchar(200)");

        String id = Projects.create(with(Projects.body(), "name", "n".repeat(max)));
        given().get("/projects/{id}", id).then().statusCode(200).body("name.length()", equalTo(max));

        refusedWritingNothing(with(Projects.body(), "name", "n".repeat(max + 1)), "name");
    }

    @Test
    void objectivesUpToTheirMaxItemsAreTakenAndOneMoreIsRefused() {
        JsonNode objectives = property("ProjectRequest", "objectives");
        int maxItems = objectives.path("maxItems").asInt();
        int maxLength = objectives.path("items").path("maxLength").asInt();
        assertEquals(50, maxItems);
        assertEquals(1000, maxLength, "an objective is varchar(1000)");

        List<String> full = new ArrayList<>();
        for (int i = 0; i < maxItems; i++) {
            full.add(String.format("%03d", i) + "o".repeat(maxLength - 3)); // distinct, as a project keeps them
        }
        String id = Projects.create(with(Projects.body(), "objectives", full));
        given().get("/projects/{id}", id).then().statusCode(200).body("objectives.size()", equalTo(maxItems));

        List<String> oneTooMany = new ArrayList<>(full);
        oneTooMany.add("one more");
        refusedWritingNothing(with(Projects.body(), "objectives", oneTooMany), "objectives");
        refusedWritingNothing(with(Projects.body(), "objectives", List.of("o".repeat(maxLength + 1))), "objectives");
    }

    @Test
    void aBudgetAtTheLargestStoredAmountIsTakenAndOneOreMoreIsRefused() {
        BigDecimal maximum = new BigDecimal(property("ProjectRequest", "totalBudget").path("maximum").asText());
        assertEquals(new BigDecimal("9999999999999.99"), maximum, "numeric(15,2)");

        String id = Projects.create(with(Projects.body(), "totalBudget", maximum));
        String json = given().get("/projects/{id}", id).then().statusCode(200).extract().asString();
        assertEquals(true, json.contains("\"totalBudget\":9999999999999.99"), json);

        refusedWritingNothing(with(Projects.body(), "totalBudget", maximum.add(new BigDecimal("0.01"))), "totalBudget");
    }

    @Test
    void queryParametersAtTheirBoundsAreTakenAndOverThemAreA400NamingThem() {
        int q = parameter("/projects", "q").path("schema").path("maxLength").asInt();
        given().queryParam("q", "q".repeat(q)).get("/projects").then().statusCode(200);
        given().queryParam("q", "q".repeat(q + 1)).get("/projects").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("q"));

        int size = parameter("/projects", "size").path("schema").path("maximum").asInt();
        given().queryParam("size", size).get("/projects").then().statusCode(200).body("size", equalTo(size));
        given().queryParam("size", size + 1).get("/projects").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("size"));

        int ids = parameter("/organisations", "id").path("schema").path("maxItems").asInt();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            many.add(UUID.randomUUID().toString());
        }
        given().queryParam("id", many).get("/organisations").then().statusCode(200).body("totalItems", equalTo(0));
        many.add(UUID.randomUUID().toString());
        given().queryParam("id", many).get("/organisations").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void anIfMatchAtItsMaxLengthIsReadAndOneCharacterMoreIsA400ChangingNothing() {
        String id = Projects.create();
        int max = ifMatchMaxLength();
        assertEquals(200, max);
        Map<String, Object> renamed = with(Projects.body(), "name", "Renamed");
        given().contentType(ContentType.JSON).header("If-Match", "\"" + "1".repeat(max - 2) + "\"").body(renamed)
                .put("/projects/{id}", id).then().statusCode(412).contentType(PROBLEM);
        given().contentType(ContentType.JSON).header("If-Match", "\"" + "1".repeat(max - 1) + "\"").body(renamed)
                .put("/projects/{id}", id).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("If-Match"));
        given().get("/projects/{id}", id).then().statusCode(200).body("name", equalTo("Service i samverkan"));
    }

    private static int ifMatchMaxLength() {
        for (JsonNode parameter : document.path("paths").path("/projects/{id}").path("put").path("parameters")) {
            if ("If-Match".equals(parameter.path("name").asText())) {
                return parameter.path("schema").path("maxLength").asInt();
            }
        }
        return -1;
    }

    private static void refusedWritingNothing(Map<String, Object> body, String field) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        Map<String, Long> before = TableCounts.of(dataSource);
        given().contentType(ContentType.JSON).body(body).post("/projects").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(startsWith(field)));
        assertEquals(before, TableCounts.of(dataSource), "rows written by a refused request");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static JsonNode property(String schema, String name) {
        return document.path("components").path("schemas").path(schema).path("properties").path(name);
    }

    private static JsonNode parameter(String path, String name) {
        for (JsonNode parameter : document.path("paths").path(path).path("get").path("parameters")) {
            if (name.equals(parameter.path("name").asText())) {
                return parameter;
            }
        }
        throw new AssertionError("GET " + path + " has no parameter " + name);
    }
}
