package se.samverkan.devtools;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The service's committed {@code openapi.yaml} is the document its code serves ({@link OpenApiContract}). A service's
 * {@code @QuarkusTest OpenApiDocumentTest} extends this.
 */
public abstract class OpenApiDocumentChecks {

    @Test
    public void committedDocumentMatchesTheCode() {
        String generated = Management.given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertMatchesCommitted(generated, Path.of("openapi.yaml"));
    }
}
