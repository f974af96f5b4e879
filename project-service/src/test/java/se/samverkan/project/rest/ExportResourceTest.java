package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.devtools.Tokens;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * The open-data side of project-service on its own (funding-service is not running here; e2e's OpenDataIT has both):
 * the project summaries funding-service's 360Giving export reads, and the IATI export's answers before it streams.
 */
@QuarkusTest
class ExportResourceTest {

    @Test
    void projectSummariesNameTheOwnerAndTheMunicipalitiesTakingPartForAnyRole() {
        Map<String, Object> body = Projects.body();
        String projectId = Projects.create(body);
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String almhult = Organisations.idOfMunicipality("0765");
        Projects.post(projectId, "participants", Projects.participant(ljungby, "ACTIVE", "BENEFICIARY"));
        Projects.post(projectId, "participants", Projects.participant(almhult, "WITHDRAWN", "BENEFICIARY"));
        given().header("Authorization", Tokens.as("viewer")).queryParam("id", projectId, UUID.randomUUID().toString())
                .get("/exports/project-summaries").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].code", equalTo(body.get("code")))
                .body("items[0].startDate", equalTo("2017-09-01"))
                .body("items[0].owner.id", equalTo(body.get("ownerOrganisationId")))
                .body("items[0].owner.orgId", nullValue())
                .body("items[0].municipalities.size()", equalTo(1))
                .body("items[0].municipalities[0].municipalityCode", equalTo("0781"))
                .body("items[0].municipalities[0].name", equalTo("Ljungby kommun"));
    }

    @Test
    void projectSummariesNeedOneToTwoHundredIds() {
        given().get("/exports/project-summaries").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        given().queryParam("id", ids).get("/exports/project-summaries").then().statusCode(400);
    }

    @Test
    void theIatiExportOfAnUnknownProjectIsA404AndOfAnUnknownStatusA400() {
        given().accept("application/xml").queryParam("projectId", UUID.randomUUID().toString())
                .get("/exports/iati-activities").then().statusCode(404).contentType("application/problem+json");
        given().accept("application/xml").queryParam("status", "RUNNING")
                .get("/exports/iati-activities").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        // an empty id is a mistake, never "every project"
        given().accept("application/xml").get("/exports/iati-activities?projectId=").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("projectId"));
    }

    @Test
    void withoutFundingServiceTheIatiExportIsA503RatherThanAnExportWithoutItsMoney() {
        String projectId = Projects.create();
        given().header("Authorization", Tokens.as("viewer")).accept("application/xml").queryParam("projectId", projectId)
                .get("/exports/iati-activities").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("detail", containsString("funding-service"));
        given().contentType(ContentType.JSON).get("/projects/" + projectId).then().statusCode(200);
    }
}
