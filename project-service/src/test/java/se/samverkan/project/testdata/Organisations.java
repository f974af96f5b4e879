package se.samverkan.project.testdata;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Builds organisation bodies and registers them through the API. */
public final class Organisations {

    /** SCB's reference rows get ids derived from their codes, the same on every installation. */
    public static final String LJUNGBY = "0781";

    private Organisations() {
    }

    public static Map<String, Object> body(String type, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("name", name);
        return body;
    }

    public static Map<String, Object> localGroup() {
        Map<String, Object> body = body("LOCAL_DEVELOPMENT_GROUP", "Byalaget " + UUID.randomUUID());
        body.put("organisationNumber", OrganisationNumbers.random());
        body.put("municipalityCode", LJUNGBY);
        return body;
    }

    /** Registers the body and returns the new organisation's id. */
    public static String create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .post("/organisations").then().statusCode(201).extract().path("id");
    }

    public static String idOfMunicipality(String code) {
        return given().queryParam("type", "MUNICIPALITY").queryParam("municipalityCode", code)
                .get("/organisations").then().statusCode(200).extract().path("items[0].id");
    }

    public static String idOfRegion(String countyCode) {
        return given().queryParam("type", "REGION").queryParam("countyCode", countyCode)
                .get("/organisations").then().statusCode(200).extract().path("items[0].id");
    }

    /** A new local business in Ljungby; returns its id. */
    public static String business() {
        Map<String, Object> body = body("BUSINESS", "Handlaren " + UUID.randomUUID());
        body.put("municipalityCode", LJUNGBY);
        return create(body);
    }
}
