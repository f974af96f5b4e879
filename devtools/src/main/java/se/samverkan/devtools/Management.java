package se.samverkan.devtools;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * The management interface of the service under test (health, metrics, the OpenAPI document, Swagger UI): a port of
 * its own, apart from the API's, chosen by the system in tests ({@code quarkus.management.test-port=0}).
 */
public final class Management {

    private Management() {
    }

    /** A request to the management port; paths keep their {@code /q/…} form. */
    public static RequestSpecification given() {
        return RestAssured.given().baseUri(baseUri()).port(port());
    }

    /** {@code http://host}, without the port. */
    public static String baseUri() {
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return uri.getScheme() + "://" + uri.getHost();
    }

    public static int port() {
        return URI.create(TestHTTPResourceManager.getManagementUri()).getPort();
    }
}
