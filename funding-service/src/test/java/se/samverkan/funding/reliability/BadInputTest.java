package se.samverkan.funding.reliability;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.devtools.BadInputProbe;
import se.samverkan.devtools.DevToken;
import se.samverkan.devtools.TableCounts;

/** Every operation in the OpenAPI document, fed bad input: no 5xx, every error problem+json, nothing written. */
@QuarkusTest
class BadInputTest {

    private static final Logger LOG = Logger.getLogger(BadInputTest.class);

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource dataSource;

    @Test
    void noOperationAnswersBadInputWithA5xxOrWritesAnything() {
        String openApi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Map<String, Long> before = TableCounts.of(dataSource);

        BadInputProbe.Report report = new BadInputProbe(base.toString(),
                Map.of("Authorization", "Bearer " + DevToken.mint("admin", null, null))).run(BadInputProbe.parse(openApi));

        LOG.infof("Bad-input probe: %d requests, answers by status %s, %d failures", report.requests(),
                report.statuses(), report.failures().size());
        assertTrue(report.requests() > 100, "the probe sent " + report.requests() + " requests");
        assertEquals("", String.join("\n", report.failures().stream().limit(40).toList()));
        assertEquals(before, TableCounts.of(dataSource), "row counts changed");
    }
}
