package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.project.testdata.Organisations;

/** What every answer carries: CORS only for configured origins, private caching, nosniff, no server banner. */
@QuarkusTest
class ResponseHeadersTest {

    private static final String DASHBOARD = "https://dashboard.example.org";

    @Test
    void aConfiguredDashboardOriginMayReadButNoOtherOriginAndNeverWithCredentials() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .options("/organisations")
                .then().header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Credentials", org.hamcrest.Matchers.not(equalTo("true")));
        given().header("Origin", DASHBOARD).get("/organisations?type=REGION")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
        given().header("Origin", "https://evil.example.com").get("/organisations?type=REGION")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:origin-not-allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void authenticatedAnswersArePrivateAndRevalidatedWithTheETag() {
        String id = Organisations.create(Organisations.localGroup());
        String etag = given().get("/organisations/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Server", nullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/organisations/" + id).then().statusCode(304);
        given().get("/organisations?type=REGION").then().header("Cache-Control", equalTo("private, no-cache"));
    }
}
