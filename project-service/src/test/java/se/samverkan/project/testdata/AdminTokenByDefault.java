package se.samverkan.project.testdata;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * Every REST Assured request of a {@code @QuarkusTest} carries an admin token unless the test says otherwise:
 * a test acts as another role with {@code .header("Authorization", "Bearer " + token)}, which replaces the
 * admin's (not adds to it), and a test that needs no token sets {@code RestAssured.requestSpecification = null}.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.config = RestAssured.config().headerConfig(
                HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        // the spec keeps the address it is built with; Quarkus sets RestAssured's port only after this callback
        RestAssured.requestSpecification = new RequestSpecBuilder().setBaseUri(TestHTTPResourceManager.getUri())
                .addHeader("Authorization", "Bearer " + Tokens.admin()).build();
    }
}
