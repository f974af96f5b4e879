package se.samverkan.funding;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.OpenApiContract;

@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void committedDocumentMatchesTheCode() {
        String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertMatchesCommitted(generated, Path.of("openapi.yaml"));
    }
}
