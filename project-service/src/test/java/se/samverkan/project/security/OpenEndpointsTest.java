package se.samverkan.project.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import se.samverkan.devtools.Management;

/**
 * Health, metrics and the API's description answer on the management port without a token, and a bad token does not
 * shut them.
 */
@QuarkusTest
class OpenEndpointsTest {

    private static final String[] OPEN = {"/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi",
        "/q/swagger-ui/"};

    @BeforeEach
    void withoutTheDefaultAdminToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void operationsEndpointsNeedNoToken() {
        for (String path : OPEN) {
            Management.given().get(path).then().statusCode(200);
        }
        Management.given().get("/q/health/ready").then().body("status", equalTo("UP"));
        Management.given().get("/q/openapi").then().body(containsString("bearerFormat: JWT"));
    }

    @Test
    void aBrokenTokenDoesNotShutThem() {
        for (String path : OPEN) {
            Management.given().header("Authorization", "Bearer not-a-token").get(path).then().statusCode(200);
        }
    }
}
