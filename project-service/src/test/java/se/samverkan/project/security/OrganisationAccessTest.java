package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;

/** National coordinators keep the registry, except SCB's reference rows, which only admins amend. */
@QuarkusTest
class OrganisationAccessTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aNationalCoordinatorRegistersChangesAndDeletesAnOrdinaryOrganisation() {
        String coordinator = Tokens.as("national-coordinator");
        Map<String, Object> body = Organisations.localGroup();
        String id = given().header("Authorization", coordinator).contentType(ContentType.JSON).body(body)
                .post("/organisations").then().statusCode(201).extract().path("id");
        body.put("name", body.get("name") + " (renamed)");
        given().header("Authorization", coordinator).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(body).put("/organisations/{id}", id).then().statusCode(200);
        given().header("Authorization", coordinator).header("If-Match", etag(id))
                .delete("/organisations/{id}", id).then().statusCode(204);
    }

    @Test
    void aNationalCoordinatorCannotChangeOrDeleteAReferenceRow() {
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Map<String, Object> before = given().get("/organisations/{id}", ljungby).then().extract().as(Map.class);
        String coordinator = Tokens.as("national-coordinator");
        Map<String, Object> renamed = Organisations.body("MUNICIPALITY", "Ljungby stad");
        renamed.put("municipalityCode", Organisations.LJUNGBY);

        given().header("Authorization", coordinator).contentType(ContentType.JSON).header("If-Match", etag(ljungby))
                .body(renamed).put("/organisations/{id}", ljungby).then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", coordinator).header("If-Match", etag(ljungby))
                .delete("/organisations/{id}", ljungby).then().statusCode(403).contentType(PROBLEM);

        given().get("/organisations/{id}", ljungby).then().statusCode(200)
                .body("name", equalTo(before.get("name"))).body("version", equalTo(before.get("version")));
    }

    @Test
    void aRegionalCoordinatorCannotRegisterOrganisations() {
        Map<String, Object> body = Organisations.localGroup();
        given().header("Authorization", Tokens.as("regional-coordinator", null, "07"))
                .contentType(ContentType.JSON).body(body).post("/organisations")
                .then().statusCode(403).contentType(PROBLEM);
        given().queryParam("q", body.get("name")).get("/organisations").then().body("totalItems", equalTo(0));
    }

    @Test
    void auditFieldsInABodyAreIgnoredNotTaken() {
        // read-only fields a client sends back are ignored (AIP-203): never taken as the record's own
        Map<String, Object> body = Organisations.localGroup();
        body.put("createdBy", Map.of("subject", "someone-else", "role", "admin"));
        given().header("Authorization", Tokens.as("national-coordinator")).contentType(ContentType.JSON)
                .body(body).post("/organisations").then().statusCode(201)
                .body("createdBy.subject", equalTo("dev-national-coordinator"))
                .body("createdBy.role", equalTo("national-coordinator"));

        String id = Organisations.create(Organisations.localGroup());
        Map<String, Object> withVersion = Organisations.localGroup();
        withVersion.put("version", 9);
        given().header("Authorization", Tokens.as("national-coordinator")).contentType(ContentType.JSON)
                .header("If-Match", etag(id)).body(withVersion).put("/organisations/{id}", id)
                .then().statusCode(200).body("version", equalTo(1));
        given().get("/organisations/{id}", id).then().body("version", equalTo(1));
    }

    @Test
    void anUnknownOrganisationIsA404AsForAReader() {
        String unknown = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.as("national-coordinator")).header("If-Match", "\"0\"")
                .delete("/organisations/{id}", unknown).then().statusCode(404).contentType(PROBLEM);
    }

    private static String etag(String id) {
        return given().get("/organisations/{id}", id).then().statusCode(200).extract().header("ETag");
    }
}
