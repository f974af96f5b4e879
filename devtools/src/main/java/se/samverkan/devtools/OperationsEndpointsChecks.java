package se.samverkan.devtools;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What operations rely on in every service: health with the database, metrics, the OpenAPI document and Swagger UI,
 * all on the management port and none of them on the API's port, and nosniff. A service's
 * {@code @QuarkusTest OperationsEndpointsTest} extends this and names one of its paths.
 */
public abstract class OperationsEndpointsChecks {

    private static final String[] OPERATIONS = {"/q/health", "/q/health/live", "/q/health/ready", "/q/metrics",
        "/q/openapi", "/q/swagger-ui/"};

    private final String aPathOfTheService;

    protected OperationsEndpointsChecks(String aPathOfTheService) {
        this.aPathOfTheService = aPathOfTheService;
    }

    @Test
    public void reportsLivenessAndReadinessIncludingTheDatabaseOnTheManagementPort() {
        Management.given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        Management.given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    public void publishesMetricsOpenApiAndSwaggerUiOnTheManagementPort() {
        Management.given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        Management.given().get("/q/openapi").then().statusCode(200).body(containsString(aPathOfTheService));
        Management.given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** A reverse proxy that forwards the API's port publishes no metrics, health details or Swagger UI. */
    @Test
    public void theApiPortServesNoneOfThem() {
        for (String path : OPERATIONS) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    public void tellsBrowsersNotToSniffContentTypes() {
        given().get(aPathOfTheService).then().header("X-Content-Type-Options", "nosniff");
    }
}
