package se.samverkan.devtools;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * Each {@code @QuarkusTest} request made with REST Assured carries an admin token unless the test says otherwise.
 * A test acts as another role with {@code .header("Authorization", Tokens.as(role, org))}, which replaces the
 * admin's token rather than adding a second one; a test of unauthenticated calls sets
 * {@code RestAssured.requestSpecification = null} in its own {@code @BeforeEach}, which runs after this.
 * <p>
 * Every response REST Assured then gets from the service is checked against the service's committed OpenAPI
 * document, {@code openapi.yaml} in the module's directory, where the tests run ({@link ResponseContract}).
 * <p>
 * A service's tests turn it on in {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    /** The committed contract, found from the module's directory (surefire's working directory). */
    private static final Path CONTRACT = Path.of("openapi.yaml");

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!Files.exists(CONTRACT)) {
            throw new IllegalStateException("No committed OpenAPI document at " + CONTRACT.toAbsolutePath()
                    + ": the tests check every response against it");
        }
        ResponseContract.serve(URI.create(TestHTTPResourceManager.getUri()).getPort(), CONTRACT);
        ResponseContractFilter.install();
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        // built with the test's address: RestAssured.port is set only after this callback
        RestAssured.requestSpecification = new RequestSpecBuilder().setBaseUri(TestHTTPResourceManager.getUri())
                .addHeader("Authorization", Tokens.admin()).build();
    }
}
