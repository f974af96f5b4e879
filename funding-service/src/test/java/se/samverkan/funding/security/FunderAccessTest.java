package se.samverkan.funding.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static se.samverkan.funding.testdata.Refused.forbidden;
import static se.samverkan.platform.security.Roles.FUNDER_OFFICER;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import se.samverkan.devtools.Tokens;
import se.samverkan.funding.testdata.Funding;

/**
 * A funder officer publishes and changes its own organisation's calls and decides the applications made to them;
 * another funder's calls and applications are out of its reach, whatever ids it knows.
 */
@QuarkusTest
class FunderAccessTest {

    private final String tillvaxtverket = Funding.newId();
    private final String otherFunder = Funding.newId();
    private final String project = Funding.newId();

    @Test
    void aFunderOfficerPublishesItsOwnCallAndGrantsAnApplicationToIt() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", tillvaxtverket);
        String callId = officerOf(tillvaxtverket).body(call).post("/calls").then().statusCode(201).extract().path("id");
        String application = submittedApplication(callId);

        officerOf(tillvaxtverket).body(grant()).post("/applications/" + application + "/grant").then()
                .statusCode(200).body("status", equalTo("GRANTED"));
    }

    @Test
    void aFunderOfficerCannotPublishACallInAnotherFundersName() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", otherFunder);

        forbidden(officerOf(tillvaxtverket).body(call).post("/calls"));

        given().queryParam("funderOrganisationId", otherFunder).get("/calls").then()
                .statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aFunderOfficerCannotChangeOrDeleteAnotherFundersCall() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", otherFunder);
        String callId = Funding.createCall(call);
        Map<String, Object> cancelled = Funding.call();
        cancelled.put("funderOrganisationId", otherFunder);
        cancelled.put("cancelled", true);
        Map<String, Object> takenOver = Funding.call();
        takenOver.put("funderOrganisationId", tillvaxtverket);

        forbidden(officerOf(tillvaxtverket).header("If-Match", "\"0\"").body(cancelled).put("/calls/" + callId));
        forbidden(officerOf(tillvaxtverket).header("If-Match", "\"0\"").body(takenOver).put("/calls/" + callId));
        forbidden(officerOf(tillvaxtverket).header("If-Match", "\"0\"").delete("/calls/" + callId));

        given().get("/calls/" + callId).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("funderOrganisationId", equalTo(otherFunder)).body("title", equalTo(call.get("title")));
    }

    @Test
    void aFunderOfficerCannotHandItsOwnCallToAnotherFunder() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", tillvaxtverket);
        String callId = Funding.createCall(call);
        call.put("funderOrganisationId", otherFunder);

        forbidden(officerOf(tillvaxtverket).header("If-Match", "\"0\"").body(call).put("/calls/" + callId));

        given().get("/calls/" + callId).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("funderOrganisationId", equalTo(tillvaxtverket));
    }

    @Test
    void aFunderOfficerCannotGrantOrRejectAnApplicationToAnotherFundersCall() {
        Map<String, Object> call = Funding.call();
        call.put("funderOrganisationId", otherFunder);
        String application = submittedApplication(Funding.createCall(call));

        forbidden(officerOf(tillvaxtverket).body(grant()).post("/applications/" + application + "/grant"));
        forbidden(officerOf(tillvaxtverket).body(Map.of("decidedOn", LocalDate.now().toString(), "caseNumber",
                "Ärende 2017-1234")).post("/applications/" + application + "/reject"));

        given().get("/applications/" + application).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    private String submittedApplication(String callId) {
        String id = Funding.createApplication(Funding.application(callId, project, 1_000_000));
        Funding.post("/applications/" + id + "/submit", Map.of("submittedOn", LocalDate.now().toString()))
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> grant() {
        return Map.of("grantedAmount", 800_000, "decidedOn", LocalDate.now().toString(),
                "caseNumber", "Ärende 2017-1234");
    }

    private static RequestSpecification officerOf(String funder) {
        return given().header("Authorization", Tokens.as(FUNDER_OFFICER, funder)).contentType(ContentType.JSON);
    }
}
