package se.samverkan.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResourceManager;

/**
 * Every operation in the service's OpenAPI document, fed bad input ({@link BadInputProbe}): no 5xx, every error
 * problem+json, nothing written, and every input just over a bound the document states refused with a 400 naming
 * it. A service's {@code @QuarkusTest BadInputTest} extends this.
 */
public abstract class BadInputChecks {

    private static final Logger LOG = Logger.getLogger(BadInputChecks.class.getName());

    @Test
    public void noOperationAnswersBadInputWithA5xxOrWritesAnything() {
        DataSource dataSource = Arc.container().instance(DataSource.class).get();
        String openApi = Management.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        Map<String, Long> before = TableCounts.of(dataSource);

        BadInputProbe.Report report = new BadInputProbe(TestHTTPResourceManager.getUri() + "/",
                Map.of("Authorization", Tokens.admin())).run(BadInputProbe.parse(openApi));

        LOG.info(String.format("Bad-input probe: %d requests (%d just over a stated bound), answers by status %s, "
                + "%d failures", report.requests(), report.boundsCrossed(), report.statuses(), report.failures().size()));
        assertTrue(report.requests() > 100, "the probe sent " + report.requests() + " requests");
        assertTrue(report.boundsCrossed() > 50, "the probe crossed " + report.boundsCrossed() + " stated bounds");
        assertEquals("", String.join("\n", report.failures().stream().limit(40).toList()));
        assertEquals(before, TableCounts.of(dataSource), "row counts changed");
    }
}
