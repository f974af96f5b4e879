package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Management;
import se.samverkan.platform.openapi.Examples;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * What an integrator tripped over (issue 21): input that used to be accepted wrongly is refused with a problem
 * naming the field or parameter, and a client can find projects and keep a copy in sync.
 */
@QuarkusTest
class StrictRequestsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void refusesADateTimeInADateFieldNamingTheField() {
        for (String dateTime : new String[] {"2017-09-01T09:00:00Z", "2018-03-01T23:30:00", "2017-09-01T00:30:00+02:00"}) {
            Map<String, Object> body = Projects.body();
            body.put("startDate", dateTime);
            given().contentType(ContentType.JSON).body(body).post("/projects")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("startDate"))
                    .body("errors[0].message", containsString("YYYY-MM-DD"));
        }
        given().get("/projects?code={code}", Projects.body().get("code")).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void refusesAnUnknownQueryParameterNamingIt() {
        given().get("/projects?codes=SIS-2017&size=5").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("codes"))
                .body("errors[0].message", containsString("code"))
                .body("detail", containsString("codes"));
        given().get("/organisations?updatedAfter=2026-01-01T00:00:00Z").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("updatedAfter"));
        String project = Projects.create();
        given().get("/projects/{id}?expand=all", project).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("expand"))
                .body("errors[0].message", containsString("takes asOf"));
        given().get("/projects/{id}/participants?organisation=x", project).then().statusCode(400)
                .body("errors[0].field", equalTo("organisation"));
    }

    @Test
    void judgesMoneyByItsValueAndSaysInWordsWhatIsWrong() {
        Map<String, Object> body = Projects.body();
        body.put("totalBudget", new java.math.BigDecimal("35000.100"));
        String json = given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(201).extract().asString();
        assertTrue(json.contains("\"totalBudget\":35000.10"), json);

        Map<String, Object> overPrecise = Projects.body();
        overPrecise.put("totalBudget", new java.math.BigDecimal("35000.105"));
        given().contentType(ContentType.JSON).body(overPrecise).post("/projects")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("totalBudget"))
                .body("errors[0].message", equalTo("at most two decimals (öre)"));

        Map<String, Object> whole = Projects.body();
        whole.put("totalBudget", 70000);
        String wholeJson = given().contentType(ContentType.JSON).body(whole).post("/projects")
                .then().statusCode(201).extract().asString();
        assertTrue(wholeJson.contains("\"totalBudget\":70000.00"), wholeJson);
    }

    @Test
    void filtersProjectsByCodeNameStatusOwnerAndParticipant() {
        String owner = Organisations.create(Organisations.body("NATIONAL_ORGANISATION", "Ägare " + UUID.randomUUID()));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> first = Projects.body();
        first.put("name", "Service i samverkan Älmhult " + tag);
        first.put("ownerOrganisationId", owner);
        String firstId = Projects.create(first);
        Map<String, Object> second = Projects.body();
        second.put("name", "Service i samverkan Ljungby " + tag);
        second.put("ownerOrganisationId", owner);
        second.put("status", "PIPELINE");
        String secondId = Projects.create(second);
        String partner = Organisations.create(Organisations.localGroup());
        Projects.addParticipant(secondId, partner, "WITHDRAWN");

        given().get("/projects?code={code}", first.get("code")).then().statusCode(200)
                .body("items.id", containsInAnyOrder(firstId));
        given().get("/projects?code={code}", ((String) first.get("code")).toLowerCase()).then().statusCode(200)
                .body("totalItems", equalTo(0));
        given().get("/projects?q={q}", "ALMHULT " + tag).then().statusCode(200)
                .body("items.id", containsInAnyOrder(firstId));
        given().get("/projects?q={q}", tag).then().statusCode(200)
                .body("items.id", containsInAnyOrder(firstId, secondId));
        given().get("/projects?ownerOrganisationId={owner}", owner).then().statusCode(200)
                .body("items.id", containsInAnyOrder(firstId, secondId));
        given().get("/projects?ownerOrganisationId={owner}&status=PIPELINE", owner).then().statusCode(200)
                .body("items.id", containsInAnyOrder(secondId));
        given().get("/projects?participantOrganisationId={partner}", partner).then().statusCode(200)
                .body("items.id", containsInAnyOrder(secondId));
        given().get("/projects?participantOrganisationId=not-a-uuid").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("participantOrganisationId"));
    }

    @Test
    void updatedSinceReturnsExactlyWhatChangedAtOrAfterTheInstant() {
        String owner = Organisations.create(Organisations.body("NATIONAL_ORGANISATION", "Ägare " + UUID.randomUUID()));
        Map<String, Object> first = Projects.body();
        first.put("ownerOrganisationId", owner);
        String firstId = Projects.create(first);
        Instant firstChanged = Instant.parse(given().get("/projects/{id}", firstId).then().extract().path("updatedAt"));
        Map<String, Object> second = Projects.body();
        second.put("ownerOrganisationId", owner);
        String secondId = Projects.create(second);
        Instant secondChanged = Instant.parse(given().get("/projects/{id}", secondId).then().extract().path("updatedAt"));
        assertTrue(secondChanged.isAfter(firstChanged), firstChanged + " then " + secondChanged);

        given().get("/projects?ownerOrganisationId={o}&updatedSince={t}", owner, firstChanged.toString())
                .then().statusCode(200).body("items.id", containsInAnyOrder(firstId, secondId));
        given().get("/projects?ownerOrganisationId={o}&updatedSince={t}", owner, secondChanged.toString())
                .then().statusCode(200).body("items.id", containsInAnyOrder(secondId));
        given().get("/projects?ownerOrganisationId={o}&updatedSince={t}", owner, secondChanged.plusMillis(1).toString())
                .then().statusCode(200).body("totalItems", equalTo(0));

        // amending the first makes it a change again
        first.put("name", "Service i samverkan, förlängt");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first).put("/projects/{id}", firstId)
                .then().statusCode(200);
        given().get("/projects?ownerOrganisationId={o}&updatedSince={t}", owner, secondChanged.plusMillis(1).toString())
                .then().statusCode(200).body("items.id", containsInAnyOrder(firstId));

        // the nested collections filter the same way
        String municipality = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(firstId, municipality);
        given().get("/projects/{id}/participants?updatedSince={t}", firstId, secondChanged.toString())
                .then().statusCode(200).body("totalItems", equalTo(1));
        given().get("/projects/{id}/participants?updatedSince={t}", firstId, Instant.now().plusSeconds(3600).toString())
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().get("/organisations?id={id}&updatedSince={t}", owner, firstChanged.toString())
                .then().statusCode(200).body("totalItems", equalTo(0));

        for (String collection : new String[] {"staff", "service-plans", "service-solutions", "activities", "methods"}) {
            given().queryParam("updatedSince", "2100-01-01T00:00:00Z").get("/projects/{id}/" + collection, firstId)
                    .then().statusCode(200).body("totalItems", equalTo(0));
            given().queryParam("updatedSince", "yesterday").get("/projects/{id}/" + collection, firstId)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
        }
        given().get("/projects?updatedSince=2026-01-01").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("updatedSince"))
                .body("errors[0].message", containsString("with a zone"));
    }

    @Test
    void swaggerUisExamplesNameTheDemoMunicipalityByItsRealId() {
        given().get("/organisations/{id}", Examples.LJUNGBY).then().statusCode(200)
                .body("name", equalTo("Ljungby kommun"))
                .body("municipalityCode", equalTo(Organisations.LJUNGBY));
        Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/organisations/{id}'.get.parameters.find { it.name == 'id' }.example",
                        equalTo(Examples.LJUNGBY))
                .body("components.schemas.ParticipantRequest.properties.organisationId.examples[0]",
                        equalTo(Examples.LJUNGBY));
    }

    @Test
    void listsEveryTypeErrorOfABodyAsValidationErrorsAre() {
        Map<String, Object> body = Projects.body();
        body.put("startDate", "2017-09-01T00:00:00Z");
        body.put("status", "DONE");
        body.put("totalBudget", "sixteen million");
        body.put("colour", "green");
        given().contentType(ContentType.JSON).body(body).post("/projects")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("startDate", "status", "totalBudget", "colour"))
                .body("detail", containsString("colour: unknown field"));
        given().get("/projects?code={code}", body.get("code")).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
