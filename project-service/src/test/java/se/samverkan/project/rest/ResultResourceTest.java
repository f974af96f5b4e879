package se.samverkan.project.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import se.samverkan.project.testdata.Organisations;
import se.samverkan.project.testdata.Projects;

/** Results, indicators and periods: measured ones follow the record, progress shows in the overview. */
@QuarkusTest
class ResultResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String PROJECT_PERIOD_START = "2017-09-01";
    private static final String PROJECT_PERIOD_END = "2020-11-30";

    @Test
    void measuredIndicatorsFollowTheRecord() {
        String project = Projects.create();
        String ljungby = Organisations.idOfMunicipality(Organisations.LJUNGBY);
        String almhult = Organisations.idOfMunicipality("0765");
        Projects.addParticipant(project, ljungby);
        Projects.addParticipant(project, almhult);
        String plan = Projects.post(project, "service-plans", Projects.plan(ljungby, "CONSULTATION"));
        Projects.post(project, "service-plans", Projects.plan(almhult, "ADOPTED"));

        Map<String, Object> plans = measured("Antagna serviceplaner", "SERVICE_PLANS_ADOPTED", true,
                period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 2, null));
        // not cumulative: only what was adopted inside each year (the demo's plans on 2019-06-17)
        Map<String, Object> plansPerYear = measured("Serviceplaner antagna under året", "SERVICE_PLANS_ADOPTED",
                false, period("2018-01-01", "2018-12-31", 1, null), period("2019-01-01", "2019-12-31", 2, null));
        Map<String, Object> municipalities = measured("Deltagande kommuner", "PARTICIPATING_MUNICIPALITIES", false,
                period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 2, null));
        Map<String, Object> solutions = measured("Servicelösningar i drift", "SERVICE_SOLUTIONS_IN_OPERATION", true,
                period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 2, null));
        Map<String, Object> methods = measured("Publicerade metoder", "METHODS_PUBLISHED", true,
                period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 3, null));
        String result = Projects.post(project, "results",
                result("En lokal serviceplan i varje kommun", plans, plansPerYear, municipalities, solutions, methods));

        read(project, result)
                .body("indicators[0].periods[0].actual", equalTo(1.00f))
                .body("indicators[0].periods[0].progress", equalTo("BEHIND"))
                .body("indicators[1].periods.actual", contains(0.00f, 1.00f))
                .body("indicators[2].periods[0].actual", equalTo(2.00f))
                .body("indicators[2].periods[0].progress", equalTo("ACHIEVED"))
                .body("indicators[3].periods[0].actual", equalTo(0.00f))
                .body("indicators[4].periods[0].actual", equalTo(0.00f));

        // Ljungby adopts its plan: "service plans adopted" moves, without anyone typing a number
        String etag = given().get("/projects/{p}/service-plans/{id}", project, plan).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Projects.plan(ljungby, "ADOPTED"))
                .put("/projects/{p}/service-plans/{id}", project, plan).then().statusCode(200);
        Projects.post(project, "service-solutions", Projects.solution(ljungby, "GROCERY_STORE", "IN_OPERATION"));
        Map<String, Object> method = new HashMap<>(Map.of("title", "Modell för flernivåsamverkan", "kind", "MODEL",
                "publishedOn", "2020-06-01"));
        Projects.post(project, "methods", method);

        read(project, result)
                .body("indicators[0].periods[0].actual", equalTo(2.00f))
                .body("indicators[0].periods[0].progress", equalTo("ACHIEVED"))
                .body("indicators[1].periods.actual", contains(0.00f, 2.00f))
                .body("indicators[3].periods[0].actual", equalTo(1.00f))
                .body("indicators[4].periods[0].actual", equalTo(1.00f))
                .body("version", equalTo(0));
    }

    @Test
    void theOverviewShowsEachIndicatorOnTrackOrBehind() {
        String project = Projects.create();
        LocalDate today = LocalDate.now();
        String ongoingStart = today.minusDays(100).toString();
        String ongoingEnd = today.plusDays(100).toString();
        Map<String, Object> met = entered("Byalag i nätverket", period("2018-01-01", "2018-12-31", 10, 10));
        Map<String, Object> onTrack = entered("Servicepunkter besökta", period(ongoingStart, ongoingEnd, 10, 6));
        Map<String, Object> behind = entered("Kommuner med servicestrategi", period(ongoingStart, ongoingEnd, 10, 4));
        // lower is better: 12 days on a target of 10 is behind once the period is over
        Map<String, Object> lowerIsBetter = entered("Dagar till beslut", period("2018-01-01", "2018-12-31", 10, 12));
        lowerIsBetter.put("ascending", false);
        Map<String, Object> noTarget = entered("Deltagare på träffar", period("2019-01-01", "2019-12-31", null, 40));
        Projects.post(project, "results", result("Samverkan", met, onTrack, behind, lowerIsBetter, noTarget));

        given().get("/projects/{id}/overview", project).then().statusCode(200)
                .body("results.byProgress.ACHIEVED", equalTo(1))
                .body("results.byProgress.ON_TRACK", equalTo(1))
                .body("results.byProgress.BEHIND", equalTo(2))
                .body("results.byProgress.NO_DATA", equalTo(1))
                .body("results.indicators.title", contains("Byalag i nätverket", "Servicepunkter besökta",
                        "Kommuner med servicestrategi", "Dagar till beslut", "Deltagare på träffar"))
                .body("results.indicators.onTrack", contains(true, true, false, false, null))
                .body("results.indicators[1].target", equalTo(10.00f))
                .body("results.indicators[1].actual", equalTo(6.00f))
                .body("results.indicators[1].periodEnd", equalTo(ongoingEnd))
                .body("results.indicators[0].resultTitle", equalTo("Samverkan"));
    }

    @Test
    void theOverviewShowsTheLatestPeriodThatHasBegun() {
        String project = Projects.create();
        LocalDate today = LocalDate.now();
        Map<String, Object> yearly = entered("Träffar per år",
                period(today.minusYears(2).toString(), today.minusYears(1).minusDays(1).toString(), 4, 4),
                period(today.minusYears(1).toString(), today.plusDays(10).toString(), 4, 1),
                period(today.plusDays(11).toString(), today.plusYears(1).toString(), 4, null));
        Projects.post(project, "results", result("Erfarenhetsutbyte", yearly));

        given().get("/projects/{id}/overview", project).then().statusCode(200)
                .body("results.indicators[0].periodStart", equalTo(today.minusYears(1).toString()))
                .body("results.indicators[0].actual", equalTo(1.00f))
                .body("results.indicators[0].progress", equalTo("BEHIND"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String project = Projects.create();

        post(project, result("Fel", entered("Period baklänges", period("2019-12-31", "2019-01-01", 1, null))))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("indicators[0].periods[0].periodEnd"));
        post(project, result("Fel", measured("Antagna serviceplaner", "SERVICE_PLANS_ADOPTED", true,
                period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 11, 5))))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("indicators[0].periods[0].actual"))
                .body("detail", containsString("SERVICE_PLANS_ADOPTED"));
        post(project, result("Fel", entered("Negativt mål", period("2019-01-01", "2019-12-31", -1, null))))
                .statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem(containsString("target")));
        post(project, result("Fel", entered("Negativt utfall", period("2019-01-01", "2019-12-31", 1, -2))))
                .statusCode(400).contentType(PROBLEM);
        Map<String, Object> negativeBaseline = entered("Negativ baslinje", period("2019-01-01", "2019-12-31", 1, 1));
        negativeBaseline.put("baselineValue", -5);
        post(project, result("Fel", negativeBaseline)).statusCode(400).contentType(PROBLEM);
        post(project, result("Fel", entered("Överlappande", period("2019-01-01", "2019-12-31", 1, null),
                period("2019-06-01", "2020-05-31", 1, null)))).statusCode(422).contentType(PROBLEM);
        given().get("/projects/{p}/results", project).then().statusCode(200).body("totalItems", equalTo(0));

        // a bad replacement leaves the result as it was
        String id = Projects.post(project, "results", result("Rätt", entered("Träffar",
                period("2019-01-01", "2019-12-31", 4, 2))));
        String etag = given().get("/projects/{p}/results/{id}", project, id).then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(result("Rätt", entered("Träffar", period("2019-01-01", "2018-12-31", 4, 2))))
                .put("/projects/{p}/results/{id}", project, id).then().statusCode(400).contentType(PROBLEM);
        read(project, id).body("version", equalTo(0)).body("indicators[0].periods[0].periodEnd", equalTo("2019-12-31"));
    }

    @Test
    void aReplacementIsVersionedAndOneThatChangesNothingKeepsItsVersion() {
        String project = Projects.create();
        Map<String, Object> body = result("Erfarenhetsutbyte", entered("Träffar",
                period("2019-01-01", "2019-12-31", 4, 2)));
        String id = Projects.post(project, "results", body);
        String etag = given().get("/projects/{p}/results/{id}", project, id).then().extract().header("ETag");

        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/projects/{p}/results/{id}", project, id).then().statusCode(200).header("ETag", etag)
                .body("version", equalTo(0));
        Map<String, Object> entered = result("Erfarenhetsutbyte", entered("Träffar",
                period("2019-01-01", "2019-12-31", 4, 4)));
        String next = given().contentType(ContentType.JSON).header("If-Match", etag).body(entered)
                .put("/projects/{p}/results/{id}", project, id).then().statusCode(200)
                .body("indicators[0].periods[0].actual", equalTo(4.00f))
                .body("indicators[0].periods[0].progress", equalTo("ACHIEVED"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, next);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/projects/{p}/results/{id}", project, id).then().statusCode(412);
        read(project, id).body("indicators[0].periods[0].actual", equalTo(4.00f));

        // a project with results is not deleted from under them
        String projectEtag = given().get("/projects/{id}", project).then().extract().header("ETag");
        given().header("If-Match", projectEtag).delete("/projects/{id}", project).then().statusCode(409)
                .body("detail", containsString("result(s)"));
        given().header("If-Match", next).delete("/projects/{p}/results/{id}", project, id).then().statusCode(204);
        given().get("/projects/{p}/results/{id}", project, id).then().statusCode(404);
    }

    @Test
    void theStatisticsCountIndicatorsPerCountyOfTheProjectsMunicipalities() {
        String project = Projects.create();
        String vingaker = Organisations.idOfMunicipality("0428");
        Projects.addParticipant(project, vingaker);
        Projects.post(project, "service-plans", Projects.plan(vingaker, "ADOPTED"));
        Projects.post(project, "results", result("Serviceplaner", measured("Antagna serviceplaner",
                "SERVICE_PLANS_ADOPTED", true, period(PROJECT_PERIOD_START, PROJECT_PERIOD_END, 1, null))));

        given().get("/stats/results").then().statusCode(200)
                .body("counties.size()", equalTo(21))
                .body("counties.find { it.countyCode == '04' }.countyName", equalTo("Södermanlands län"))
                .body("counties.find { it.countyCode == '04' }.projects", greaterThanOrEqualTo(1))
                .body("counties.find { it.countyCode == '04' }.indicators.ACHIEVED", greaterThanOrEqualTo(1));
        given().get("/projects/{p}/results", project).then()
                .body("items[0].indicators[0].periods[0].comment", nullValue());
    }

    private static ValidatableResponse read(String project, String id) {
        return given().get("/projects/{p}/results/{id}", project, id).then().statusCode(200);
    }

    private static ValidatableResponse post(String project, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/projects/{p}/results", project).then();
    }

    @SafeVarargs
    static Map<String, Object> result(String title, Map<String, Object>... indicators) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "OUTPUT");
        body.put("title", title);
        body.put("indicators", List.of(indicators));
        return body;
    }

    @SafeVarargs
    static Map<String, Object> measured(String title, String measuredBy, boolean cumulative,
            Map<String, Object>... periods) {
        Map<String, Object> indicator = entered(title, periods);
        indicator.put("measuredBy", measuredBy);
        indicator.put("cumulative", cumulative);
        indicator.put("baselineValue", 0);
        indicator.put("baselineYear", 2017);
        return indicator;
    }

    @SafeVarargs
    static Map<String, Object> entered(String title, Map<String, Object>... periods) {
        Map<String, Object> indicator = new HashMap<>();
        indicator.put("title", title);
        indicator.put("unit", "st");
        indicator.put("periods", new ArrayList<>(List.of(periods)));
        return indicator;
    }

    static Map<String, Object> period(String start, String end, Integer target, Integer actual) {
        Map<String, Object> period = new HashMap<>();
        period.put("periodStart", start);
        period.put("periodEnd", end);
        period.put("target", target);
        period.put("actual", actual);
        return period;
    }
}
