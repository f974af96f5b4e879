package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** One read answers what funding-service checks of a co-funder or an applicant: project, organisation, participation. */
@QuarkusTest
class ProjectStandingResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void showsTheProjectsPeriodTheOrganisationAndItsParticipation() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String participant = Projects.addParticipant(project, ljungby, "ACTIVE");

        given().get("/projects/{p}/standing/{o}", project, ljungby).then().statusCode(200)
                .body("project.id", equalTo(project))
                .body("project.startDate", equalTo("2017-09-01"))
                .body("project.endDate", equalTo("2020-02-29"))
                .body("project.status", equalTo("IMPLEMENTATION"))
                .body("organisation.id", equalTo(ljungby))
                .body("organisation.type", equalTo("MUNICIPALITY"))
                .body("organisation.name", equalTo("Ljungby kommun"))
                .body("organisation.countyCode", equalTo("07"))
                .body("participation.id", equalTo(participant))
                .body("participation.organisationId", equalTo(ljungby))
                .body("participation.status", equalTo("ACTIVE"));
    }

    @Test
    void anOrganisationThatDoesNotTakePartHasNoParticipation() {
        String project = Projects.create();
        String region = Organisations.idOfRegion("07");
        given().get("/projects/{p}/standing/{o}", project, region).then().statusCode(200)
                .body("organisation.type", equalTo("REGION"))
                .body("participation", nullValue());

        String elsewhere = Projects.create();
        Projects.addParticipant(elsewhere, region, "ACTIVE");
        given().get("/projects/{p}/standing/{o}", project, region).then().statusCode(200)
                .body("participation", nullValue());
    }

    @Test
    void aWithdrawnParticipantIsShownWithItsStatus() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby, "WITHDRAWN");
        given().get("/projects/{p}/standing/{o}", project, ljungby).then().statusCode(200)
                .body("participation.status", equalTo("WITHDRAWN"));
    }

    @Test
    void anUnknownOrganisationHasNeitherOrganisationNorParticipation() {
        String project = Projects.create();
        given().get("/projects/{p}/standing/{o}", project, UUID.randomUUID().toString()).then().statusCode(200)
                .body("project.id", equalTo(project))
                .body("organisation", nullValue())
                .body("participation", nullValue());
    }

    @Test
    void anUnknownProjectIs404() {
        given().get("/projects/{p}/standing/{o}", UUID.randomUUID().toString(),
                Organisations.idOfMunicipality(Organisations.LJUNGBY))
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void takesOneStatement() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        Projects.addParticipant(project, ljungby, "ACTIVE");
        sessionFactory.getStatistics().clear();
        given().get("/projects/{p}/standing/{o}", project, ljungby).then().statusCode(200);
        assertEquals(1, sessionFactory.getStatistics().getPrepareStatementCount());
    }
}
