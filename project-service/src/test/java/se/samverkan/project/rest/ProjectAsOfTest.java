package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import se.samverkan.project.testdata.Projects;

/** {@code GET /projects/{id}?asOf=}: the project as its history recorded it at an instant. */
@QuarkusTest
class ProjectAsOfTest {

    @Test
    void theAmendedPeriodShowsFromTheInstantItWasRecordedAndTheFirstOneBefore() {
        Map<String, Object> body = Projects.body();
        String id = Projects.create(body);
        body.put("endDate", "2020-11-30");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/projects/{id}", id)
                .then().statusCode(200);
        JsonPath current = given().get("/projects/{id}", id).then().extract().jsonPath();
        JsonPath history = given().get("/projects/{id}/history", id).then().extract().jsonPath();
        Instant created = Instant.parse(history.getString("items[0].changedAt"));
        Instant amended = Instant.parse(history.getString("items[1].changedAt"));

        given().queryParam("asOf", created.toString()).get("/projects/{id}", id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .header("Memento-Datetime", equalTo(httpDate(created)))
                .body("endDate", equalTo("2020-02-29"))
                .body("version", equalTo(0))
                .body("id", equalTo(id))
                .body("code", equalTo(body.get("code")))
                .body("objectives", equalTo(current.getList("objectives")))
                .body("createdAt", equalTo(current.getString("createdAt")))
                .body("createdBy", equalTo(current.getMap("createdBy")))
                .body("updatedAt", equalTo(current.getString("createdAt")));
        given().queryParam("asOf", amended.minusNanos(1000).toString()).get("/projects/{id}", id).then()
                .body("endDate", equalTo("2020-02-29"));
        String asOfAmended = given().queryParam("asOf", amended.toString()).get("/projects/{id}", id).then()
                .statusCode(200).header("ETag", equalTo("\"1\"")).extract().asString();
        assertEquals(given().get("/projects/{id}", id).then().extract().asString(), asOfAmended,
                "the last version as of its instant is the project as it is");

        given().queryParam("asOf", created.minusNanos(1000).toString()).get("/projects/{id}", id).then()
                .statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("did not exist at"));
        given().queryParam("asOf", "2017-13-01T00:00:00Z").get("/projects/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
                .format(instant.atOffset(ZoneOffset.UTC));
    }
}
