package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.ReadBack;
import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/**
 * Every resource with a PUT takes back the body its GET gave, with one field changed: the read-only fields
 * (id, version, audit fields, names the service looks up) are ignored, not refused (AIP-203).
 */
@QuarkusTest
class ReadBackTest {

    @Test
    void everyResourceTakesBackWhatItsGetGaveWithOneFieldChanged() {
        String organisation = Organisations.create(Organisations.localGroup());
        ReadBack.change("/organisations/" + organisation, "name", "Lidhults byalag").statusCode(200)
                .body("name", equalTo("Lidhults byalag")).body("version", equalTo(1));

        String project = Projects.create();
        String path = "/projects/" + project;
        ReadBack.change(path, "name", "Service i samverkan 2").statusCode(200)
                .body("name", equalTo("Service i samverkan 2"));

        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String participant = Projects.addParticipant(project, ljungby);
        ReadBack.change(path + "/participants/" + participant, "joinedOn", "2017-10-02").statusCode(200)
                .body("joinedOn", equalTo("2017-10-02"));

        String staff = Projects.post(project, "staff", Projects.processLeader(ljungby, 50, "2017-09-01", "2019-08-31"));
        ReadBack.change(path + "/staff/" + staff, "ftePercent", 40).statusCode(200).body("ftePercent", equalTo(40));

        String plan = Projects.post(project, "service-plans", Projects.plan(ljungby, "DRAFTING"));
        ReadBack.change(path + "/service-plans/" + plan, "title", "Serviceplan 2019").statusCode(200)
                .body("title", equalTo("Serviceplan 2019"));

        String solution = Projects.post(project, "service-solutions", Projects.solution(ljungby, "SERVICE_POINT", "INITIATED"));
        ReadBack.change(path + "/service-solutions/" + solution, "locality", "Ryssby").statusCode(200)
                .body("locality", equalTo("Ryssby"));

        Map<String, Object> meeting = new HashMap<>();
        meeting.put("type", "WORKSHOP");
        meeting.put("title", "Erfarenhetsutbyte");
        meeting.put("date", "2018-10-16");
        meeting.put("hostOrganisationId", ljungby);
        meeting.put("participantOrganisationIds", List.of(ljungby));
        meeting.put("summary", "Process leaders shared how they drew up their plans");
        String activity = Projects.post(project, "activities", meeting);
        ReadBack.change(path + "/activities/" + activity, "summary", "Planerna jämfördes").statusCode(200)
                .body("summary", equalTo("Planerna jämfördes"));

        Map<String, Object> method = new HashMap<>();
        method.put("title", "Modell för flernivåsamverkan kring service");
        method.put("kind", "MODEL");
        String methodId = Projects.post(project, "methods", method);
        ReadBack.change(path + "/methods/" + methodId, "kind", "GUIDE").statusCode(200).body("kind", equalTo("GUIDE"));

        // a measured indicator's actual, counted from the record, goes back as GET showed it and is ignored
        String almhult = Organisations.idOfMunicipality("0765");
        Projects.addParticipant(project, almhult);
        Projects.post(project, "service-plans", Projects.plan(almhult, "ADOPTED"));
        String result = Projects.post(project, "results", ResultResourceTest.result("Serviceplaner",
                ResultResourceTest.measured("Antagna serviceplaner", "SERVICE_PLANS_ADOPTED", true,
                        ResultResourceTest.period("2017-09-01", "2020-02-29", 11, null))));
        ReadBack.change(path + "/results/" + result, "title", "Serviceplaner i alla kommuner").statusCode(200)
                .body("title", equalTo("Serviceplaner i alla kommuner"))
                .body("indicators[0].periods[0].actual", equalTo(1.0f));
    }

    @Test
    void aFieldNeitherTheRequestNorTheRepresentationHasIsStillRefused() {
        String project = Projects.create();
        ReadBack.change("/projects/" + project, "colour", "blå").statusCode(400)
                .body("errors.field", hasItem("colour"));
        given().get("/projects/" + project).then().body("version", equalTo(0));
        // a read-only field sent with another value is ignored too: the id stays the resource's own, and as nothing
        // the client may change has changed, so does the version
        ReadBack.change("/projects/" + project, "id", "0b3c7a4e-6a34-4e8e-9d5c-0d2d7c7f6f10").statusCode(200)
                .body("id", equalTo(project)).body("version", equalTo(0));
    }
}
