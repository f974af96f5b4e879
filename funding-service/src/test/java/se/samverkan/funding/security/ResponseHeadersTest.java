package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.funding.testdata.Funding;

/** What every answer carries: CORS only for configured origins, private caching, nosniff, no server banner. */
@QuarkusTest
class ResponseHeadersTest {

    @Test
    void aConfiguredDashboardOriginMayReadAndNoOtherOrigin() {
        given().header("Origin", "https://dashboard.example.org").queryParam("groupBy", "year").get("/stats/funding")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://dashboard.example.org"));
        given().header("Origin", "https://evil.example.com").queryParam("groupBy", "year").get("/stats/funding")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:samverkan:problem:origin-not-allowed"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void authenticatedAnswersArePrivateAndRevalidatedWithTheETag() {
        String id = Funding.createCall(Funding.call());
        String etag = given().get("/calls/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-cache"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Server", nullValue())
                .extract().header("ETag");
        given().header("If-None-Match", etag).get("/calls/" + id).then().statusCode(304);
    }
}
