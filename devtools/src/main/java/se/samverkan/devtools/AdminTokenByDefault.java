package se.samverkan.devtools;

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
 * A service's tests turn it on in {@code META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        // built with the test's address: RestAssured.port is set only after this callback
        RestAssured.requestSpecification = new RequestSpecBuilder().setBaseUri(TestHTTPResourceManager.getUri())
                .addHeader("Authorization", Tokens.admin()).build();
    }
}
