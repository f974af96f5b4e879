package se.samverkan.funding.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import se.samverkan.funding.testdata.Funding;

/**
 * The ledger and the stats are added up by PostgreSQL: the number of SQL statements is the same for a project
 * with one funder as for one with twelve (read from Hibernate's statistics, which the test profile turns on).
 */
@QuarkusTest
class LedgerQueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    private static String projectWith(int funders) {
        String project = Funding.newId();
        String callId = Funding.createCall(Funding.call());
        for (int i = 0; i < funders; i++) {
            Funding.createCoFunding(Funding.coFunding(project, Funding.newId(), i % 2 == 0 ? "CASH" : "IN_KIND",
                    Funding.schedule(2017, 10_000, 2018, 10_000, 2019, 10_000)));
            Funding.grantedApplication(callId, project, 500_000, 400_000);
        }
        return project;
    }

    private long statementsForFinancing(String project, int funders) {
        sessionFactory.getStatistics().clear();
        given().get("/projects/" + project + "/financing").then().statusCode(200).body("funders", hasSize(funders));
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }

    @Test
    void readsTheFinancingOfTwelveFundersInAFixedNumberOfStatements() {
        long small = statementsForFinancing(projectWith(1), 1);
        long large = statementsForFinancing(projectWith(12), 12);
        assertEquals(small, large, "statements for 1 and for 12 funders");
        // co-funding, grants, and the reports counted by status
        assertTrue(large <= 3, "the financing took " + large + " statements");
    }

    @Test
    void readsEachGroupingOfTheStatsInOneStatement() {
        projectWith(2);
        for (String groupBy : new String[] { "year", "funder", "call" }) {
            sessionFactory.getStatistics().clear();
            given().queryParam("groupBy", groupBy).get("/stats/funding").then().statusCode(200);
            assertEquals(1, sessionFactory.getStatistics().getPrepareStatementCount(), "statements for " + groupBy);
        }
    }
}
