package se.samverkan.funding.rest;

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
import se.samverkan.funding.testdata.Funding;
import se.samverkan.funding.testdata.Money;

/**
 * The bounds the published document states are the ones the service enforces (issue 12): for a string, a list, a
 * whole number, an amount and query parameters, each bound is read from the document itself, a value at it is taken
 * and one over it is a 400 problem naming the field, with nothing written. (BadInputTest crosses every stated
 * bound; this also shows that the bound itself is not refused.)
 */
@QuarkusTest
class InputBoundsTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonNode document;

    @BeforeAll
    static void readTheDocument() {
        Money.readAmountsAsBigDecimal();
        document = BadInputProbe.parse(Management.given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString());
    }

    @Test
    void aCallTitleAsLongAsItsColumnIsTakenAndOneCharacterMoreIsRefused() {
        int max = property("CallRequest", "title").path("maxLength").asInt();
        assertEquals(300, max, "title is varchar(300)");

        String id = Funding.createCall(with(Funding.call(), "title", "t".repeat(max)));
        given().get("/calls/{id}", id).then().statusCode(200).body("title.length()", equalTo(max));

        refusedWritingNothing(with(Funding.call(), "title", "t".repeat(max + 1)), "title");
    }

    @Test
    void everyApplicantTypeIsTakenAndOneEntryMoreIsRefused() {
        JsonNode types = property("CallRequest", "eligibleApplicantTypes");
        int maxItems = types.path("maxItems").asInt();
        List<String> all = new ArrayList<>();
        document.path("components").path("schemas").path("OrganisationType").path("enum")
                .forEach(type -> all.add(type.asText()));
        assertEquals(all.size(), maxItems, "as many entries as there are organisation types");

        String id = Funding.createCall(with(Funding.call(), "eligibleApplicantTypes", all));
        given().get("/calls/{id}", id).then().statusCode(200).body("eligibleApplicantTypes.size()", equalTo(maxItems));

        List<String> oneMore = new ArrayList<>(all);
        oneMore.add(all.get(0));
        refusedWritingNothing(with(Funding.call(), "eligibleApplicantTypes", oneMore), "eligibleApplicantTypes");
    }

    @Test
    void monthsUpToTheirMaximumAreTakenAndOneMoreIsRefused() {
        int maximum = property("CallRequest", "paymentClaimMonthsAfterYear").path("maximum").asInt();
        assertEquals(24, maximum);

        String id = Funding.createCall(with(Funding.call(), "paymentClaimMonthsAfterYear", maximum));
        given().get("/calls/{id}", id).then().statusCode(200).body("paymentClaimMonthsAfterYear", equalTo(maximum));

        refusedWritingNothing(with(Funding.call(), "paymentClaimMonthsAfterYear", maximum + 1),
                "paymentClaimMonthsAfterYear");
    }

    @Test
    void aBudgetAtTheLargestStoredAmountIsTakenAndOneOreMoreIsRefused() {
        BigDecimal maximum = new BigDecimal(property("CallRequest", "budget").path("maximum").asText());
        assertEquals(new BigDecimal("9999999999999.99"), maximum, "numeric(15,2)");

        String id = Funding.createCall(with(Funding.call(), "budget", maximum));
        given().get("/calls/{id}", id).then().statusCode(200).body("budget", equalTo(maximum));

        refusedWritingNothing(with(Funding.call(), "budget", maximum.add(new BigDecimal("0.01"))), "budget");
    }

    @Test
    void queryParametersAtTheirBoundsAreTakenAndOverThemAreA400NamingThem() {
        int caseNumber = parameter("/decision-cases", "caseNumber").path("schema").path("maxLength").asInt();
        assertEquals(100, caseNumber, "case_number is varchar(100)");
        given().queryParam("caseNumber", "k".repeat(caseNumber)).get("/decision-cases").then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().queryParam("caseNumber", "k".repeat(caseNumber + 1)).get("/decision-cases").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("caseNumber"));

        int ids = parameter("/exports/transactions", "projectId").path("schema").path("maxItems").asInt();
        List<String> many = new ArrayList<>();
        for (int i = 0; i < ids; i++) {
            many.add(Funding.newId());
        }
        given().queryParam("projectId", many).get("/exports/transactions").then().statusCode(200);
        many.add(Funding.newId());
        given().queryParam("projectId", many).get("/exports/transactions").then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem("projectId"));
    }

    private static void refusedWritingNothing(Map<String, Object> body, String field) {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        Map<String, Long> before = TableCounts.of(dataSource);
        given().contentType(ContentType.JSON).body(body).post("/calls").then().statusCode(400)
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
