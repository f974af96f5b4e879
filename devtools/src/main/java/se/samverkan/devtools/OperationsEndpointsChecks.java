package se.samverkan.devtools;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What operations rely on in every service: health with the database, metrics, the OpenAPI document, Swagger UI,
 * and nosniff. A service's {@code @QuarkusTest OperationsEndpointsTest} extends this and names one of its paths.
 */
public abstract class OperationsEndpointsChecks {

    private final String aPathOfTheService;

    protected OperationsEndpointsChecks(String aPathOfTheService) {
        this.aPathOfTheService = aPathOfTheService;
    }

    @Test
    public void reportsLivenessAndReadinessIncludingTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    public void publishesMetricsOpenApiAndSwaggerUi() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().get("/q/openapi").then().statusCode(200).body(containsString(aPathOfTheService));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    public void tellsBrowsersNotToSniffContentTypes() {
        given().get("/q/health/live").then().header("X-Content-Type-Options", "nosniff");
    }
}
