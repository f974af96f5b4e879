package se.samverkan.project.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The dashboard's files are served without a token (the page holds the token and sends it to the API itself), from
 * the service's own jar, its chart library included; the API stays closed. DashboardBrowserIT tests the page.
 */
@QuarkusTest
class DashboardFilesTest {

    @BeforeEach
    void withoutTheDefaultAdminToken() {
        RestAssured.requestSpecification = null;
    }

    @Test
    void thePageItsScriptsAndChartJsAreServedWithoutAToken() {
        given().get("/dashboard/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"sv\">"), containsString("../webjars/chart.js/4.4.1/dist/chart.umd.js"));
        given().get("/dashboard/dashboard.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/dashboard/counties.js").then().statusCode(200).body(containsString("CC BY 4.0"));
        given().get("/webjars/chart.js/4.4.1/dist/chart.umd.js").then().statusCode(200)
                .body(containsString("Chart.js v4.4.1"));
        given().get("/projects").then().statusCode(401);
    }

    @Test
    void theAddressWithoutItsSlashRedirectsKeepingTheQuery() {
        given().redirects().follow(false).get("/dashboard?project=42").then().statusCode(302)
                .header("Location", startsWith("/dashboard/")).header("Location", endsWith("?project=42"));
    }
}
