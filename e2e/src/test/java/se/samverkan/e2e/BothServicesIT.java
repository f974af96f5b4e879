package se.samverkan.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both services from their packaged jars on one PostgreSQL, over real HTTP only. */
class BothServicesIT {

    private static Samverkan samverkan;

    @BeforeAll
    static void start() {
        samverkan = Samverkan.start();
    }

    @AfterAll
    static void stop() {
        if (samverkan != null) {
            samverkan.close();
        }
    }

    @Test
    void servesTheRegistryAndKeepsItsDataAcrossARestartWhileTheOtherServiceStaysUp() {
        String base = samverkan.projectService.baseUrl();
        given().baseUri(base).queryParam("type", "MUNICIPALITY").queryParam("countyCode", "07")
                .get("/organisations")
                .then().statusCode(200).body("totalItems", equalTo(8)).body("items.name", hasItem("Ljungby kommun"));
        String id = given().baseUri(base).contentType("application/json")
                .body("{\"type\": \"NATIONAL_ORGANISATION\", \"name\": \"Riksorganisationen Hela Sverige ska leva\"}")
                .post("/organisations").then().statusCode(201).extract().path("id");

        samverkan.projectService.stop();
        given().baseUri(samverkan.fundingService.managementUrl()).get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"));

        samverkan.projectService.start();
        given().baseUri(base).get("/organisations/" + id).then().statusCode(200)
                .body("name", equalTo("Riksorganisationen Hela Sverige ska leva"));
    }
}
