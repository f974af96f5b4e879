package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import se.samverkan.project.testdata.OrganisationNumbers;
import se.samverkan.project.testdata.Organisations;

@QuarkusTest
class OrganisationResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void listsKronobergsEightMunicipalities() {
        given().queryParam("type", "MUNICIPALITY").queryParam("countyCode", "07").queryParam("size", 50)
                .get("/organisations")
                .then().statusCode(200)
                .body("totalItems", equalTo(8))
                .body("items", hasSize(8))
                .body("items.name", hasItems("Ljungby kommun", "Växjö kommun", "Älmhult kommun"))
                .body("items.countyName", everyItem(equalTo("Kronobergs län")))
                .body("items.level", everyItem(equalTo("MUNICIPAL")))
                .body("items.referenceData", everyItem(equalTo(true)));
    }

    @Test
    void allMunicipalitiesAndRegionsArePresentWithTheirCodes() {
        given().queryParam("type", "MUNICIPALITY").get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(290)).body("totalPages", equalTo(15));
        given().queryParam("type", "REGION").queryParam("size", 200).get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(21))
                .body("items.name", hasItems("Region Kronoberg", "Region Norrbotten", "Västra Götalandsregionen"));
        given().queryParam("type", "MUNICIPALITY").queryParam("municipalityCode", "0781").get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].name", equalTo("Ljungby kommun"))
                .body("items[0].countyCode", equalTo("07"));
    }

    @Test
    void searchesNamesWithoutCaseOrAccents() {
        given().queryParam("q", "alvdalen").get("/organisations")
                .then().statusCode(200).body("items.name", hasItem("Älvdalen kommun"));
        given().queryParam("q", "ÄLVDALEN").get("/organisations")
                .then().statusCode(200).body("items.name", hasItem("Älvdalen kommun"));
        given().queryParam("q", "100%").get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void pagesWithTheEnvelopeAndSortsByAllowedFields() {
        given().queryParam("type", "MUNICIPALITY").queryParam("page", 2).queryParam("size", 100)
                .queryParam("sort", "municipalityCode,desc")
                .get("/organisations")
                .then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(100))
                .body("totalItems", equalTo(290)).body("totalPages", equalTo(3))
                .body("items", hasSize(90))
                .body("items[89].municipalityCode", equalTo("0114"));
        given().queryParam("countyCode", "99").get("/organisations")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    @Test
    void refusesPagingOutsideItsLimits() {
        assertBadParameter("size", "201");
        assertBadParameter("size", "0");
        assertBadParameter("page", "-1");
        assertBadParameter("page", "abc");
        assertBadParameter("sort", "password,asc");
        assertBadParameter("sort", "name,sideways");
        assertBadParameter("type", "CHURCH");
        assertBadParameter("countyCode", "7");
        assertBadParameter("q", "a\u0000b");
    }

    private static void assertBadParameter(String name, String value) {
        given().queryParam(name, value).get("/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", equalTo("urn:samverkan:problem:validation"))
                .body("instance", equalTo("/organisations"))
                .body("errors.field", hasItem(name));
    }

    @Test
    void registersAnOrganisationWithLocationETagAndAuditFields() {
        Map<String, Object> body = Organisations.localGroup();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(body)
                .post("/organisations")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("name", equalTo(body.get("name")))
                .body("level", equalTo("LOCAL"))
                .body("countyCode", equalTo("07"))
                .body("organisationNumber", equalTo(body.get("organisationNumber")))
                .body("orgId", equalTo("SE-ON-" + ((String) body.get("organisationNumber")).replace("-", "")))
                .body("referenceData", equalTo(false))
                .body("createdAt", notNullValue()).body("updatedAt", notNullValue())
                .body("createdBy", notNullValue()).body("updatedBy", notNullValue())
                .extract();
        String location = created.header("Location");
        String id = created.path("id");
        assertEquals(true, location.endsWith("/organisations/" + id));

        given().get("/organisations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(body.get("name")))
                .body("createdAt", equalTo(created.path("createdAt")));
        given().header("If-None-Match", "\"0\"").get("/organisations/" + id).then().statusCode(304);
    }

    @Test
    void refusesAnOrganisationNumberWithAChangedCheckDigitAndWritesNothing() {
        Map<String, Object> body = Organisations.localGroup();
        body.put("organisationNumber", "212000-3006");
        given().contentType(ContentType.JSON).body(body).post("/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("organisationNumber"))
                .body("errors[0].message", containsString("check digit"));
        assertNoOrganisationNamed((String) body.get("name"));

        body.put("organisationNumber", "212000-3005");
        String id = Organisations.create(body);
        given().get("/organisations/" + id).then().body("orgId", equalTo("SE-ON-2120003005"));
    }

    @Test
    void refusesADuplicateOrganisationNumberWith409() {
        Map<String, Object> first = Organisations.localGroup();
        Organisations.create(first);
        Map<String, Object> second = Organisations.localGroup();
        second.put("organisationNumber", first.get("organisationNumber"));
        given().contentType(ContentType.JSON).body(second).post("/organisations")
                .then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString((String) first.get("name")));
        assertNoOrganisationNamed((String) second.get("name"));
    }

    @Test
    void answersMalformedRequestsWith400ProblemsAndNoStackTrace() {
        String name = "Malformed " + UUID.randomUUID();
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": ", null);
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": 5}", "name");
        assertBadBody("{\"type\": \"CHURCH\", \"name\": \"" + name + "\"}", "type");
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": \"" + name + "\", \"secret\": 1}", "secret");
        assertBadBody("{\"type\": \"BUSINESS\"}", "name");
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": \"  \"}", "name");
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": \"" + name + "\", \"municipalityCode\": \"781\"}",
                "municipalityCode");
        assertBadBody("{\"type\": \"BUSINESS\", \"name\": \"a\\u0000b\"}", "name");
        assertBadBody("[1, 2]", null);
        assertBadBody("", null);
        given().contentType(ContentType.JSON).body("{\"type\": \"BUSINESS\", \"name\": \"" + name + "\"} trailing")
                .post("/organisations").then().statusCode(400).contentType(PROBLEM);
        assertNoOrganisationNamed(name);
    }

    private static void assertBadBody(String json, String field) {
        var response = given().contentType(ContentType.JSON).body(json).post("/organisations")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("title", notNullValue())
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("at se.samverkan")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }

    @Test
    void refusesAnOversizedBodyBeforeReadingIt() {
        String huge = "{\"type\": \"BUSINESS\", \"name\": \"" + "x".repeat(2_000_000) + "\"}";
        given().contentType(ContentType.JSON).body(huge).post("/organisations")
                .then().statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:body-too-large"));
    }

    @Test
    void answersUnknownIdsPathsMethodsAndMediaTypesWithProblems() {
        given().get("/organisations/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("type", equalTo("urn:samverkan:problem:not-found"));
        given().get("/organisations/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        given().get("/no-such-thing").then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body("{}").patch("/organisations")
                .then().statusCode(405).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("name=x").post("/organisations")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void checksCodesAgainstTheTypeAndScb() {
        Map<String, Object> municipality = Organisations.body("MUNICIPALITY", "Ljungby igen");
        municipality.put("municipalityCode", "0781");
        given().contentType(ContentType.JSON).body(municipality).post("/organisations")
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("Ljungby kommun"));

        Map<String, Object> region = Organisations.body("REGION", "Region utan län " + UUID.randomUUID());
        given().contentType(ContentType.JSON).body(region).post("/organisations")
                .then().statusCode(422).contentType(PROBLEM);
        assertNoOrganisationNamed((String) region.get("name"));

        Map<String, Object> unknownCode = Organisations.localGroup();
        unknownCode.put("municipalityCode", "0799");
        given().contentType(ContentType.JSON).body(unknownCode).post("/organisations")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("0799"));

        Map<String, Object> mismatch = Organisations.localGroup();
        mismatch.put("countyCode", "20");
        given().contentType(ContentType.JSON).body(mismatch).post("/organisations")
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("county 07"));

        Map<String, Object> board = Organisations.body("COUNTY_ADMINISTRATIVE_BOARD", "Länsstyrelsen i Dalarnas län");
        board.put("countyCode", "20");
        String boardId = Organisations.create(board);
        given().get("/organisations/" + boardId).then().body("level", equalTo("REGIONAL"))
                .body("countyName", equalTo("Dalarnas län"));
        given().contentType(ContentType.JSON).body(board).post("/organisations").then().statusCode(409);
    }

    @Test
    void replacesOnlyWithTheCurrentETag() {
        Map<String, Object> body = Organisations.localGroup();
        String id = Organisations.create(body);
        body.put("name", body.get("name") + " (renamed)");

        given().contentType(ContentType.JSON).body(body).put("/organisations/" + id)
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put("/organisations/" + id)
                .then().statusCode(412).contentType(PROBLEM).body("detail", containsString("\"0\""));
        given().get("/organisations/" + id).then().body("name", not(containsString("renamed")));

        String etag = given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/organisations/" + id)
                .then().statusCode(200).body("name", containsString("renamed")).body("version", equalTo(1))
                .extract().header("ETag");
        assertEquals("\"1\"", etag);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put("/organisations/" + id)
                .then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .put("/organisations/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void referenceRowsTakeAnOrganisationNumberButKeepTheirCodesAndCannotBeDeleted() {
        String ljungby = Organisations.idOfMunicipality("0781");
        ExtractableResponse<Response> current = given().get("/organisations/" + ljungby).then().statusCode(200)
                .extract();
        String etag = current.header("ETag");
        Map<String, Object> body = Organisations.body("MUNICIPALITY", "Ljungby kommun");
        body.put("municipalityCode", "0765");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/organisations/" + ljungby)
                .then().statusCode(422).contentType(PROBLEM).body("detail", containsString("reference"));

        body.put("municipalityCode", "0781");
        body.put("organisationNumber", OrganisationNumbers.random());
        String newEtag = given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/organisations/" + ljungby)
                .then().statusCode(200).body("organisationNumber", equalTo(body.get("organisationNumber")))
                .body("referenceData", equalTo(true))
                .extract().header("ETag");
        assertNotEquals(etag, newEtag);

        given().header("If-Match", newEtag).delete("/organisations/" + ljungby)
                .then().statusCode(409).contentType(PROBLEM).body("type", equalTo("urn:samverkan:problem:reference-row"));
        given().get("/organisations/" + ljungby).then().statusCode(200);
    }

    @Test
    void deletesWithIfMatch() {
        String id = Organisations.create(Organisations.localGroup());
        given().delete("/organisations/" + id).then().statusCode(428).contentType(PROBLEM);
        given().header("If-Match", "\"3\"").delete("/organisations/" + id).then().statusCode(412);
        given().header("If-Match", "\"0\"").delete("/organisations/" + id).then().statusCode(204);
        given().get("/organisations/" + id).then().statusCode(404);
    }

    @Test
    void replaysACreateWithTheSameIdempotencyKeyAndRefusesTheKeyForAnotherBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.localGroup();
        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/organisations").then().statusCode(201).extract();
        ExtractableResponse<Response> again = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/organisations").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();
        assertEquals(first.asString(), again.asString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        given().queryParam("q", body.get("name")).get("/organisations").then().body("totalItems", equalTo(1));

        Map<String, Object> other = Organisations.localGroup();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other).post("/organisations")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:samverkan:problem:idempotency-key-reused"));
        assertNoOrganisationNamed((String) other.get("name"));

        given().contentType(ContentType.JSON).header("Idempotency-Key", "x".repeat(300)).body(other)
                .post("/organisations").then().statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
    }

    @Test
    void aFailedCreateDoesNotUseUpItsIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Organisations.localGroup();
        body.put("municipalityCode", "0799");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/organisations")
                .then().statusCode(422);
        body.put("municipalityCode", "0781");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body).post("/organisations")
                .then().statusCode(201);
    }

    private static void assertNoOrganisationNamed(String name) {
        List<String> names = given().queryParam("q", name).get("/organisations").then().statusCode(200)
                .extract().path("items.name");
        assertEquals(List.of(), names.stream().filter(name::equals).toList());
    }

    @Test
    void looksUpManyOrganisationsByIdInOneCall() {
        String first = Organisations.create(Organisations.localGroup());
        String second = Organisations.create(Organisations.localGroup());
        String ljungby = Organisations.idOfMunicipality("0781");
        given().queryParam("id", first).queryParam("id", second).queryParam("id", ljungby)
                .queryParam("id", UUID.randomUUID().toString())
                .get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(3))
                .body("items.id", hasItems(first, second, ljungby));
        given().queryParam("id", "not-a-uuid").get("/organisations")
                .then().statusCode(400).body("errors.field", hasItem("id"));
    }

    @Test
    void looksUpTheMostIdsTheApiAllowsInOneUrl() {
        List<String> ids = given().queryParam("type", "MUNICIPALITY").queryParam("size", 200).get("/organisations")
                .then().statusCode(200).extract().path("items.id");
        assertEquals(200, ids.size());
        // 200 ids make a request line of about 8 KB, twice Vert.x's default limit of 4096 bytes (414 before)
        given().queryParam("id", ids).queryParam("size", 200).queryParam("sort", "municipalityCode,desc")
                .queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(200))
                .body("items.id", hasSize(200)).body("items.id", hasItems(ids.toArray(String[]::new)));
        List<String> tooMany = new java.util.ArrayList<>(ids);
        tooMany.add(UUID.randomUUID().toString());
        given().queryParam("id", tooMany).get("/organisations")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("id"))
                .body("errors.message", hasItem(containsString("at most 200")));
    }

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void anInvalidNumberLoadedByOtherMeansIsShownAsStoredNotAnError() throws Exception {
        String id = Organisations.create(Organisations.localGroup());
        try (var c = dataSource.getConnection();
                var update = c.prepareStatement("update organisation set organisation_number = '1234567890' where id = ?")) {
            update.setObject(1, UUID.fromString(id));
            assertEquals(1, update.executeUpdate());
        }
        given().get("/organisations/" + id).then().statusCode(200)
                .body("organisationNumber", equalTo("1234567890"))
                .body("orgId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void problemTypesAreUrns() {
        given().get("/organisations/" + UUID.randomUUID()).then().body("type", startsWith("urn:samverkan:problem:"));
    }
}
