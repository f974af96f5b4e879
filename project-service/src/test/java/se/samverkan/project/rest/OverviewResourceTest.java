package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

@QuarkusTest
class OverviewResourceTest {

    /** The demo case's regional partners and co-funders (county code, type). */
    private static final List<String[]> REGIONAL = List.of(new String[] {"25", "REGION"},
            new String[] {"24", "COUNTY_ADMINISTRATIVE_BOARD"}, new String[] {"05", "REGION"},
            new String[] {"20", "COUNTY_ADMINISTRATIVE_BOARD"}, new String[] {"04", "REGION"},
            new String[] {"07", "REGION"});
    private static final List<String> MUNICIPALITIES = List.of("2505", "2421", "2482", "2039", "2085", "0765", "0781",
            "0583", "0581", "0428", "0482");

    @Inject
    SessionFactory sessionFactory;

    @Test
    void countsTheServiceISamverkanCase() {
        Map<String, Object> projectBody = Projects.body();
        String project = Projects.create(projectBody);
        Projects.post(project, "participants", Projects.participant((String) projectBody.get("ownerOrganisationId"),
                "ACTIVE", "PROJECT_OWNER"));
        for (String code : MUNICIPALITIES) {
            Projects.post(project, "participants",
                    Projects.participant(Organisations.idOfMunicipality(code), "ACTIVE", "BENEFICIARY"));
        }
        Projects.addParticipant(project, Organisations.idOfMunicipality("0780"), "WITHDRAWN");
        for (String[] regional : REGIONAL) {
            Projects.addParticipant(project, regionalBody(regional[0], regional[1]));
        }
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.post(project, "staff", Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31"));
        Map<String, Object> coordinator = Projects.processLeader((String) projectBody.get("ownerOrganisationId"), 50,
                "2017-09-01", "2020-02-29");
        coordinator.put("role", "NATIONAL_COORDINATOR");
        coordinator.put("personName", "Nationell samordnare");
        coordinator.put("email", "samordnare@example.se");
        Projects.post(project, "staff", coordinator);
        Projects.post(project, "service-plans", Projects.plan(ljungby, "ADOPTED"));
        Projects.post(project, "service-plans", Projects.plan(Organisations.idOfMunicipality("0765"), "DRAFTING"));
        Projects.post(project, "service-solutions", Projects.solution(ljungby, "GROCERY_STORE", "IN_OPERATION",
                Organisations.business()));

        given().get("/projects/{id}/overview", project).then().statusCode(200)
                .body("project.name", equalTo("Service i samverkan"))
                .body("participants.total", equalTo(19))
                .body("participants.participating", equalTo(18))
                .body("participants.byLevel.MUNICIPAL", equalTo(11))
                .body("participants.byLevel.REGIONAL", equalTo(6))
                .body("participants.byLevel.NATIONAL", equalTo(1))
                .body("participants.byLevel.LOCAL", equalTo(0))
                .body("participants.byStatus.ACTIVE", equalTo(18))
                .body("participants.byStatus.WITHDRAWN", equalTo(1))
                .body("participants.byLevelAndStatus.MUNICIPAL.WITHDRAWN", equalTo(1))
                .body("servicePlans.participatingMunicipalities", equalTo(11))
                .body("servicePlans.municipalitiesWithAdoptedPlan", equalTo(1))
                .body("servicePlans.byStatus.DRAFTING", equalTo(1))
                .body("serviceSolutions.total", equalTo(1))
                .body("serviceSolutions.byStatus.IN_OPERATION", equalTo(1))
                .body("serviceSolutions.byCategory.GROCERY_STORE", equalTo(1))
                .body("serviceSolutions.byCategory.FUEL", equalTo(0))
                .body("staff.assignments", equalTo(2))
                .body("staff.totalFtePercent", equalTo(100))
                .body("staff.byRole.PROCESS_LEADER.ftePercent", equalTo(50))
                .body("staff.byRole.PROCESS_LEADER.people", equalTo(1))
                .body("staff.byRole.REGIONAL_COORDINATOR.assignments", equalTo(0))
                .body("funding", nullValue())
                .body("warnings", hasSize(1))
                .body("warnings[0].code", equalTo("funding-unavailable"))
                .body("warnings[0].message", containsString("funding-service"));

        given().queryParam("projectId", project).get("/stats/participation").then().statusCode(200)
                .body("projectId", equalTo(project))
                .body("counties", hasSize(21))
                .body("counties.find { it.countyCode == '07' }.countyName", equalTo("Kronobergs län"))
                .body("counties.find { it.countyCode == '07' }.participatingMunicipalities", equalTo(2))
                .body("counties.find { it.countyCode == '07' }.adoptedPlans", equalTo(1))
                .body("counties.find { it.countyCode == '07' }.solutionsInOperation", equalTo(1))
                .body("counties.find { it.countyCode == '25' }.participatingMunicipalities", equalTo(1))
                .body("counties.find { it.countyCode == '24' }.participatingMunicipalities", equalTo(2))
                .body("counties.find { it.countyCode == '01' }.participatingMunicipalities", equalTo(0))
                .body("totals.participatingMunicipalities", equalTo(11))
                .body("totals.adoptedPlans", equalTo(1))
                .body("totals.solutionsInOperation", equalTo(1));
        given().get("/stats/participation").then().statusCode(200)
                .body("projectId", nullValue())
                .body("counties.find { it.countyCode == '07' }.participatingMunicipalities", greaterThanOrEqualTo(2))
                .body("totals.adoptedPlans", greaterThanOrEqualTo(1));
    }

    @Test
    void answersUnknownOrMalformedProjectIdsInStats() {
        given().queryParam("projectId", "00000000-0000-0000-0000-000000000006").get("/stats/participation")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("projectId", "ljungby").get("/stats/participation")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * The overview is counted with grouped queries: the number of SQL statements is the same for a project with 1
     * participant and one with 50 (read from Hibernate's statistics, which the test profile turns on).
     */
    @Test
    void readsTheOverviewOfFiftyParticipantsInAFixedNumberOfStatements() {
        String small = Projects.create();
        Projects.addParticipant(small, Organisations.idOfMunicipality(Organisations.LJUNGBY));
        String large = Projects.create();
        List<String> municipalities = given().queryParam("type", "MUNICIPALITY").queryParam("size", 50)
                .queryParam("sort", "municipalityCode,desc").get("/organisations")
                .then().statusCode(200).extract().path("items.id");
        for (String municipality : municipalities) {
            given().contentType(ContentType.JSON).body(Projects.participant(municipality, "ACTIVE"))
                    .post("/projects/{id}/participants", large).then().statusCode(201);
            Projects.post(large, "service-plans", Projects.plan(municipality, "ADOPTED"));
        }

        long smallStatements = statementsFor(small, 1);
        long largeStatements = statementsFor(large, 50);
        assertEquals(smallStatements, largeStatements, "statements for 1 and for 50 participants");
        assertTrue(largeStatements > 0 && largeStatements <= 8, "the overview took " + largeStatements + " statements");
    }

    private long statementsFor(String project, int participants) {
        sessionFactory.getStatistics().clear();
        given().get("/projects/{id}/overview", project).then().statusCode(200)
                .body("participants.byLevel.MUNICIPAL", equalTo(participants))
                .body("servicePlans.participatingMunicipalities", equalTo(participants));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    /** The region, or the county administrative board, of a county: a reference row or made once. */
    private static String regionalBody(String countyCode, String type) {
        if (type.equals("REGION")) {
            return Organisations.idOfRegion(countyCode);
        }
        String existing = given().queryParam("type", type).queryParam("countyCode", countyCode).get("/organisations")
                .then().statusCode(200).extract().path("items[0].id");
        if (existing != null) {
            return existing;
        }
        Map<String, Object> body = Organisations.body(type, "Länsstyrelsen i län " + countyCode);
        body.put("countyCode", countyCode);
        return Organisations.create(body);
    }
}
